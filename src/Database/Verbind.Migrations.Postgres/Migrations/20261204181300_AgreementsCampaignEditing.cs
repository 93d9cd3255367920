using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbind.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AgreementsCampaignEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreements_campaign_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_campaign_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_campaign_agreements_agreements_agreements_Agreem~",
                        column: x => x.AgreementId,
                        principalTable: "agreements_agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_campaign_agreements_agreements_campaigns_Campaig~",
                        column: x => x.CampaignId,
                        principalTable: "agreements_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_campaign_agreements_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_campaign_municipalities_CampaignId_OrganisationId",
                table: "agreements_campaign_municipalities",
                columns: new[] { "CampaignId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_campaign_agreements_AgreementId",
                table: "agreements_campaign_agreements",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_campaign_agreements_CampaignId_AgreementId",
                table: "agreements_campaign_agreements",
                columns: new[] { "CampaignId", "AgreementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_campaign_agreements_NetworkId",
                table: "agreements_campaign_agreements",
                column: "NetworkId");

            // Campaigns made before this change counted every agreement a municipality is a party to: keep that.
            migrationBuilder.Sql("""
                INSERT INTO agreements_campaign_agreements ("Id", "NetworkId", "CampaignId", "AgreementId")
                SELECT gen_random_uuid(), counted."NetworkId", counted."CampaignId", counted."AgreementId"
                FROM (SELECT DISTINCT m."NetworkId", m."CampaignId", v."AgreementId"
                      FROM agreements_campaign_municipalities m
                      JOIN agreements_parties p ON p."OrganisationId" = m."OrganisationId" AND p."NetworkId" = m."NetworkId"
                      JOIN agreements_versions v ON v."Id" = p."VersionId") counted;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreements_campaign_agreements");

            migrationBuilder.DropIndex(
                name: "IX_agreements_campaign_municipalities_CampaignId_OrganisationId",
                table: "agreements_campaign_municipalities");
        }
    }
}
