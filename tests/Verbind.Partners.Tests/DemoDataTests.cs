using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

/// <summary>The demo data as "dotnet run" writes it, checked record by record.</summary>
public abstract class DemoDataTests(AppFactory app)
{
    [Fact]
    public async Task Zonnedal_has_about_30_partners_60_people_and_3_places_with_valid_hours()
    {
        var (organisations, people, places) = await app.WithDbAsync(async db =>
        {
            var zonnedal = await db.Networks.SingleAsync(n => n.Slug == "hvhk-zonnedal");
            var members = await db.Memberships.Where(m => m.NetworkId == zonnedal.Id && m.EndDate == null).Select(m => m.OrganisationId).Distinct().CountAsync();
            var team = await db.People.CountAsync(p => p.NetworkId == zonnedal.Id);
            var hours = await db.Places.Where(p => p.NetworkId == zonnedal.Id).Select(p => p.Hours).ToListAsync();
            return (members, team, hours);
        });
        Assert.InRange(organisations, 28, 35);
        Assert.InRange(people, 55, 70);
        Assert.Equal(3, places.Count);
        Assert.All(places, hours => Assert.Empty(OpeningHoursRules.Check(hours)));
        Assert.All(places, hours => Assert.NotEmpty(hours));
    }

    [Fact]
    public async Task Every_demo_enterprise_number_passes_its_check_and_matches_its_country()
    {
        var organisations = await app.WithDbAsync(db => db.Organisations.ToListAsync());
        Assert.True(organisations.Count > 50);
        foreach (var organisation in organisations.Where(o => o.EnterpriseNumber is not null))
        {
            var number = organisation.EnterpriseNumber!;
            var expected = organisation.Address.CountryCode == "NL" ? EnterpriseRegister.Kvk : EnterpriseRegister.Kbo;
            Assert.Equal(expected, number.Register);
            Assert.True(EnterpriseNumber.TryParse(number.Digits, number.Register, out _, out var error), $"{organisation.Name}: {error}");
        }
        Assert.Equal(organisations.Count, organisations.Select(o => o.Name).Distinct().Count());
    }

    [Fact]
    public async Task Each_demo_network_has_its_lead_and_the_partners_the_brief_describes()
    {
        var roles = await app.WithDbAsync(async db => await db.Memberships
            .Join(db.Networks, m => m.NetworkId, n => n.Id, (m, n) => new { n.Slug, m.Role, m.EndDate, m.Organisation!.Kind, m.Organisation.Address.CountryCode })
            .ToListAsync());
        foreach (var slug in new[] { "hvhk-zonnedal", "kansrijke-start-lindeveen", "sterrenkinderen-lichtpunt", "elz-wilgenbroek" })
        {
            Assert.Single(roles, r => r.Slug == slug && r.Role == MembershipRole.LeadOrganisation && r.EndDate == null);
        }
        Assert.Equal(12, roles.Count(r => r.Slug == "sterrenkinderen-lichtpunt" && r.Role == MembershipRole.Municipality && r.EndDate == null));
        Assert.Equal(2, roles.Count(r => r.Slug == "kansrijke-start-lindeveen" && r.Kind == OrganisationKind.Municipality));
        Assert.All(roles.Where(r => r.Slug == "kansrijke-start-lindeveen"), r => Assert.Equal("NL", r.CountryCode));
        Assert.Contains(roles, r => r.Slug == "hvhk-zonnedal" && r.EndDate is not null);
    }

    [Fact]
    public async Task The_demo_partner_is_a_person_of_a_Zonnedal_organisation_and_may_edit_it()
    {
        var person = await app.WithDbAsync(db => db.People.Include(p => p.Organisation).SingleAsync(p => p.Email == DemoAccounts.PartnerEmail));
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.PartnerEmail).Select(u => u.Id).SingleAsync());
        Assert.Equal(userId, person.UserId);

        var partner = await app.SignInAsync(new TestUser(userId, DemoAccounts.PartnerEmail, DemoAccounts.Password, null));
        foreach (var url in new[] { "/netwerk/hvhk-zonnedal", "/netwerk/hvhk-zonnedal/organisaties", "/netwerk/hvhk-zonnedal/wie-doet-wat?expertise=borstvoeding", "/netwerk/hvhk-zonnedal/plaatsen" })
        {
            await partner.GetPageAsync(url);
        }
        await partner.GetPageAsync($"/netwerk/hvhk-zonnedal/organisaties/{person.OrganisationId}/bewerken");
        using var other = await partner.GetAsync("/netwerk/kansrijke-start-lindeveen");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}

/// <summary>Verbind with the demo data on, as on a fresh "dotnet run".</summary>
public sealed class DemoSqliteApp : AppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };
}

public sealed class DemoPostgresApp : AppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };
}

public sealed class DemoDataTestsOnSqlite(DemoSqliteApp app) : DemoDataTests(app), IClassFixture<DemoSqliteApp>;

public sealed class DemoDataTestsOnPostgres(DemoPostgresApp app) : DemoDataTests(app), IClassFixture<DemoPostgresApp>;
