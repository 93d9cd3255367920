using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbind.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirSearchChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_search_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_search_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_search_changes_ChangedAt",
                table: "directory_search_changes",
                column: "ChangedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_search_changes");
        }
    }
}
