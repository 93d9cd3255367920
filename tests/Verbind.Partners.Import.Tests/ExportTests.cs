using System.Net;
using System.Text;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Import;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Import.Tests;

/// <summary>Every member of a network downloads its organisations and people, and nothing of other networks.</summary>
public abstract class ExportTests(AppFactory app)
{
    [Fact]
    public async Task A_viewer_downloads_organisations_as_excel_friendly_csv_with_formulas_defused()
    {
        var network = await app.CreateNetworkAsync();
        var other = await app.CreateNetworkAsync();
        await app.AddOrganisationAsync(network, "=HYPERLINK(\"http://kwaad.example\")", "3999", change: o => o.Phone = "+32 16 00 00 00");
        await app.AddOrganisationAsync(network, "Crèche Één; De Eerste", "3999", change: o => o.Kind = OrganisationKind.Childcare);
        await app.AddOrganisationAsync(other, "Organisatie van een ander netwerk", "1000");
        using var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));

        using var response = await viewer.Http.GetAsync($"/netwerk/{network.Slug}/export/organisaties.csv", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.DispositionType, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(';', ImportColumns.All.Select(ImportColumns.Header)), lines[0]);
        Assert.Equal(3, lines.Length);
        var formula = Assert.Single(lines, l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.StartsWith("\"'=HYPERLINK(", formula, StringComparison.Ordinal);
        Assert.Contains("'+32 16 00 00 00", formula, StringComparison.Ordinal);
        Assert.Contains(";partner;2024-01-01;", formula, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("\"Crèche Één; De Eerste\";kinderopvang;", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("ander netwerk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task People_come_with_their_organisation_in_both_formats()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var csv = Files.Utf8("organisatie;postcode;rol;persoon;functie;expertise",
            "CGG Voorbeeld;3999;kernpartner;Eva Peeters;psycholoog;\"perinatale rouw, angst\"",
            "CGG Voorbeeld;3999;;Noor Willems;onthaal;");
        await coordinator.ConfirmDoneAsync(await coordinator.UploadForPreviewAsync(network, csv));
        using var partner = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.PartnerMember));

        using var csvResponse = await partner.Http.GetAsync($"/netwerk/{network.Slug}/export/personen.csv", TestContext.Current.CancellationToken);
        var people = Files.Parse(await csvResponse.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Empty(people.Problems);
        var organisation = Assert.Single(people.Organisations);
        Assert.Equal(("CGG Voorbeeld", MembershipRole.CorePartner), (organisation.Name, organisation.Role));
        Assert.Equal(["Eva Peeters", "Noor Willems"], organisation.People.Select(p => p.FullName));
        Assert.Equal(["perinatale rouw", "angst"], organisation.People[0].Expertise);

        using var xlsxResponse = await partner.Http.GetAsync($"/netwerk/{network.Slug}/export/personen.xlsx", TestContext.Current.CancellationToken);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxResponse.Content.Headers.ContentType!.MediaType);
        var fromXlsx = Files.Parse(await xlsxResponse.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Eva Peeters", "Noor Willems"], Assert.Single(fromXlsx.Organisations).People.Select(p => p.FullName));
    }

    [Fact]
    public async Task Only_members_of_the_network_can_export()
    {
        var network = await app.CreateNetworkAsync();
        await app.AddOrganisationAsync(network, "Geheime Organisatie", "3999");
        using var anonymous = app.NewClient();
        using var outsider = await app.SignInAsync(await app.CreateUserAsync(await app.CreateNetworkAsync(), NetworkRole.Coordinator));
        foreach (var file in new[] { "organisaties.csv", "organisaties.xlsx", "personen.csv", "personen.xlsx" })
        {
            using var notSignedIn = await anonymous.Http.GetAsync($"/netwerk/{network.Slug}/export/{file}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, notSignedIn.StatusCode);
            Assert.Contains("/account/login", notSignedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

            using var notMember = await outsider.Http.GetAsync($"/netwerk/{network.Slug}/export/{file}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, notMember.StatusCode);
            Assert.DoesNotContain("Geheime", await notMember.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_export_page_links_the_four_downloads_for_a_viewer()
    {
        var network = await app.CreateNetworkAsync();
        using var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));
        var page = await viewer.GetPageAsync($"/netwerk/{network.Slug}/export");
        var links = page.QuerySelectorAll("main a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["organisaties.csv", "organisaties.xlsx", "personen.csv", "personen.xlsx"],
            links.Select(l => l![(l!.LastIndexOf('/') + 1)..]));
        Assert.NotNull(page.QuerySelector($"nav a[href='/netwerk/{network.Slug}/export']"));
    }
}

public sealed class ExportTestsOnSqlite(SqliteApp app) : ExportTests(app);

public sealed class ExportTestsOnPostgres(PostgresApp app) : ExportTests(app);
