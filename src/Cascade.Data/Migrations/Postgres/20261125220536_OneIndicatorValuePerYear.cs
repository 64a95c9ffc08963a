using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cascade.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneIndicatorValuePerYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IndicatorValues_TargetId_IsBaseline_Year",
                table: "IndicatorValues");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_TargetId_IsBaseline_Year",
                table: "IndicatorValues",
                columns: new[] { "TargetId", "IsBaseline", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IndicatorValues_TargetId_IsBaseline_Year",
                table: "IndicatorValues");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_TargetId_IsBaseline_Year",
                table: "IndicatorValues",
                columns: new[] { "TargetId", "IsBaseline", "Year" });
        }
    }
}
