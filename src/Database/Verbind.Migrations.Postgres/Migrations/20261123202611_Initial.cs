using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Verbind.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_search_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_search_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "directory_taxonomies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Uri = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_taxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "partners_network_versions",
                columns: table => new
                {
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_network_versions", x => x.NetworkId);
                });

            migrationBuilder.CreateTable(
                name: "partners_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnterpriseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Address_CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Address_Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address_Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Address_Street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_networks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Country = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    theme_primary_color = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    theme_accent_color = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    theme_logo_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_networks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PreferredCulture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    IsPlatformAdmin = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "directory_taxonomy_terms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxonomyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Names = table.Column<string>(type: "text", nullable: false),
                    MinimumAgeMonths = table.Column<int>(type: "integer", nullable: true),
                    MaximumAgeMonths = table.Column<int>(type: "integer", nullable: true),
                    Synonyms = table.Column<List<string>>(type: "character varying(100)[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_taxonomy_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_taxonomy_terms_directory_taxonomies_TaxonomyId",
                        column: x => x.TaxonomyId,
                        principalTable: "directory_taxonomies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_taxonomy_terms_directory_taxonomy_terms_ParentId",
                        column: x => x.ParentId,
                        principalTable: "directory_taxonomy_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreements_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Planned = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordSignerIp = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "directory_area_postcodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Part = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_area_postcodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_area_postcodes_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_hsds_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "directory_locations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AlternateName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LocationType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Transportation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    IsRedacted = table.Column<bool>(type: "boolean", nullable: false),
                    AccessibilityFeatures = table.Column<int[]>(type: "integer[]", nullable: false),
                    AccessibilityDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Languages = table.Column<List<string>>(type: "character varying(10)[]", nullable: false),
                    LastVerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_locations_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_population_figures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_population_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_population_figures_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AlternateName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    InterpretationServices = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ApplicationProcess = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FeesDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WaitTime = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Accreditations = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Licenses = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EligibilityDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Alert = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MinimumAgeMonths = table.Column<int>(type: "integer", nullable: true),
                    MaximumAgeMonths = table.Column<int>(type: "integer", nullable: true),
                    LastVerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssurerEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    StaleReminderSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Translations = table.Column<string>(type: "text", nullable: false),
                    Languages = table.Column<List<string>>(type: "character varying(10)[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_services_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_helplines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RetentionDays = table.Column<int>(type: "integer", nullable: false),
                    StoreHashedIp = table.Column<bool>(type: "boolean", nullable: false),
                    SurveyEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    ReferralUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MaxQueueLength = table.Column<int>(type: "integer", nullable: false),
                    HashKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_helplines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_helplines_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partners_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_imports_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partners_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_memberships_partners_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "partners_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_partners_memberships_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partners_places",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Hours = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Accessibility = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Address_CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Address_Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address_Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Address_Street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_places", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_places_partners_organisations_HostOrganisationId",
                        column: x => x.HostOrganisationId,
                        principalTable: "partners_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_partners_places_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    InvitedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_invitations_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claims_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_network_user_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_network_user_roles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_network_user_roles_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_network_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claims_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_logins_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_roles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_tokens_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_payment_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReminderSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_payment_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_payment_requests_agreements_agreements_Agreement~",
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Preamble = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Goals = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Principles = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Responsibilities = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SigningPlace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VerificationCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EvaluatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EvaluationOutcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EvaluationNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    EvaluationReminderSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndReminderSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EvaluationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Renewal = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LocalInformation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Latitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_campaign_municipalities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_campaign_municipalities_agreements_campaigns_Cam~",
                        column: x => x.CampaignId,
                        principalTable: "agreements_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreements_campaign_municipalities_platform_networks_Networ~",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_special_days",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Closed = table.Column<bool>(type: "boolean", nullable: false),
                    OpensAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ClosesAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_special_days", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_special_days_directory_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "directory_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_capacities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Available = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Maximum = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_capacities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_capacities_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_contacts_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_cost_options",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Option = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AmountDescription = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_cost_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_cost_options_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_events_directory_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "directory_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_directory_events_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_information_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReporterEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    HandlingNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_information_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_information_reports_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_phones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Extension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_phones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_phones_directory_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "directory_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_phones_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_required_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Document = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Uri = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_required_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_required_documents_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_service_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Postcodes = table.Column<List<string>>(type: "character varying(10)[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_service_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_service_areas_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_service_at_locations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_service_at_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_service_at_locations_directory_locations_Location~",
                        column: x => x.LocationId,
                        principalTable: "directory_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_directory_service_at_locations_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_service_terms",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_service_terms", x => new { x.ServiceId, x.TermId });
                    table.ForeignKey(
                        name: "FK_directory_service_terms_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_service_terms_directory_taxonomy_terms_TermId",
                        column: x => x.TermId,
                        principalTable: "directory_taxonomy_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_blocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BrowserHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IpHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BlockedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_blocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_blocks_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_calendar_feeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_calendar_feeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_calendar_feeds_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_closures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_closures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_closures_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResumeTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BrowserHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IpHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    QueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CounsellorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Risk = table.Column<bool>(type: "boolean", nullable: false),
                    Topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SurveyHelped = table.Column<int>(type: "integer", nullable: true),
                    SurveyWouldReturn = table.Column<int>(type: "integer", nullable: true),
                    TranscriptDeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_conversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_conversations_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_offline_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PickedUpBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PickedUpAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_offline_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_offline_requests_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_presence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Availability = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Connections = table.Column<int>(type: "integer", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastAssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_presence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_presence_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_shifts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Needed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_shifts_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelplineId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_staff_helpline_helplines_HelplineId",
                        column: x => x.HelplineId,
                        principalTable: "helpline_helplines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partners_people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExpertiseTags = table.Column<List<string>>(type: "character varying(60)[]", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IsRepresentative = table.Column<bool>(type: "boolean", nullable: false),
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_people_partners_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "partners_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_partners_people_partners_places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "partners_places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_partners_people_platform_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "platform_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignatureCount = table.Column<int>(type: "integer", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IsMunicipality = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
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
                name: "directory_schedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceAtLocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Frequency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Interval = table.Column<int>(type: "integer", nullable: false),
                    Days = table.Column<int[]>(type: "integer[]", nullable: false),
                    DayOfMonth = table.Column<int>(type: "integer", nullable: true),
                    OpensAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ClosesAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    AttendingType = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_schedules_directory_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "directory_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_schedules_directory_service_at_locations_ServiceA~",
                        column: x => x.ServiceAtLocationId,
                        principalTable: "directory_service_at_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_schedules_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientMessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sender = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_messages_helpline_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "helpline_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_supervision_access",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_supervision_access", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_supervision_access_helpline_conversations_Conversa~",
                        column: x => x.ConversationId,
                        principalTable: "helpline_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_shift_signups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShiftId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_shift_signups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_shift_signups_helpline_shifts_ShiftId",
                        column: x => x.ShiftId,
                        principalTable: "helpline_shifts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements_commitment_tracking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements_commitment_tracking", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_commitment_tracking_agreements_commitments_Commi~",
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignerId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TypedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DrawnImage = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ShownText = table.Column<string>(type: "text", nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_directory_area_postcodes_NetworkId_CountryCode_Postcode",
                table: "directory_area_postcodes",
                columns: new[] { "NetworkId", "CountryCode", "Postcode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_capacities_ServiceId",
                table: "directory_capacities",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_contacts_ServiceId",
                table: "directory_contacts",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_cost_options_ServiceId",
                table: "directory_cost_options",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_events_LocationId",
                table: "directory_events",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_events_ServiceId_StartsAt",
                table: "directory_events",
                columns: new[] { "ServiceId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_hsds_imports_ExpiresAt",
                table: "directory_hsds_imports",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_directory_hsds_imports_NetworkId",
                table: "directory_hsds_imports",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_information_reports_NetworkId_Status_CreatedAt",
                table: "directory_information_reports",
                columns: new[] { "NetworkId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_information_reports_ServiceId",
                table: "directory_information_reports",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_locations_NetworkId_Name",
                table: "directory_locations",
                columns: new[] { "NetworkId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_locations_Postcode",
                table: "directory_locations",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_directory_phones_LocationId",
                table: "directory_phones",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_phones_ServiceId",
                table: "directory_phones",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_population_figures_NetworkId_Year_Municipality_Ag~",
                table: "directory_population_figures",
                columns: new[] { "NetworkId", "Year", "Municipality", "AgeBand" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_required_documents_ServiceId",
                table: "directory_required_documents",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_schedules_LocationId",
                table: "directory_schedules",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_schedules_ServiceAtLocationId",
                table: "directory_schedules",
                column: "ServiceAtLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_schedules_ServiceId",
                table: "directory_schedules",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_search_changes_ChangedAt",
                table: "directory_search_changes",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_directory_service_areas_ServiceId",
                table: "directory_service_areas",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_service_at_locations_LocationId",
                table: "directory_service_at_locations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_service_at_locations_ServiceId_LocationId",
                table: "directory_service_at_locations",
                columns: new[] { "ServiceId", "LocationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_service_terms_TermId",
                table: "directory_service_terms",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_LastVerifiedOn",
                table: "directory_services",
                column: "LastVerifiedOn");

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_NetworkId_Name",
                table: "directory_services",
                columns: new[] { "NetworkId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_NetworkId_OrganisationId",
                table: "directory_services",
                columns: new[] { "NetworkId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_Status_UpdatedAt",
                table: "directory_services",
                columns: new[] { "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_special_days_LocationId_Date",
                table: "directory_special_days",
                columns: new[] { "LocationId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_taxonomies_Code",
                table: "directory_taxonomies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_taxonomy_terms_ParentId",
                table: "directory_taxonomy_terms",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_taxonomy_terms_TaxonomyId_Code",
                table: "directory_taxonomy_terms",
                columns: new[] { "TaxonomyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_blocks_HelplineId_Until",
                table: "helpline_blocks",
                columns: new[] { "HelplineId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_calendar_feeds_HelplineId_UserId",
                table: "helpline_calendar_feeds",
                columns: new[] { "HelplineId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_calendar_feeds_TokenHash",
                table: "helpline_calendar_feeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_closures_HelplineId_Date",
                table: "helpline_closures",
                columns: new[] { "HelplineId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_conversations_HelplineId_CounsellorId_Status",
                table: "helpline_conversations",
                columns: new[] { "HelplineId", "CounsellorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_conversations_HelplineId_Status_QueuedAt",
                table: "helpline_conversations",
                columns: new[] { "HelplineId", "Status", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_conversations_ResumeTokenHash",
                table: "helpline_conversations",
                column: "ResumeTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_conversations_Status_EndedAt",
                table: "helpline_conversations",
                columns: new[] { "Status", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_helplines_NetworkId",
                table: "helpline_helplines",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_helpline_helplines_Slug",
                table: "helpline_helplines",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_messages_ConversationId_ClientMessageId",
                table: "helpline_messages",
                columns: new[] { "ConversationId", "ClientMessageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_messages_ConversationId_SentAt",
                table: "helpline_messages",
                columns: new[] { "ConversationId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_offline_requests_CodeHash",
                table: "helpline_offline_requests",
                column: "CodeHash");

            migrationBuilder.CreateIndex(
                name: "IX_helpline_offline_requests_HelplineId_CreatedAt",
                table: "helpline_offline_requests",
                columns: new[] { "HelplineId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_presence_HelplineId_UserId",
                table: "helpline_presence",
                columns: new[] { "HelplineId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_shift_signups_ShiftId_Date_UserId",
                table: "helpline_shift_signups",
                columns: new[] { "ShiftId", "Date", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_shift_signups_UserId",
                table: "helpline_shift_signups",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_helpline_shifts_HelplineId_Day",
                table: "helpline_shifts",
                columns: new[] { "HelplineId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_helpline_staff_HelplineId_UserId",
                table: "helpline_staff",
                columns: new[] { "HelplineId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpline_staff_UserId",
                table: "helpline_staff",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_helpline_supervision_access_ConversationId",
                table: "helpline_supervision_access",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_imports_ExpiresAt",
                table: "partners_imports",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_partners_imports_NetworkId",
                table: "partners_imports",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_memberships_NetworkId_OrganisationId_StartDate",
                table: "partners_memberships",
                columns: new[] { "NetworkId", "OrganisationId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_memberships_NetworkId_Role",
                table: "partners_memberships",
                columns: new[] { "NetworkId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_memberships_OrganisationId",
                table: "partners_memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_organisations_EnterpriseNumber",
                table: "partners_organisations",
                column: "EnterpriseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partners_organisations_Kind",
                table: "partners_organisations",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_partners_organisations_Name",
                table: "partners_organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_partners_organisations_Sector",
                table: "partners_organisations",
                column: "Sector");

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_NetworkId_Email",
                table: "partners_people",
                columns: new[] { "NetworkId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_NetworkId_FullName",
                table: "partners_people",
                columns: new[] { "NetworkId", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_NetworkId_OrganisationId",
                table: "partners_people",
                columns: new[] { "NetworkId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_NetworkId_PlaceId",
                table: "partners_people",
                columns: new[] { "NetworkId", "PlaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_NetworkId_UserId",
                table: "partners_people",
                columns: new[] { "NetworkId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_OrganisationId",
                table: "partners_people",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_PlaceId",
                table: "partners_people",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_places_HostOrganisationId",
                table: "partners_places",
                column: "HostOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_places_NetworkId_Name",
                table: "partners_places",
                columns: new[] { "NetworkId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_NetworkId_At",
                table: "platform_audit_entries",
                columns: new[] { "NetworkId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_invitations_NetworkId",
                table: "platform_invitations",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_invitations_TokenHash",
                table: "platform_invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_network_user_roles_NetworkId_UserId",
                table: "platform_network_user_roles",
                columns: new[] { "NetworkId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_network_user_roles_UserId",
                table: "platform_network_user_roles",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_networks_Slug",
                table: "platform_networks",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "platform_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claims_UserId",
                table: "platform_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_logins_UserId",
                table: "platform_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_users",
                column: "NormalizedUserName",
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
                name: "directory_area_postcodes");

            migrationBuilder.DropTable(
                name: "directory_capacities");

            migrationBuilder.DropTable(
                name: "directory_contacts");

            migrationBuilder.DropTable(
                name: "directory_cost_options");

            migrationBuilder.DropTable(
                name: "directory_events");

            migrationBuilder.DropTable(
                name: "directory_hsds_imports");

            migrationBuilder.DropTable(
                name: "directory_information_reports");

            migrationBuilder.DropTable(
                name: "directory_phones");

            migrationBuilder.DropTable(
                name: "directory_population_figures");

            migrationBuilder.DropTable(
                name: "directory_required_documents");

            migrationBuilder.DropTable(
                name: "directory_schedules");

            migrationBuilder.DropTable(
                name: "directory_search_changes");

            migrationBuilder.DropTable(
                name: "directory_service_areas");

            migrationBuilder.DropTable(
                name: "directory_service_terms");

            migrationBuilder.DropTable(
                name: "directory_special_days");

            migrationBuilder.DropTable(
                name: "helpline_blocks");

            migrationBuilder.DropTable(
                name: "helpline_calendar_feeds");

            migrationBuilder.DropTable(
                name: "helpline_closures");

            migrationBuilder.DropTable(
                name: "helpline_messages");

            migrationBuilder.DropTable(
                name: "helpline_offline_requests");

            migrationBuilder.DropTable(
                name: "helpline_presence");

            migrationBuilder.DropTable(
                name: "helpline_shift_signups");

            migrationBuilder.DropTable(
                name: "helpline_staff");

            migrationBuilder.DropTable(
                name: "helpline_supervision_access");

            migrationBuilder.DropTable(
                name: "partners_imports");

            migrationBuilder.DropTable(
                name: "partners_memberships");

            migrationBuilder.DropTable(
                name: "partners_network_versions");

            migrationBuilder.DropTable(
                name: "partners_people");

            migrationBuilder.DropTable(
                name: "platform_audit_entries");

            migrationBuilder.DropTable(
                name: "platform_data_protection_keys");

            migrationBuilder.DropTable(
                name: "platform_invitations");

            migrationBuilder.DropTable(
                name: "platform_network_user_roles");

            migrationBuilder.DropTable(
                name: "platform_role_claims");

            migrationBuilder.DropTable(
                name: "platform_user_claims");

            migrationBuilder.DropTable(
                name: "platform_user_logins");

            migrationBuilder.DropTable(
                name: "platform_user_roles");

            migrationBuilder.DropTable(
                name: "platform_user_tokens");

            migrationBuilder.DropTable(
                name: "agreements_campaigns");

            migrationBuilder.DropTable(
                name: "agreements_commitments");

            migrationBuilder.DropTable(
                name: "agreements_signers");

            migrationBuilder.DropTable(
                name: "directory_service_at_locations");

            migrationBuilder.DropTable(
                name: "directory_taxonomy_terms");

            migrationBuilder.DropTable(
                name: "helpline_shifts");

            migrationBuilder.DropTable(
                name: "helpline_conversations");

            migrationBuilder.DropTable(
                name: "partners_places");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "platform_users");

            migrationBuilder.DropTable(
                name: "agreements_parties");

            migrationBuilder.DropTable(
                name: "directory_locations");

            migrationBuilder.DropTable(
                name: "directory_services");

            migrationBuilder.DropTable(
                name: "directory_taxonomies");

            migrationBuilder.DropTable(
                name: "helpline_helplines");

            migrationBuilder.DropTable(
                name: "partners_organisations");

            migrationBuilder.DropTable(
                name: "agreements_versions");

            migrationBuilder.DropTable(
                name: "agreements_agreements");

            migrationBuilder.DropTable(
                name: "platform_networks");
        }
    }
}
