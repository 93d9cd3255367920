using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbind.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirHsdsImportStaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_hsds_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_hsds_imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_hsds_imports_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_hsds_imports_ExpiresAt",
                table: "directory_hsds_imports",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_directory_hsds_imports_NetworkId",
                table: "directory_hsds_imports",
                column: "NetworkId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_hsds_imports");
        }
    }
}
