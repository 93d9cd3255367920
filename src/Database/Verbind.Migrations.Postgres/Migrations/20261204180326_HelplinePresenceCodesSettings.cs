using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbind.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HelplinePresenceCodesSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConfidentialityStatement",
                table: "helpline_helplines",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PersonalCodeIssued",
                table: "helpline_conversations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "PreferredCounsellorId",
                table: "helpline_conversations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "helpline_canned_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_canned_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_canned_responses_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_personal_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CounsellorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_personal_codes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_personal_codes_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_canned_responses_HelplineId_Position",
                table: "helpline_canned_responses",
                columns: new[] { "HelplineId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_personal_codes_HelplineId_CodeHash",
                table: "helpline_personal_codes",
                columns: new[] { "HelplineId", "CodeHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_personal_codes_LastUsedAt",
                table: "helpline_personal_codes",
                column: "LastUsedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "helpline_canned_responses");

            migrationBuilder.DropTable(
                name: "helpline_personal_codes");

            migrationBuilder.DropColumn(
                name: "ConfidentialityStatement",
                table: "helpline_helplines");

            migrationBuilder.DropColumn(
                name: "PersonalCodeIssued",
                table: "helpline_conversations");

            migrationBuilder.DropColumn(
                name: "PreferredCounsellorId",
                table: "helpline_conversations");
        }
    }
}
