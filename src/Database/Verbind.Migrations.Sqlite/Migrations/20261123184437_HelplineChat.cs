using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbind.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HelplineChat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "helpline_helplines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RetentionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    StoreHashedIp = table.Column<bool>(type: "INTEGER", nullable: false),
                    SurveyEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferralUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MaxQueueLength = table.Column<int>(type: "INTEGER", nullable: false),
                    HashKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                name: "helpline_blocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelplineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrowserHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IpHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BlockedBy = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelplineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelplineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelplineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResumeTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BrowserHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IpHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CounsellorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Risk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SurveyHelped = table.Column<int>(type: "INTEGER", nullable: true),
                    SurveyWouldReturn = table.Column<int>(type: "INTEGER", nullable: true),
                    TranscriptDeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelplineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PickedUpBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    PickedUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelplineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Connections = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelplineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Needed = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelplineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
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
                name: "helpline_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientMessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpline_supervision_access", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpline_supervision_access_helpline_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "helpline_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpline_shift_signups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShiftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "helpline_shifts");

            migrationBuilder.DropTable(
                name: "helpline_conversations");

            migrationBuilder.DropTable(
                name: "helpline_helplines");
        }
    }
}
