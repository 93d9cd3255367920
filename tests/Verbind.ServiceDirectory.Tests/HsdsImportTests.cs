using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>HSDS import and export through the coordinator's pages: dry run, confirmation, round trip, bad files.</summary>
public abstract class HsdsImportTests(AppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HsdsWorld World, TestClient Source, Network Target, TestClient Coordinator)> TwoNetworksAsync()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var source = await app.SignInAsync(await app.CreateUserAsync(world.Network, NetworkRole.Coordinator));
        var target = await app.CreateNetworkAsync();
        await app.JoinAsync(target, world.Organisation, world.OrganisationWithoutServices);
        var coordinator = await app.SignInAsync(await app.CreateUserAsync(target, NetworkRole.Coordinator));
        return (world, source, target, coordinator);
    }

    private static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    private static string Service(HsdsWorld world, string? id = null, string name = "Nieuwe dienst", string extra = "") =>
        $$"""{"id":"{{id ?? Guid.NewGuid().ToString()}}","name":"{{name}}","status":"active","organization_id":"{{world.Organisation.Id}}"{{extra}}}""";

    private static async Task<byte[]> ExportAsync(TestClient coordinator, Network network, string file)
    {
        using var export = await coordinator.Http.GetAsync($"/netwerk/{network.Slug}/aanbod/export/{file}", Cancel);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        return await export.Content.ReadAsByteArrayAsync(Cancel);
    }

    [Theory]
    [InlineData("aanbod-hsds.json")]
    [InlineData("aanbod-hsds.zip")]
    public async Task An_export_imported_into_its_own_network_updates_every_service_to_the_same_data(string file)
    {
        var (world, source, _, _) = await TwoNetworksAsync();
        await app.WithDbAsync(async db =>
        {
            var playgroup = await db.Set<Service>().Include(s => s.Events).SingleAsync(s => s.Id == world.Playgroup.Id);
            playgroup.Translations = [new ServiceTranslation { Language = "fr", Name = "Groupe de jeu" }];
            db.Add(new ServiceEvent { NetworkId = world.Network.Id, ServiceId = playgroup.Id, Title = "Infoavond", StartsAt = new DateTime(2026, 12, 1, 18, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2026, 12, 1, 20, 0, 0, DateTimeKind.Utc) });
            db.Add(new SpecialDay { NetworkId = world.Network.Id, LocationId = world.Open.Id, Date = new DateOnly(2026, 12, 25), Reason = "Kerstmis" });
            await db.SaveChangesAsync();
        });
        var before = await app.ServicesOfAsync(world.Network);
        var locationsBefore = await LocationsOfAsync(world.Network);

        var (previewUrl, preview) = await source.PreviewAsync(world.Network, await ExportAsync(source, world.Network, file), file);
        Assert.Empty(preview.Problems());
        Assert.Equal(["bijwerken"], preview.QuerySelectorAll("#import-good tbody td:last-child").Select(c => c.TextContent).Distinct());
        Assert.Equal(4, preview.QuerySelectorAll("#import-good tbody tr").Length);
        using var confirmed = await source.ConfirmAsync(previewUrl);
        Assert.EndsWith("?klaar=4", confirmed.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var after = await app.ServicesOfAsync(world.Network);
        Assert.Equal(before.Select(s => s.Id), after.Select(s => s.Id));
        Assert.Equal(before.Select(Summary), after.Select(Summary));
        Assert.Equal(locationsBefore, await LocationsOfAsync(world.Network)); // no location added, the hidden street and exact point kept
        await app.WithDbAsync(async db =>
        {
            var playgroup = await db.Set<Service>().Include(s => s.Events).SingleAsync(s => s.Id == world.Playgroup.Id);
            Assert.Equal("Groupe de jeu", Assert.Single(playgroup.Translations).Name);
            Assert.Equal("Infoavond", Assert.Single(playgroup.Events).Title);
            Assert.Equal(1, await db.Set<SpecialDay>().CountAsync(d => d.LocationId == world.Open.Id));
        });
    }

    [Fact]
    public async Task A_record_with_the_id_of_an_own_service_replaces_its_fields_and_nested_rows()
    {
        var (world, source, _, _) = await TwoNetworksAsync();
        var services = JsonNode.Parse(await ExportAsync(source, world.Network, "aanbod-hsds.json"))!.AsArray();
        var playgroup = services.Single(s => (string?)s!["id"] == world.Playgroup.Id.ToString())!;
        playgroup["name"] = "Babyspeelgroep (nieuw uur)";
        playgroup["phones"] = new JsonArray();
        playgroup["schedules"] = JsonNode.Parse("""[{"freq":"WEEKLY","byday":"FR","opens_at":"14:00","closes_at":"16:00"}]""");
        playgroup["service_at_locations"]!.AsArray().RemoveAt(1);
        playgroup["service_at_locations"]![0]!["location"]!["name"] = "Huis van het Kind (verbouwd)";
        var file = new JsonArray(playgroup.DeepClone(), JsonNode.Parse(Service(world, name: "Helemaal nieuw")));

        var (previewUrl, preview) = await source.PreviewAsync(world.Network, Encoding.UTF8.GetBytes(file.ToJsonString()));
        Assert.Equal(["bijwerken", "nieuw"], preview.QuerySelectorAll("#import-good tbody td:last-child").Select(c => c.TextContent));
        Assert.Contains("1 nieuw, 1 bijgewerkt", preview.QuerySelector("#import-counts")!.TextContent, StringComparison.Ordinal);
        using var confirmed = await source.ConfirmAsync(previewUrl);
        Assert.EndsWith("?klaar=2", confirmed.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var after = await app.ServicesOfAsync(world.Network);
        var updated = after.Single(s => s.Id == world.Playgroup.Id);
        Assert.Equal("Babyspeelgroep (nieuw uur)", updated.Name);
        Assert.Empty(updated.Phones);
        Assert.Equal("[Friday]:14:00-16:00", string.Join(",", updated.Schedules.Select(x => $"[{string.Join("+", x.Days)}]:{x.OpensAt}-{x.ClosesAt}")));
        Assert.Equal("Huis van het Kind (verbouwd)", Assert.Single(updated.Locations).Location!.Name);
        Assert.Equal("Kids-ID", Assert.Single(updated.RequiredDocuments).Document);
        Assert.Contains(after, s => s.Name == "Helemaal nieuw");
        Assert.Equal(5, after.Count);
        var record = await source.GetPageAsync($"/netwerk/{world.Network.Slug}/aanbod/{world.Playgroup.Id}");
        Assert.Contains("Babyspeelgroep (nieuw uur)", record.QuerySelector(".audit-changes")!.TextContent, StringComparison.Ordinal); // the history shows the import's change
    }

    [Theory]
    [InlineData("aanbod-hsds.json")]
    [InlineData("aanbod-hsds.zip")]
    public async Task Another_networks_services_are_refused_with_the_reason_and_nothing_is_written(string file)
    {
        var (world, source, target, coordinator) = await TwoNetworksAsync();
        var before = await app.ServicesOfAsync(world.Network);

        var (_, preview) = await coordinator.PreviewAsync(target, await ExportAsync(source, world.Network, file), file);
        var problems = preview.Problems();
        Assert.Equal(4, problems.Count(p => p.Contains("id is van een dienst van een ander netwerk", StringComparison.Ordinal)));
        Assert.Equal("4", preview.QuerySelector("#records-bad")!.TextContent);
        Assert.Equal("0", preview.QuerySelector("#records-good")!.TextContent);
        Assert.Null(preview.QuerySelector("form[action$='/bevestigen']"));
        Assert.Empty(await app.ServicesOfAsync(target));
        Assert.Equal(before.Select(Summary), (await app.ServicesOfAsync(world.Network)).Select(Summary));
    }

    [Fact]
    public async Task A_new_service_at_another_networks_location_is_refused()
    {
        var (world, _, target, coordinator) = await TwoNetworksAsync();
        var file = "[" + Service(world, name: "Op een vreemde plek",
            extra: $$$""","service_at_locations":[{"location":{"id":"{{{world.Open.Id}}}","name":"Niet van ons"}}]""") + "]";

        var (_, preview) = await coordinator.PreviewAsync(target, Json(file));
        Assert.Contains(preview.Problems(), p => p.Contains("Op een vreemde plek", StringComparison.Ordinal) && p.Contains("Niet van ons", StringComparison.Ordinal)
            && p.Contains("ander netwerk", StringComparison.Ordinal));
        Assert.Equal("0", preview.QuerySelector("#records-good")!.TextContent);
    }

    [Fact]
    public async Task A_dry_run_reports_every_bad_record_with_its_reason_and_writes_nothing()
    {
        var (world, _, target, coordinator) = await TwoNetworksAsync();
        var duplicate = Guid.NewGuid().ToString();
        var file = "[" + string.Join(",",
            Service(world, name: "Goede dienst <script>alert(1)</script>"),
            Service(world, name: "Leeftijd als tekst", extra: ",\"minimum_age\":\"drie\""),
            Service(world, name: "Onbekende term", extra: ",\"attributes\":[{\"taxonomy_term_id\":\"" + Guid.NewGuid() + "\"}]"),
            Service(world, id: duplicate, name: "Dubbel een"),
            Service(world, id: duplicate, name: "Dubbel twee"),
            Service(world, id: "geen-uuid", name: "Rare id"),
            $$"""{"id":"{{Guid.NewGuid()}}","name":"Onbekende organisatie","organization_id":"{{Guid.NewGuid()}}"}""",
            $$$"""{"id":"{{{Guid.NewGuid()}}}","name":"Op naam","organization":{"name":"{{{world.Organisation.Name.ToUpperInvariant()}}}"}}""",
            $$"""{"id":"{{Guid.NewGuid()}}","name":"Gestopt?","status":"weg","organization_id":"{{world.Organisation.Id}}"}""",
            Service(world, name: "Slechte leeftijd", extra: ",\"minimum_age\":12,\"maximum_age\":3"),
            Service(world, name: "Slecht adres", extra: ",\"url\":\"javascript:alert(1)\",\"email\":\"geen mail\""),
            Service(world, name: "Term op code", extra: $$$""","attributes":[{"taxonomy_term":{"code":"{{{world.SubTerm.Code}}}"}}]"""),
            Service(world, id: world.Playgroup.Id.ToString(), name: "Van een ander netwerk"),
            "42",
            $$"""{"id":"{{Guid.NewGuid()}}","organization_id":"{{world.Organisation.Id}}"}""") + "]";

        var (previewUrl, preview) = await coordinator.PreviewAsync(target, Json(file));
        var problems = preview.Problems();
        Assert.Contains(problems, p => p.Contains("Leeftijd als tekst", StringComparison.Ordinal) && p.Contains("minimum_age", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Onbekende term", StringComparison.Ordinal) && p.Contains("Onbekende term", StringComparison.Ordinal));
        Assert.Equal(2, problems.Count(p => p.Contains("Dubbel", StringComparison.Ordinal) && p.Contains("meer dan eens", StringComparison.Ordinal)));
        Assert.Contains(problems, p => p.Contains("Rare id", StringComparison.Ordinal) && p.Contains("geen uuid", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Onbekende organisatie", StringComparison.Ordinal) && p.Contains("geen actieve partner", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Gestopt?", StringComparison.Ordinal) && p.Contains("Onbekende status weg", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Slechte leeftijd", StringComparison.Ordinal) && p.Contains("leeftijd", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Slecht adres", StringComparison.Ordinal) && p.Contains("webadres", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Slecht adres", StringComparison.Ordinal) && p.Contains("e-mailadres", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("14 |", StringComparison.Ordinal) && p.Contains("geen JSON-object", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("15 |", StringComparison.Ordinal) && p.Contains("naam ontbreekt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Van een ander netwerk", StringComparison.Ordinal) && p.Contains("ander netwerk op Verbind", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("Goede dienst", StringComparison.Ordinal) || p.Contains("Term op code", StringComparison.Ordinal)
            || p.Contains("Op naam", StringComparison.Ordinal));
        Assert.Contains("Gekoppeld aan partner", preview.QuerySelector("#import-notices")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", preview.QuerySelector("#records-good")!.TextContent);
        Assert.Null(preview.QuerySelector("#import-good script"));
        Assert.Empty(await app.ServicesOfAsync(target));

        using var confirmed = await coordinator.ConfirmAsync(previewUrl);
        Assert.EndsWith("?klaar=3", confirmed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var imported = await app.ServicesOfAsync(target);
        Assert.Equal(["Goede dienst <script>alert(1)</script>", "Op naam", "Term op code"], imported.Select(s => s.Name));
        Assert.Equal(world.SubTerm.Id, Assert.Single(imported.Single(s => s.Name == "Term op code").Terms).TermId);
        Assert.All(imported, s => Assert.Equal(world.Organisation.Id, s.OrganisationId));
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("not json at all")]
    [InlineData("\"just a string\"")]
    [InlineData("PK\u0003\u0004 broken zip")]
    public async Task A_broken_file_gives_a_report_not_an_error(string content)
    {
        var (_, _, target, coordinator) = await TwoNetworksAsync();
        var (_, preview) = await coordinator.PreviewAsync(target, Json(content));
        Assert.Single(preview.Problems());
        Assert.Equal("0", preview.QuerySelector("#records-good")!.TextContent);
        Assert.Null(preview.QuerySelector($"form[action$='/bevestigen']"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_without_a_preview()
    {
        var (_, _, target, coordinator) = await TwoNetworksAsync();
        using var response = await coordinator.UploadAsync(target, new byte[50 * 1024 * 1024]);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.EndsWith("?fout=TooLarge", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await coordinator.GetPageAsync(TestClient.LocalPath(response.Headers.Location!));
        Assert.Contains("20 MB", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Features.HsdsImport.StagedHsdsImport>().CountAsync(i => i.NetworkId == target.Id)));
    }

    [Fact]
    public async Task A_confirmation_is_all_or_nothing_when_something_changed_since_the_dry_run()
    {
        var (world, _, target, coordinator) = await TwoNetworksAsync();
        var file = "[" + Service(world, name: "Eerste") + "," + Service(world, name: "Tweede") + "]";
        var (previewUrl, _) = await coordinator.PreviewAsync(target, Json(file));
        await app.WithDbAsync(db => db.Set<Partners.Domain.Membership>().Where(m => m.NetworkId == target.Id).ExecuteDeleteAsync());

        using var confirmed = await coordinator.ConfirmAsync(previewUrl);
        Assert.EndsWith("?gewijzigd=1", confirmed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty(await app.ServicesOfAsync(target));
    }

    [Fact]
    public async Task Another_network_cannot_see_or_confirm_an_import()
    {
        var (world, _, target, coordinator) = await TwoNetworksAsync();
        var (previewUrl, preview) = await coordinator.PreviewAsync(target, Json("[" + Service(world, name: "Van het doelnetwerk") + "]"));
        var token = preview.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var id = previewUrl[(previewUrl.LastIndexOf('/') + 1)..];

        var other = await app.CreateNetworkAsync();
        using var outsider = await app.SignInAsync(await app.CreateUserAsync(other, NetworkRole.Coordinator));
        var theirs = await outsider.GetPageAsync($"/netwerk/{other.Slug}/aanbod/import/{id}");
        Assert.Null(theirs.QuerySelector("#records-good"));
        var ownPage = await outsider.GetPageAsync($"/netwerk/{other.Slug}/aanbod/import");
        var ownToken = ownPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await outsider.Http.PostAsync($"/netwerk/{other.Slug}/aanbod/import/{id}/bevestigen",
            new FormUrlEncodedContent([new("__RequestVerificationToken", ownToken)]), Cancel);
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        Assert.EndsWith("?fout=Expired", post.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var intoTarget = await outsider.Http.PostAsync($"/netwerk/{target.Slug}/aanbod/import/{id}/bevestigen",
            new FormUrlEncodedContent([new("__RequestVerificationToken", ownToken)]), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, intoTarget.StatusCode);
        _ = token;
        Assert.Empty(await app.ServicesOfAsync(target));
        Assert.Empty(await app.ServicesOfAsync(other));

        using var member = await app.SignInAsync(await app.CreateUserAsync(target, NetworkRole.PartnerMember));
        using var page = await member.Http.GetAsync($"/netwerk/{target.Slug}/aanbod/import", Cancel);
        Assert.Contains("/fout/403", page.Headers.Location?.OriginalString ?? page.StatusCode.ToString(), StringComparison.Ordinal);
        using var export = await member.Http.GetAsync($"/netwerk/{target.Slug}/aanbod/export/aanbod-hsds.json", Cancel);
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task The_data_package_has_a_descriptor_and_a_table_per_kind_of_record()
    {
        var (world, source, _, _) = await TwoNetworksAsync();
        using var export = await source.Http.GetAsync($"/netwerk/{world.Network.Slug}/aanbod/export/aanbod-hsds.zip", Cancel);
        using var zip = new ZipArchive(new MemoryStream(await export.Content.ReadAsByteArrayAsync(Cancel)));
        var descriptor = JsonNode.Parse(zip.GetEntry("datapackage.json")!.Open())!;
        Assert.Equal("tabular-data-package", (string?)descriptor["profile"]);
        foreach (var table in new[] { "services", "organizations", "locations", "service_at_location", "service_capacity", "units", "phones", "schedules", "attributes", "taxonomy_terms" })
        {
            Assert.NotNull(zip.GetEntry(table + ".csv"));
        }
        using var services = new StreamReader(zip.GetEntry("services.csv")!.Open());
        var lines = (await services.ReadToEndAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,organization_id,name", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
    }

    private Task<List<string>> LocationsOfAsync(Network network) => app.WithDbAsync(db => db.Set<Location>().AsNoTracking()
        .Where(l => l.NetworkId == network.Id).OrderBy(l => l.Id)
        .Select(l => $"{l.Id}:{l.Name}:{l.Street}:{l.Latitude}:{l.Longitude}:{l.IsRedacted}:{l.Phones.Count}").ToListAsync());

    private static string Summary(Service s) => string.Join(" | ",
        s.Name, s.Status, s.Description, s.Url, s.Email, s.MinimumAgeMonths, s.MaximumAgeMonths, s.LastVerifiedOn, s.OrganisationId,
        string.Join(",", s.Languages), string.Join(",", s.Terms.Select(t => t.TermId).Order()),
        string.Join(",", s.Phones.Select(p => p.Number)), string.Join(",", s.Contacts.Select(c => c.Email)),
        string.Join(",", s.CostOptions.Select(c => $"{c.Option}:{c.Amount:0.00}:{c.AmountDescription}")),
        string.Join(",", s.ServiceAreas.Select(a => a.Name + ":" + string.Join("+", a.Postcodes))),
        string.Join(",", s.RequiredDocuments.Select(d => d.Document)),
        string.Join(",", s.Capacities.Select(c => $"{c.Unit}:{c.Available:0}:{c.Maximum:0}")),
        string.Join(",", s.Schedules.Select(x => $"{string.Join("+", x.Days)}:{x.OpensAt}-{x.ClosesAt}")),
        string.Join(",", s.Locations.Select(l => l.Location!).OrderBy(l => l.Name).Select(l =>
            $"{l.Name}:{l.Postcode}:{l.Municipality}:{l.PublicPoint}:{string.Join("+", l.AccessibilityFeatures)}:{l.AccessibilityDescription}:{string.Join("+", l.Languages)}:{l.Schedules.Count}")));
}

public sealed class HsdsImportTestsOnSqlite(SqliteApp app) : HsdsImportTests(app);

public sealed class HsdsImportTestsOnPostgres(PostgresApp app) : HsdsImportTests(app);
