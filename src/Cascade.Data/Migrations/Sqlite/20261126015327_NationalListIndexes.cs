using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cascade.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NationalListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Plans_Date_Id",
                table: "Plans",
                columns: new[] { "Date", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Locality",
                table: "Plans",
                column: "Locality");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_SearchKey_Id",
                table: "Agencies",
                columns: new[] { "SearchKey", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_Date_Id",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Plans_Locality",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_SearchKey_Id",
                table: "Agencies");
        }
    }
}
