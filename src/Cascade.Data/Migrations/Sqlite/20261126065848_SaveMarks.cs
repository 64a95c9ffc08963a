using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cascade.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SaveMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SaveMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Mark = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaveMarks", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SaveMarks",
                columns: new[] { "Id", "Mark" },
                values: new object[] { 1, new Guid("6b1f7c1e-2d3a-4c55-9a0e-5e1c2b7d8f90") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SaveMarks");
        }
    }
}
