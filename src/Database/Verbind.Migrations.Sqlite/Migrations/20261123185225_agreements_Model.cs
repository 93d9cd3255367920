using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbind.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class agreements_Model : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreements_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_agreements_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_budget_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Planned = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_budget_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_budget_lines_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_campaigns_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordSignerIp = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_settings_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_payment_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_payment_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_payment_requests_agreements_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "agreements_agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_payment_requests_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Preamble = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Goals = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Principles = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Responsibilities = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SigningPlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EvaluationOutcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvaluationNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    EvaluationReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvaluationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Renewal = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_versions_agreements_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "agreements_agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_versions_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_campaign_municipalities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LocalInformation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_campaign_municipalities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_campaign_municipalities_agreements_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "agreements_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_campaign_municipalities_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_commitments_agreements_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "agreements_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_commitments_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_issued_pdfs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SignatureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_issued_pdfs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_issued_pdfs_agreements_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "agreements_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_issued_pdfs_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_parties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsMunicipality = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_parties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_parties_agreements_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "agreements_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_parties_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_commitment_tracking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_commitment_tracking", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_commitment_tracking_agreements_commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "agreements_commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_commitment_tracking_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_signers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_signers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_signers_agreements_parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "agreements_parties",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_agreements_signers_agreements_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "agreements_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_signers_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TypedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DrawnImage = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: true),
                    DocumentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ShownText = table.Column<string>(type: "TEXT", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_signatures_agreements_signers_SignerId",
                        column: x => x.SignerId,
                        principalTable: "agreements_signers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_signatures_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_agreements_NetworkId_CreatedAt",
                table: "agreements_agreements",
                columns: new[] { "NetworkId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_budget_lines_NetworkId_Year",
                table: "agreements_budget_lines",
                columns: new[] { "NetworkId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_campaign_municipalities_CampaignId_Slug",
                table: "agreements_campaign_municipalities",
                columns: new[] { "CampaignId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_campaign_municipalities_NetworkId",
                table: "agreements_campaign_municipalities",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_campaigns_NetworkId",
                table: "agreements_campaigns",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_campaigns_Slug",
                table: "agreements_campaigns",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_commitment_tracking_CommitmentId_OrganisationId",
                table: "agreements_commitment_tracking",
                columns: new[] { "CommitmentId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_commitment_tracking_NetworkId",
                table: "agreements_commitment_tracking",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_commitments_NetworkId",
                table: "agreements_commitments",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_commitments_VersionId",
                table: "agreements_commitments",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_issued_pdfs_NetworkId",
                table: "agreements_issued_pdfs",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_issued_pdfs_Sha256",
                table: "agreements_issued_pdfs",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_issued_pdfs_VersionId_SignatureCount",
                table: "agreements_issued_pdfs",
                columns: new[] { "VersionId", "SignatureCount" });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_parties_NetworkId_OrganisationId",
                table: "agreements_parties",
                columns: new[] { "NetworkId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_parties_VersionId_OrganisationId",
                table: "agreements_parties",
                columns: new[] { "VersionId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_payment_requests_AgreementId_OrganisationId_Year",
                table: "agreements_payment_requests",
                columns: new[] { "AgreementId", "OrganisationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_payment_requests_NetworkId_Year",
                table: "agreements_payment_requests",
                columns: new[] { "NetworkId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_payment_requests_Reference",
                table: "agreements_payment_requests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_settings_NetworkId",
                table: "agreements_settings",
                column: "NetworkId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_signatures_NetworkId",
                table: "agreements_signatures",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_signatures_SignerId",
                table: "agreements_signatures",
                column: "SignerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_signatures_VersionId",
                table: "agreements_signatures",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_signers_NetworkId",
                table: "agreements_signers",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_signers_PartyId",
                table: "agreements_signers",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_signers_TokenHash",
                table: "agreements_signers",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_signers_VersionId",
                table: "agreements_signers",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_versions_AgreementId_Number",
                table: "agreements_versions",
                columns: new[] { "AgreementId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_versions_NetworkId",
                table: "agreements_versions",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_versions_VerificationCode",
                table: "agreements_versions",
                column: "VerificationCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreements_budget_lines");

            migrationBuilder.DropTable(
                name: "agreements_campaign_municipalities");

            migrationBuilder.DropTable(
                name: "agreements_commitment_tracking");

            migrationBuilder.DropTable(
                name: "agreements_issued_pdfs");

            migrationBuilder.DropTable(
                name: "agreements_payment_requests");

            migrationBuilder.DropTable(
                name: "agreements_settings");

            migrationBuilder.DropTable(
                name: "agreements_signatures");

            migrationBuilder.DropTable(
                name: "agreements_campaigns");

            migrationBuilder.DropTable(
                name: "agreements_commitments");

            migrationBuilder.DropTable(
                name: "agreements_signers");

            migrationBuilder.DropTable(
                name: "agreements_parties");

            migrationBuilder.DropTable(
                name: "agreements_versions");

            migrationBuilder.DropTable(
                name: "agreements_agreements");
        }
    }
}
