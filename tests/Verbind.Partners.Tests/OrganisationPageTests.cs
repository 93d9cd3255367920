using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

public abstract class OrganisationPageTests(AppFactory app)
{
    private static Dictionary<string, string> OrganisationForm(string name, string kbo = "", string website = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = "MidwifePractice",
        ["Input.Sector"] = "Medical",
        ["Input.Country"] = "BE",
        ["Input.EnterpriseNumber"] = kbo,
        ["Input.Street"] = "Lindelaan 4",
        ["Input.Postcode"] = "3999",
        ["Input.Municipality"] = "Zonnedal",
        ["Input.Email"] = "info@linde.example",
        ["Input.Website"] = website,
        ["Input.Role"] = "CorePartner",
        ["Input.StartDate"] = "2025-01-01",
    };

    [Fact]
    public async Task A_coordinator_adds_an_organisation_and_finds_it_in_the_list_with_its_membership()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var kbo = Arrange.UniqueKbo();

        using var saved = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/organisaties/nieuw", OrganisationForm("Vroedvrouwen De Linde", kbo, "https://linde.example"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detailUrl = TestClient.LocalPath(saved.Headers.Location!);
        Assert.Contains("opgeslagen=1", detailUrl, StringComparison.Ordinal);
        var detail = await coordinator.GetPageAsync(detailUrl);
        Assert.Equal("Vroedvrouwen De Linde", detail.QuerySelector("h1")!.TextContent);
        Assert.Contains(kbo[..4] + "." + kbo[4..7] + "." + kbo[7..], detail.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kernpartner", detail.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        var list = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/organisaties?q=linde&role=CorePartner");
        Assert.Contains("Vroedvrouwen De Linde", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var other = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/organisaties?q=linde&role=Municipality");
        Assert.Null(other.QuerySelector("table"));
    }

    [Fact]
    public async Task A_change_to_a_shared_organisation_shows_in_the_audit_log_of_the_network_it_was_made_in()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var (otherNetwork, otherCoordinator) = await app.NetworkWithCoordinatorAsync();
        using var saved = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/organisaties/nieuw", OrganisationForm("Gezinsbond Auditdorp", Arrange.UniqueKbo()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var audit = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/audit?type=Organisation");
        Assert.Contains("Gezinsbond Auditdorp", audit.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var elsewhere = await otherCoordinator.GetPageAsync($"/netwerk/{otherNetwork.Slug}/audit?type=Organisation");
        Assert.DoesNotContain("Gezinsbond Auditdorp", elsewhere.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_enterprise_number_links_the_existing_organisation_instead_of_a_duplicate()
    {
        var elsewhere = await app.CreateNetworkAsync();
        var kbo = Arrange.UniqueKbo();
        var existing = await app.OrganisationAsync(elsewhere, "CAW Gedeeld", kbo: kbo);
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();

        using var saved = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/organisaties/nieuw", OrganisationForm("Een andere naam", kbo));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/netwerk/{network.Slug}/organisaties/{existing.Id}?gekoppeld=1", TestClient.LocalPath(saved.Headers.Location!));
        var detail = await coordinator.GetPageAsync(TestClient.LocalPath(saved.Headers.Location!));
        Assert.Equal("CAW Gedeeld", detail.QuerySelector("h1")!.TextContent);
        Assert.NotNull(detail.QuerySelector("[role=status]"));
        var count = await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == "CAW Gedeeld" || o.Name == "Een andere naam"));
        Assert.Equal(1, count);

        using var again = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/organisaties/nieuw", OrganisationForm("Nog eens", kbo));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("al lid van dit netwerk", (await TestClient.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_per_field_and_nothing_is_saved()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var form = OrganisationForm(new string('x', 10_000), "0403.170.702", "javascript:alert(1)");
        form["Input.Postcode"] = "12";
        form["Input.Kind"] = "Banana";

        using var response = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/organisaties/nieuw", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var alert = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("hoogstens 200 tekens", alert, StringComparison.Ordinal);
        Assert.Contains("controlecijfers", alert, StringComparison.Ordinal);
        Assert.Contains("https://", alert, StringComparison.Ordinal);
        Assert.Contains("postcode", alert, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("true", page.QuerySelector("#org-name")!.GetAttribute("aria-invalid"));
        Assert.Equal("org-name-error", page.QuerySelector("#org-name")!.GetAttribute("aria-describedby"));
        var saved = await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.NetworkId == network.Id));
        Assert.Equal(0, saved);
    }

    [Fact]
    public async Task Script_in_a_name_is_shown_as_text()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        using var saved = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/organisaties/nieuw", OrganisationForm(hostile));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var url in new[] { $"/netwerk/{network.Slug}/organisaties", TestClient.LocalPath(saved.Headers.Location!), $"/netwerk/{network.Slug}", $"/netwerk/{network.Slug}/wie-doet-wat" })
        {
            using var response = await coordinator.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.True(html.Contains("&lt;script&gt;", StringComparison.Ordinal), url);
        }
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_add_or_edit()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        var organisation = await app.OrganisationAsync(network, "Zichtbaar voor kijkers");

        var list = await viewer.GetPageAsync($"/netwerk/{network.Slug}/organisaties");
        Assert.Contains("Zichtbaar voor kijkers", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector($"a[href='/netwerk/{network.Slug}/organisaties/nieuw']"));
        var detail = await viewer.GetPageAsync($"/netwerk/{network.Slug}/organisaties/{organisation.Id}");
        Assert.Null(detail.QuerySelector("form[method=post]:not(.language-switch):not(.account-menu__signout)"));

        foreach (var url in new[] { $"/netwerk/{network.Slug}/organisaties/nieuw", $"/netwerk/{network.Slug}/organisaties/{organisation.Id}/bewerken" })
        {
            using var response = await viewer.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/fout/403", TestClient.LocalPath(response.Headers.Location!), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_partner_member_edits_only_the_organisation_they_are_a_person_of()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, NetworkRole.PartnerMember);
        var own = await app.OrganisationAsync(network, "Eigen praktijk");
        var other = await app.OrganisationAsync(network, "Andermans praktijk");
        await app.PersonAsync(network, own, "Partnerlid", email: user.Email.ToUpperInvariant());
        var client = await app.SignInAsync(user);

        using var saved = await client.SubmitFormAsync($"/netwerk/{network.Slug}/organisaties/{own.Id}/bewerken", new Dictionary<string, string>
        {
            ["Input.Name"] = "Eigen praktijk (nieuwe naam)",
            ["Input.Phone"] = "+32 14 55 66 77",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == own.Id));
        Assert.Equal("Eigen praktijk (nieuwe naam)", changed.Name);
        Assert.Equal("+32 14 55 66 77", changed.Phone);
        var linked = await app.WithDbAsync(db => db.People.SingleAsync(p => p.OrganisationId == own.Id));
        Assert.Equal(user.Id, linked.UserId);

        using var forbidden = await client.GetAsync($"/netwerk/{network.Slug}/organisaties/{other.Id}/bewerken");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var notNew = await client.GetAsync($"/netwerk/{network.Slug}/organisaties/nieuw");
        Assert.Equal(HttpStatusCode.Redirect, notNew.StatusCode);
        Assert.Equal("Andermans praktijk", (await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == other.Id))).Name);
    }

    [Fact]
    public async Task A_role_change_ends_the_old_membership_and_the_page_shows_the_history()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var organisation = await app.OrganisationAsync(network, "Bibliotheek", MembershipRole.Partner, start: new DateOnly(2023, 1, 1));
        var url = $"/netwerk/{network.Slug}/organisaties/{organisation.Id}";

        using var changed = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["RoleInput.Role"] = "CorePartner",
            ["RoleInput.Date"] = "2024-09-01",
        }, "#membership-role-form");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var history = await app.WithDbAsync(db => db.Memberships.Where(m => m.OrganisationId == organisation.Id).OrderBy(m => m.StartDate).ToListAsync());
        Assert.Equal(2, history.Count);
        Assert.Equal((MembershipRole.Partner, new DateOnly(2023, 1, 1), (DateOnly?)new DateOnly(2024, 8, 31)), (history[0].Role, history[0].StartDate, history[0].EndDate));
        Assert.Equal((MembershipRole.CorePartner, new DateOnly(2024, 9, 1), (DateOnly?)null), (history[1].Role, history[1].StartDate, history[1].EndDate));
        var rows = (await coordinator.GetPageAsync(url)).QuerySelectorAll("table tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Kernpartner", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Partner", rows[1].TextContent, StringComparison.Ordinal);

        using var refused = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["EndInput.Date"] = "2020-01-01",
        }, "#membership-end-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await TestClient.ParseAsync(refused)).QuerySelector("[role=alert]"));

        using var ended = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["EndInput.Date"] = "2025-01-31" }, "#membership-end-form");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var active = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/organisaties");
        Assert.Null(active.QuerySelector("table"));
        var endedList = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/organisaties?status=Ended");
        Assert.Contains("Bibliotheek", endedList.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task Lists_are_paged_by_25_and_filter_by_kind_and_sector()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        for (var i = 0; i < 27; i++)
        {
            await app.OrganisationAsync(network, $"School {i:D2}", kind: OrganisationKind.School, sector: Sector.Education);
        }
        await app.OrganisationAsync(network, "Huisarts Eén", kind: OrganisationKind.GeneralPractice, sector: Sector.Medical);

        var first = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/organisaties?kind=School");
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        var second = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/organisaties?kind=School&page=2");
        Assert.Equal(2, second.QuerySelectorAll("tbody tr").Length);
        var medical = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/organisaties?sector=Medical");
        Assert.Equal("Huisarts Eén", Assert.Single(medical.QuerySelectorAll("tbody tr a")).TextContent);
        var garbage = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/organisaties?kind=%3Cx%3E&page=-4&sector=99");
        Assert.Equal(25, garbage.QuerySelectorAll("tbody tr").Length);
    }
}

public sealed class OrganisationPageTestsOnSqlite(SqliteApp app) : OrganisationPageTests(app);

public sealed class OrganisationPageTestsOnPostgres(PostgresApp app) : OrganisationPageTests(app);
