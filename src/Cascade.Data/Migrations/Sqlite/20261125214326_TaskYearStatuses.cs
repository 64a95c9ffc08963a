using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cascade.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskYearStatuses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskYearStatuses",
                columns: table => new
                {
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeadAgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskYearStatuses", x => new { x.TaskId, x.Year });
                    table.ForeignKey(
                        name: "FK_TaskYearStatuses_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskYearStatuses_Year_LeadAgencyId_Status",
                table: "TaskYearStatuses",
                columns: new[] { "Year", "LeadAgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskYearStatuses_Year_PlanId_Status",
                table: "TaskYearStatuses",
                columns: new[] { "Year", "PlanId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaskYearStatuses");
        }
    }
}
