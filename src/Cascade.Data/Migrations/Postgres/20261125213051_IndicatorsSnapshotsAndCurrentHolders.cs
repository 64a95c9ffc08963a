using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cascade.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndicatorsSnapshotsAndCurrentHolders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPublished",
                table: "Targets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ResponsibleAgencyId",
                table: "Targets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "Targets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CurrentAgencyId",
                table: "Assignments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Every existing assignment is held by the agency it names until a reorganisation moves it.
            migrationBuilder.Sql("UPDATE \"Assignments\" SET \"CurrentAgencyId\" = \"AgencyId\";");

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TargetId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    IsBaseline = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MeasuredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Targets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "Targets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    TakenBy = table.Column<Guid>(type: "uuid", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanSnapshots_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Targets_ResponsibleAgencyId",
                table: "Targets",
                column: "ResponsibleAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_CurrentAgencyId_Role",
                table: "Assignments",
                columns: new[] { "CurrentAgencyId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_TargetId_IsBaseline_Year",
                table: "IndicatorValues",
                columns: new[] { "TargetId", "IsBaseline", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanSnapshots_PlanId_AsOf",
                table: "PlanSnapshots",
                columns: new[] { "PlanId", "AsOf" });

            migrationBuilder.AddForeignKey(
                name: "FK_Assignments_Agencies_CurrentAgencyId",
                table: "Assignments",
                column: "CurrentAgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Targets_Agencies_ResponsibleAgencyId",
                table: "Targets",
                column: "ResponsibleAgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Assignments_Agencies_CurrentAgencyId",
                table: "Assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_Targets_Agencies_ResponsibleAgencyId",
                table: "Targets");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "PlanSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_Targets_ResponsibleAgencyId",
                table: "Targets");

            migrationBuilder.DropIndex(
                name: "IX_Assignments_CurrentAgencyId_Role",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "IsPublished",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "ResponsibleAgencyId",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "CurrentAgencyId",
                table: "Assignments");
        }
    }
}
