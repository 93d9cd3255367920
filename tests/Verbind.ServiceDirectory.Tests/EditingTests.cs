using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Freshness;
using Verbind.ServiceDirectory.Features.Reports;
using Verbind.ServiceDirectory.Features.Taxonomies;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

public abstract class EditingTests(AppFactory app)
{
    private static readonly Guid Breastfeeding = ShippedTaxonomies.IdOf(ShippedTaxonomies.Themes, "borstvoeding");
    private static readonly Guid Consultation = ShippedTaxonomies.IdOf(ShippedTaxonomies.Pillars, "consultatie");

    private static Dictionary<string, string> ServiceForm(Guid organisationId, string name = "Borstvoedingscafé De Melkweg") => new()
    {
        ["Input.Name"] = name,
        ["Input.Description"] = "Elke maand praten mama's over borstvoeding, met een lactatiekundige erbij.",
        ["Input.OrganisationId"] = organisationId.ToString(),
        ["Input.Status"] = "Active",
        ["Input.MinimumAgeMonths"] = "-3",
        ["Input.MaximumAgeMonths"] = "12",
        ["Input.Phones[0].Number"] = "+32 16 12 34 56",
        ["Input.Costs[0].Option"] = "Deelname",
        ["Input.Costs[0].Amount"] = "2,50",
        ["Input.Events[0].Title"] = "Infoavond borstvoeding",
        ["Input.Events[0].StartsAt"] = "2026-12-03T19:30",
        ["Input.Events[0].EndsAt"] = "2026-12-03T21:00",
        ["Input.AreaPostcodes"] = "3000, 3001",
        ["Input.NameFr"] = "Café allaitement",
    };

    private static KeyValuePair<string, string>[] Terms(params Guid[] ids) => [.. ids.Select(id => new KeyValuePair<string, string>("TermIds", id.ToString()))];

    [Fact]
    public async Task The_shipped_taxonomies_are_in_a_fresh_database_with_stable_ids_and_three_languages()
    {
        var terms = await app.WithDbAsync(db => db.Set<TaxonomyTerm>().AsNoTracking().Include(t => t.Taxonomy).ToListAsync());

        // Other tests in the shared host add terms of their own; only the shipped ones (ids derived from codes) count here.
        terms = terms.Where(t => t.Id == ShippedTaxonomies.IdOf(t.Taxonomy!.Code, t.Code)).ToList();
        Assert.Equal(5, terms.Count(t => t.Taxonomy!.Code == ShippedTaxonomies.Pillars));
        var pregnant = Assert.Single(terms, t => t.Code == "zwanger");
        Assert.Equal((-9, -1), (pregnant.MinimumAgeMonths, pregnant.MaximumAgeMonths));
        var maternity = Assert.Single(terms, t => t.Code == "kraamzorg");
        Assert.Contains("kraamhulp", maternity.Synonyms);
        Assert.Equal("Aide à la maternité", maternity.NameIn("fr"));
        Assert.Equal(Breastfeeding, Assert.Single(terms, t => t.Code == "borstvoeding").Id);
        Assert.All(terms, t => Assert.Equal(3, t.Names.Count));
    }

    [Fact]
    public async Task Syncing_the_taxonomies_again_changes_nothing()
    {
        var changes = await app.WithDbAsync(db => TaxonomySync.EnsureAsync(db, TestContext.Current.CancellationToken));

        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task A_coordinator_creates_a_service_with_its_parts_and_sees_it_and_its_history()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var partner = await app.PartnerAsync(network, "Vroedvrouwen Melkweg");

        using var saved = await coordinator.PostFormAsync($"/netwerk/{network.Slug}/aanbod/nieuw", ServiceForm(partner.Id),
            [.. Terms(Breastfeeding, Consultation), new("Languages", "nl"), new("Languages", "ar")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var recordUrl = TestClient.LocalPath(saved.Headers.Location!);
        var id = Guid.Parse(recordUrl.Split('/')[4].Split('?')[0]);
        var service = await app.FindServiceAsync(id);
        Assert.NotNull(service);
        Assert.Equal(network.Id, service.NetworkId);
        Assert.Equal((-3, 12), (service.MinimumAgeMonths, service.MaximumAgeMonths));
        Assert.Equal(2, service.Terms.Count);
        Assert.Equal(["nl", "ar"], service.Languages);
        Assert.Equal(2.50m, Assert.Single(service.CostOptions).Amount);
        Assert.Equal("Café allaitement", Assert.Single(service.Translations).Name);
        Assert.Single(service.Events);

        var record = await coordinator.GetPageAsync(recordUrl);
        Assert.Equal("Borstvoedingscafé De Melkweg", record.QuerySelector("h1")!.TextContent);
        Assert.Contains("Vroedvrouwen Melkweg", record.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("aangemaakt", record.QuerySelector("ol.history")!.TextContent, StringComparison.Ordinal);

        using var edited = await coordinator.PostFormAsync($"/netwerk/{network.Slug}/aanbod/{id}/bewerken",
            new Dictionary<string, string> { ["Input.Name"] = "Borstvoedingscafé Melkweg" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var history = (await coordinator.GetPageAsync($"/netwerk/{network.Slug}/aanbod/{id}")).QuerySelector("ol.history")!.TextContent;
        Assert.Contains("gewijzigd", history, StringComparison.Ordinal);
        Assert.Contains("Borstvoedingscafé De Melkweg", history, StringComparison.Ordinal);
        Assert.Contains("Borstvoedingscafé Melkweg", history, StringComparison.Ordinal);
        // The edit form keeps what the form did not show as changed: the terms are still there.
        Assert.Equal(2, (await app.FindServiceAsync(id))!.Terms.Count);

        var list = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/aanbod?organisatie={partner.Id}");
        Assert.Contains("Borstvoedingscafé Melkweg", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_member_edits_only_their_own_organisations_services()
    {
        var network = await app.CreateNetworkAsync();
        var own = await app.PartnerAsync(network);
        var other = await app.PartnerAsync(network);
        var ownService = await app.ServiceAsync(network, own, "Eigen dienst");
        var otherService = await app.ServiceAsync(network, other, "Andermans dienst");
        var (_, member) = await app.PartnerMemberOfAsync(network, own);

        using var ownEdit = await member.PostFormAsync($"/netwerk/{network.Slug}/aanbod/{ownService.Id}/bewerken",
            new Dictionary<string, string> { ["Input.Name"] = "Eigen dienst, bijgewerkt", ["Input.Status"] = "Active" });
        Assert.Equal(HttpStatusCode.Redirect, ownEdit.StatusCode);
        Assert.Equal("Eigen dienst, bijgewerkt", (await app.FindServiceAsync(ownService.Id))!.Name);

        await member.GetPageAsync($"/netwerk/{network.Slug}/aanbod/{otherService.Id}/bewerken", HttpStatusCode.Forbidden);
        // The form of their own service, sent to the other one's address.
        using var sneaky = await member.PostFormAsync($"/netwerk/{network.Slug}/aanbod/{ownService.Id}/bewerken",
            new Dictionary<string, string> { ["Input.Name"] = "Overgenomen", ["Input.OrganisationId"] = other.Id.ToString() },
            postTo: $"/netwerk/{network.Slug}/aanbod/{otherService.Id}/bewerken");
        Assert.NotEqual(HttpStatusCode.Redirect, sneaky.StatusCode);
        Assert.Equal("Andermans dienst", (await app.FindServiceAsync(otherService.Id))!.Name);

        // Moving a service to (or creating one for) another organisation is refused with a message.
        var before = await app.ServiceCountAsync(network);
        using var forOther = await member.PostFormAsync($"/netwerk/{network.Slug}/aanbod/nieuw", ServiceForm(other.Id, "Niet van mij"));
        Assert.Equal(HttpStatusCode.OK, forOther.StatusCode);
        var page = await TestClient.ParseAsync(forOther);
        Assert.NotNull(page.QuerySelector("[role=alert]"));
        Assert.Equal(before, await app.ServiceCountAsync(network));
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_edit_or_verify()
    {
        var network = await app.CreateNetworkAsync();
        var partner = await app.PartnerAsync(network);
        var service = await app.ServiceAsync(network, partner, "Alleen lezen", new DateOnly(2020, 1, 1));
        var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));

        var record = await viewer.GetPageAsync($"/netwerk/{network.Slug}/aanbod/{service.Id}");
        Assert.Null(record.QuerySelector("form[method=post].inline-form"));
        Assert.NotNull(record.QuerySelector(".stale-flag"));
        using var edit = await viewer.Http.GetAsync($"/netwerk/{network.Slug}/aanbod/{service.Id}/bewerken", TestContext.Current.CancellationToken);
        Assert.True(edit.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"got {edit.StatusCode}");
        using var created = await viewer.Http.GetAsync($"/netwerk/{network.Slug}/aanbod/nieuw", TestContext.Current.CancellationToken);
        Assert.True(created.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"got {created.StatusCode}");
        Assert.Equal(new DateOnly(2020, 1, 1), (await app.FindServiceAsync(service.Id))!.LastVerifiedOn);
    }

    [Fact]
    public async Task A_viewer_reads_a_location_on_its_own_page_and_a_post_to_the_form_changes_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        using var saved = await coordinator.PostFormAsync($"/netwerk/{network.Slug}/aanbod/locaties/nieuw", new Dictionary<string, string>
        {
            ["Input.Name"] = "Huis van het Kind <b>Centrum</b>",
            ["Input.Street"] = "Marktplein 1",
            ["Input.Postcode"] = "3000",
            ["Input.Schedules[0].OpensAt"] = "09:00",
            ["Input.Schedules[0].ClosesAt"] = "12:00",
        }, [new("ScheduleDays0", "Monday")]);
        var id = await app.WithDbAsync(db => db.Set<Location>().Where(l => l.NetworkId == network.Id).Select(l => l.Id).SingleAsync());
        var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));

        var read = await viewer.GetPageAsync($"/netwerk/{network.Slug}/aanbod/locaties/{id}");
        Assert.Equal("Huis van het Kind <b>Centrum</b>", read.QuerySelector("h1")!.TextContent);
        Assert.Contains("Marktplein 1", read.QuerySelector("#location-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("09:00–12:00", read.QuerySelector(".hours-list")!.TextContent, StringComparison.Ordinal);
        Assert.Null(read.QuerySelector("main form"));
        Assert.Null(read.QuerySelector($"a[href$='/{id}/bewerken']"));
        var list = await viewer.GetPageAsync($"/netwerk/{network.Slug}/aanbod/locaties");
        Assert.NotNull(list.QuerySelector($"a[href$='/aanbod/locaties/{id}']"));

        using var form = await viewer.Http.GetAsync($"/netwerk/{network.Slug}/aanbod/locaties/{id}/bewerken", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.EndsWith($"/aanbod/locaties/{id}", form.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var token = read.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await viewer.GetPageAsync($"/netwerk/{network.Slug}/aanbod/locaties")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using var post = await viewer.Http.PostAsync($"/netwerk/{network.Slug}/aanbod/locaties/{id}/bewerken", new FormUrlEncodedContent(
            [new("_handler", "edit-location"), new("__RequestVerificationToken", token), new("Input.Name", "Overgenomen")]), TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("Huis van het Kind <b>Centrum</b>", await app.WithDbAsync(db => db.Set<Location>().Where(l => l.Id == id).Select(l => l.Name).SingleAsync()));

        var coordinatorView = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/aanbod/locaties/{id}");
        Assert.NotNull(coordinatorView.QuerySelector($"a[href$='/{id}/bewerken']"));
    }

    [Fact]
    public async Task Another_networks_services_answer_404()
    {
        var (network, _) = await app.NetworkWithCoordinatorAsync();
        var partner = await app.PartnerAsync(network);
        var service = await app.ServiceAsync(network, partner);
        var (otherNetwork, otherCoordinator) = await app.NetworkWithCoordinatorAsync();

        await otherCoordinator.GetPageAsync($"/netwerk/{network.Slug}/aanbod/{service.Id}", HttpStatusCode.NotFound);
        await otherCoordinator.GetPageAsync($"/netwerk/{otherNetwork.Slug}/aanbod/{service.Id}", HttpStatusCode.NotFound);
        await otherCoordinator.GetPageAsync($"/netwerk/{otherNetwork.Slug}/aanbod/{service.Id}/bewerken", HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string> HostileValues => new()
    {
        { "Input.Description", new string('x', 10_000) },
        { "Input.Name", new string('n', 301) },
        { "Input.Name", "" },
        { "Input.MinimumAgeMonths", "-20" },
        { "Input.MinimumAgeMonths", "abc" },
        { "Input.MaximumAgeMonths", "-6" },
        { "Input.Status", "Gesloten" },
        { "Input.Url", "javascript:alert(1)" },
        { "Input.Email", "niet-een-adres" },
        { "Input.Costs[0].Amount", "veel" },
        { "Input.Events[0].EndsAt", "2026-12-01T10:00" },
        { "Input.AreaPostcodes", "3000, 0000" },
        { "Input.OrganisationId", "not-a-guid" },
        { "Input.Phones[0].Number", "<script>" },
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task Wrong_input_gets_a_message_and_saves_nothing(string field, string value)
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var partner = await app.PartnerAsync(network);
        var form = ServiceForm(partner.Id);
        form[field] = value;

        using var response = await coordinator.PostFormAsync($"/netwerk/{network.Slug}/aanbod/nieuw", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("[role=alert] li"));
        Assert.Equal(0, await app.ServiceCountAsync(network));
    }

    [Fact]
    public async Task Unknown_terms_and_another_networks_organisation_or_location_are_refused()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var partner = await app.PartnerAsync(network);
        var otherNetwork = await app.CreateNetworkAsync();
        var stranger = await app.PartnerAsync(otherNetwork);
        var url = $"/netwerk/{network.Slug}/aanbod/nieuw";

        using var unknownTerm = await coordinator.PostFormAsync(url, ServiceForm(partner.Id), Terms(Guid.NewGuid()));
        using var badTerm = await coordinator.PostFormAsync(url, ServiceForm(partner.Id), [new("TermIds", "'; drop table x;--")]);
        using var foreignOrganisation = await coordinator.PostFormAsync(url, ServiceForm(stranger.Id));
        using var foreignLocation = await coordinator.PostFormAsync(url, ServiceForm(partner.Id), [new("LocationIds", Guid.NewGuid().ToString())]);

        foreach (var response in new[] { unknownTerm, badTerm, foreignOrganisation, foreignLocation })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("[role=alert] li"));
        }
        Assert.Equal(0, await app.ServiceCountAsync(network));
    }

    [Fact]
    public async Task Markup_in_a_name_is_saved_as_text_and_shown_escaped()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var partner = await app.PartnerAsync(network);
        const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        using var saved = await coordinator.PostFormAsync($"/netwerk/{network.Slug}/aanbod/nieuw", ServiceForm(partner.Id, Hostile));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var response = await coordinator.Http.GetAsync(TestClient.LocalPath(saved.Headers.Location!), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verified_today_clears_the_stale_flag()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var partner = await app.PartnerAsync(network);
        var service = await app.ServiceAsync(network, partner, "Oude gegevens", new DateOnly(2024, 1, 1));
        var url = $"/netwerk/{network.Slug}/aanbod/{service.Id}";
        Assert.NotNull((await coordinator.GetPageAsync(url)).QuerySelector(".stale-flag"));
        var stale = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/aanbod?verouderd=1");
        Assert.Contains("Oude gegevens", stale.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        using var verified = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), "form.inline-form");

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var page = await TestClient.ParseAsync(verified);
        Assert.Null(page.QuerySelector(".stale-flag"));
        Assert.True((await app.FindServiceAsync(service.Id))!.LastVerifiedOn > new DateOnly(2025, 1, 1));
    }

    [Fact]
    public async Task Owners_of_stale_services_get_one_reminder_by_mail_and_not_again_within_a_month()
    {
        var network = await app.CreateNetworkAsync();
        var coordinator = await app.CreateUserAsync(network, NetworkRole.Coordinator);
        var partner = await app.PartnerAsync(network, "Kraamzorg Zonneschijn");
        var representative = await app.RepresentativeAsync(network, partner);
        var service = await app.ServiceAsync(network, partner, "Kraamhulp aan huis", new DateOnly(2023, 5, 1));
        var reminders = app.Services.GetRequiredService<StaleReminders>();

        await reminders.RunOnceAsync(TestContext.Current.CancellationToken);

        var mail = await app.Mail.WaitForMailAsync(representative.Email!, "nakijken");
        Assert.Contains("Kraamhulp aan huis", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/netwerk/{network.Slug}/aanbod/{service.Id}", mail.TextBody, StringComparison.Ordinal);
        await app.Mail.WaitForMailAsync(coordinator.Email, "nakijken");
        Assert.NotNull((await app.FindServiceAsync(service.Id))!.StaleReminderSentAt);

        await reminders.RunOnceAsync(TestContext.Current.CancellationToken);
        Assert.Single(app.Mail.MessagesTo(representative.Email!));
    }

    [Fact]
    public async Task A_report_reaches_the_owner_by_mail_and_the_coordinator_handles_it_in_the_inbox()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var partner = await app.PartnerAsync(network);
        var representative = await app.RepresentativeAsync(network, partner);
        var service = await app.ServiceAsync(network, partner, "Spelotheek De Knikker");
        var report = new InformationReport { NetworkId = network.Id, ServiceId = service.Id, Message = "De spelotheek is verhuisd naar de Markt.", CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime };
        await app.WithDbAsync(async db =>
        {
            db.Add(report);
            await db.SaveChangesAsync();
        });

        await app.Services.GetRequiredService<InformationReportNotifier>().NotifyAsync(report, TestContext.Current.CancellationToken);

        var mail = await app.Mail.WaitForMailAsync(representative.Email!, "Spelotheek De Knikker");
        Assert.Contains("verhuisd naar de Markt", mail.TextBody, StringComparison.Ordinal);
        var url = $"/netwerk/{network.Slug}/aanbod/meldingen";
        Assert.Contains("verhuisd naar de Markt", (await coordinator.GetPageAsync(url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var handled = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Resolved", ["Input.Note"] = "Adres aangepast" }, "form.form");

        Assert.Equal(HttpStatusCode.OK, handled.StatusCode);
        var stored = await app.WithDbAsync(db => db.Set<InformationReport>().AsNoTracking().FirstAsync(r => r.Id == report.Id));
        Assert.Equal(ReportStatus.Resolved, stored.Status);
        Assert.Equal("Adres aangepast", stored.HandlingNote);
    }

    [Fact]
    public async Task A_coordinator_adds_known_postcodes_to_the_area_grouped_by_municipality_and_confirms_them()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var url = $"/netwerk/{network.Slug}/aanbod/gebied";

        using var wrong = await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Municipality"] = "Leuven", ["Input.Postcodes"] = "3000, 3001, 9999x" }, formSelector: "form[method=post]:has(#area-postcodes)");
        Assert.NotNull((await TestClient.ParseAsync(wrong)).QuerySelector("[role=alert] li"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AreaPostcode>().CountAsync(a => a.NetworkId == network.Id)));

        using var added = await coordinator.PostFormAsync(url, new Dictionary<string, string> { ["Input.Municipality"] = "Leuven", ["Input.Postcodes"] = "3000 3001 3010" }, formSelector: "form[method=post]:has(#area-postcodes)");
        var page = await TestClient.ParseAsync(added);
        Assert.Equal("Leuven", page.QuerySelector("section.area-group h2")!.TextContent);
        Assert.Contains("Heverlee", page.QuerySelector("section.area-group table")!.TextContent, StringComparison.Ordinal);

        using var confirmed = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), "form[method=post]:has(input[name=confirm])");
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<AreaPostcode>().CountAsync(a => a.NetworkId == network.Id && a.ConfirmedAt != null)));

        var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));
        var seen = await viewer.GetPageAsync(url);
        Assert.Contains("3010", seen.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(seen.QuerySelector("#area-postcodes"));
    }

    [Fact]
    public async Task A_location_without_coordinates_gets_its_postcodes_point_and_keeps_its_hours_and_holidays()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();

        using var saved = await coordinator.PostFormAsync($"/netwerk/{network.Slug}/aanbod/locaties/nieuw", new Dictionary<string, string>
        {
            ["Input.Name"] = "Opvanghuis De Schuilplaats",
            ["Input.Street"] = "Geheimstraat 1",
            ["Input.Postcode"] = "3000",
            ["Input.IsRedacted"] = "true",
            ["Input.Schedules[0].OpensAt"] = "09:00",
            ["Input.Schedules[0].ClosesAt"] = "12:00",
            ["Input.SpecialDays[0].Date"] = "2026-12-25",
            ["Input.SpecialDays[0].Closed"] = "true",
            ["Input.SpecialDays[0].Reason"] = "Kerstmis",
        }, [new("ScheduleDays0", "Monday"), new("ScheduleDays0", "Thursday"), new("AccessibilityFeatures", "PramSpace")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = await app.WithDbAsync(db => db.Set<Location>().AsNoTracking().Include(l => l.Schedules).Include(l => l.SpecialDays)
            .FirstAsync(l => l.NetworkId == network.Id));
        Assert.True(location.IsRedacted);
        Assert.Equal(50.88, location.Latitude!.Value, 1);
        Assert.Equal("Leuven", location.Municipality);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], Assert.Single(location.Schedules).Days);
        Assert.Equal("Kerstmis", Assert.Single(location.SpecialDays).Reason);
        Assert.Equal([AccessibilityFeature.PramSpace], location.AccessibilityFeatures);
    }
}

public sealed class EditingTestsOnSqlite(SqliteApp app) : EditingTests(app);

public sealed class EditingTestsOnPostgres(PostgresApp app) : EditingTests(app);
