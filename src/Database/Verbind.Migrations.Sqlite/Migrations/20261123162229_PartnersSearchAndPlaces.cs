using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbind.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PartnersSearchAndPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_partners_places_NetworkId",
                table: "partners_places");

            migrationBuilder.DropIndex(
                name: "IX_partners_memberships_NetworkId_OrganisationId",
                table: "partners_memberships");

            migrationBuilder.RenameColumn(
                name: "Expertise",
                table: "partners_people",
                newName: "ExpertiseTags");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "partners_people",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "partners_organisations",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_partners_places_HostOrganisationId",
                table: "partners_places",
                column: "HostOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_places_NetworkId_Name",
                table: "partners_places",
                columns: new[] { "NetworkId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_NetworkId_Email",
                table: "partners_people",
                columns: new[] { "NetworkId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_NetworkId_PlaceId",
                table: "partners_people",
                columns: new[] { "NetworkId", "PlaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_NetworkId_UserId",
                table: "partners_people",
                columns: new[] { "NetworkId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_people_PlaceId",
                table: "partners_people",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_organisations_Kind",
                table: "partners_organisations",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_partners_organisations_Sector",
                table: "partners_organisations",
                column: "Sector");

            migrationBuilder.CreateIndex(
                name: "IX_partners_memberships_NetworkId_OrganisationId_StartDate",
                table: "partners_memberships",
                columns: new[] { "NetworkId", "OrganisationId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_memberships_NetworkId_Role",
                table: "partners_memberships",
                columns: new[] { "NetworkId", "Role" });

            migrationBuilder.AddForeignKey(
                name: "FK_partners_people_partners_places_PlaceId",
                table: "partners_people",
                column: "PlaceId",
                principalTable: "partners_places",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_partners_places_partners_organisations_HostOrganisationId",
                table: "partners_places",
                column: "HostOrganisationId",
                principalTable: "partners_organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_partners_people_partners_places_PlaceId",
                table: "partners_people");

            migrationBuilder.DropForeignKey(
                name: "FK_partners_places_partners_organisations_HostOrganisationId",
                table: "partners_places");

            migrationBuilder.DropIndex(
                name: "IX_partners_places_HostOrganisationId",
                table: "partners_places");

            migrationBuilder.DropIndex(
                name: "IX_partners_places_NetworkId_Name",
                table: "partners_places");

            migrationBuilder.DropIndex(
                name: "IX_partners_people_NetworkId_Email",
                table: "partners_people");

            migrationBuilder.DropIndex(
                name: "IX_partners_people_NetworkId_PlaceId",
                table: "partners_people");

            migrationBuilder.DropIndex(
                name: "IX_partners_people_NetworkId_UserId",
                table: "partners_people");

            migrationBuilder.DropIndex(
                name: "IX_partners_people_PlaceId",
                table: "partners_people");

            migrationBuilder.DropIndex(
                name: "IX_partners_organisations_Kind",
                table: "partners_organisations");

            migrationBuilder.DropIndex(
                name: "IX_partners_organisations_Sector",
                table: "partners_organisations");

            migrationBuilder.DropIndex(
                name: "IX_partners_memberships_NetworkId_OrganisationId_StartDate",
                table: "partners_memberships");

            migrationBuilder.DropIndex(
                name: "IX_partners_memberships_NetworkId_Role",
                table: "partners_memberships");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "partners_people");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "partners_organisations");

            migrationBuilder.RenameColumn(
                name: "ExpertiseTags",
                table: "partners_people",
                newName: "Expertise");

            migrationBuilder.CreateIndex(
                name: "IX_partners_places_NetworkId",
                table: "partners_places",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_memberships_NetworkId_OrganisationId",
                table: "partners_memberships",
                columns: new[] { "NetworkId", "OrganisationId" });
        }
    }
}
