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

    [Theory]
    [InlineData("aanbod-hsds.json")]
    [InlineData("aanbod-hsds.zip")]
    public async Task An_export_imported_into_another_network_gives_the_same_services(string file)
    {
        var (world, source, target, coordinator) = await TwoNetworksAsync();
        using var export = await source.Http.GetAsync($"/netwerk/{world.Network.Slug}/aanbod/export/{file}", Cancel);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var content = await export.Content.ReadAsByteArrayAsync(Cancel);

        var (previewUrl, preview) = await coordinator.PreviewAsync(target, content, file);
        Assert.Empty(preview.Problems());
        Assert.Equal("4", preview.QuerySelector("#records-good")!.TextContent);
        Assert.Empty(await app.ServicesOfAsync(target)); // nothing written by the dry run
        using var confirmed = await coordinator.ConfirmAsync(previewUrl);
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
        Assert.EndsWith("?klaar=4", confirmed.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var before = await app.ServicesOfAsync(world.Network);
        var after = await app.ServicesOfAsync(target);
        Assert.Equal(before.Select(Summary), after.Select(Summary));
        Assert.All(after, s => Assert.DoesNotContain(before, b => b.Id == s.Id)); // ids are the source network's: new ones here
        var playgroup = after.Single(s => s.Name == world.Playgroup.Name);
        Assert.Equal(2, playgroup.Locations.Count);
        Assert.Contains(playgroup.Locations, l => l.Location!.Street == "Kerkplein 7");
        Assert.DoesNotContain(playgroup.Locations, l => l.Location!.Street == "Geheimstraat 99"); // a hidden street does not leave its network
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
            Service(world, id: world.Playgroup.Id.ToString(), name: "Bestaat elders al"),
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
        Assert.DoesNotContain(problems, p => p.Contains("Goede dienst", StringComparison.Ordinal) || p.Contains("Term op code", StringComparison.Ordinal)
            || p.Contains("Bestaat elders al", StringComparison.Ordinal) || p.Contains("Op naam", StringComparison.Ordinal));
        Assert.Contains("Gekoppeld aan partner", preview.QuerySelector("#import-notices")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("4", preview.QuerySelector("#records-good")!.TextContent);
        Assert.Null(preview.QuerySelector("#import-good script"));
        Assert.Empty(await app.ServicesOfAsync(target));

        using var confirmed = await coordinator.ConfirmAsync(previewUrl);
        Assert.EndsWith("?klaar=4", confirmed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var imported = await app.ServicesOfAsync(target);
        Assert.Equal(["Bestaat elders al", "Goede dienst <script>alert(1)</script>", "Op naam", "Term op code"], imported.Select(s => s.Name));
        Assert.Equal(world.SubTerm.Id, Assert.Single(imported.Single(s => s.Name == "Term op code").Terms).TermId);
        Assert.All(imported, s => Assert.Equal(world.Organisation.Id, s.OrganisationId));
        Assert.NotEqual(world.Playgroup.Id, imported.Single(s => s.Name == "Bestaat elders al").Id);
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
