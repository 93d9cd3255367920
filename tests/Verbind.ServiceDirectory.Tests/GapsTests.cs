using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>The gap analysis page: counts per cell, threshold, drill-down, weighing with population figures, XLSX.</summary>
public abstract class GapsTests(AppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed record GapsWorld(Network Network, Taxonomy Pillars, TaxonomyTerm A, TaxonomyTerm B, TaxonomyTerm Band03, TaxonomyTerm Band36, TaxonomyTerm Band612, Service Baby);

    private async Task<GapsWorld> ArrangeAsync()
    {
        var network = await app.CreateNetworkAsync();
        var other = await app.CreateNetworkAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var pillars = new Taxonomy { Code = "pijlers-" + suffix, Name = $"Pijlers {suffix}", Description = "Verzonnen pijlers." };
        var a = new TaxonomyTerm { TaxonomyId = pillars.Id, Code = "a-" + suffix, Name = "Pijler A", Description = "A" };
        var b = new TaxonomyTerm { TaxonomyId = pillars.Id, Code = "b-" + suffix, Name = "Pijler B", Description = "B" };
        pillars.Terms = [a, b];
        TaxonomyTerm band03 = null!, band36 = null!, band612 = null!;
        var organisation = new Organisation { Name = "Vzw Leemte " + suffix, CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        Service Make(Network n, string name, TaxonomyTerm pillar, int? min, int? max, string? postcode = null, string? areaPostcode = null, ServiceStatus status = ServiceStatus.Active)
        {
            var service = new Service { NetworkId = n.Id, OrganisationId = organisation.Id, Name = name + " " + suffix, MinimumAgeMonths = min, MaximumAgeMonths = max, Status = status };
            service.Terms.Add(new ServiceTerm { NetworkId = n.Id, TermId = pillar.Id });
            if (postcode is not null)
            {
                var location = new Location { NetworkId = n.Id, Name = "Plek " + postcode, Postcode = postcode };
                service.Locations.Add(new ServiceAtLocation { NetworkId = n.Id, LocationId = location.Id, Location = location });
            }
            if (areaPostcode is not null)
            {
                service.ServiceAreas.Add(new ServiceArea { NetworkId = n.Id, Name = "Gebied", Postcodes = [areaPostcode] });
            }
            return service;
        }
        Service baby = null!;
        await app.WithDbAsync(async db =>
        {
            var targetGroups = await db.Set<Taxonomy>().FirstOrDefaultAsync(t => t.Code == "doelgroep");
            if (targetGroups is null)
            {
                targetGroups = new Taxonomy { Code = "doelgroep", Name = "Doelgroepen", Description = "Voor wie." };
                db.Add(targetGroups);
            }
            band03 = new TaxonomyTerm { TaxonomyId = targetGroups.Id, Code = "0-3-" + suffix, Name = "0-3 " + suffix, Description = "0 tot 3", MinimumAgeMonths = 0, MaximumAgeMonths = 35 };
            band36 = new TaxonomyTerm { TaxonomyId = targetGroups.Id, Code = "3-6-" + suffix, Name = "3-6 " + suffix, Description = "3 tot 6", MinimumAgeMonths = 36, MaximumAgeMonths = 71 };
            band612 = new TaxonomyTerm { TaxonomyId = targetGroups.Id, Code = "6-12-" + suffix, Name = "6-12 " + suffix, Description = "6 tot 12", MinimumAgeMonths = 72, MaximumAgeMonths = 143 };
            db.AddRange(pillars, band03, band36, band612, organisation);
            db.AddRange(
                new AreaPostcode { NetworkId = network.Id, Municipality = "Leuven", Postcode = "3000" },
                new AreaPostcode { NetworkId = network.Id, Municipality = "Leuven", Postcode = "3001" },
                new AreaPostcode { NetworkId = network.Id, Municipality = "Herent", Postcode = "3020" },
                new AreaPostcode { NetworkId = other.Id, Municipality = "Leuven", Postcode = "3000" });
            await db.SaveChangesAsync();
            baby = Make(network, "Babymassage", a, 0, 36, postcode: "3000");
            db.AddRange(
                baby,
                Make(network, "Overal", a, null, null, areaPostcode: "3020"),
                Make(network, "Huiswerkklas", b, 72, 143, postcode: "3001"),
                Make(network, "Gestopt", a, 0, 36, postcode: "3000", status: ServiceStatus.Defunct),
                Make(other, "Elders", a, 0, 36, postcode: "3000"));
            await db.SaveChangesAsync();
        });
        return new GapsWorld(network, pillars, a, b, band03, band36, band612, baby);
    }

    /// <summary>The cell of a row and band (by the band's column header: other tests add bands with the same ages).</summary>
    private static IElement CellOf(IDocument page, string area, string row, TaxonomyTerm band)
    {
        var table = page.QuerySelector($"#gaps-table-{area}")!;
        var column = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList().IndexOf(band.Name);
        Assert.True(column > 0, $"no column {band.Name}");
        var line = table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == row);
        return line.Children[column];
    }

    private static int Count(IDocument page, string area, string row, TaxonomyTerm band) =>
        int.Parse(CellOf(page, area, row, band).GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsGap(IDocument page, string area, string row, TaxonomyTerm band) =>
        CellOf(page, area, row, band).ClassList.Contains("gaps-cell--gap");

    [Fact]
    public async Task Cells_count_the_active_services_of_the_network_per_place_and_age_band()
    {
        var world = await ArrangeAsync();
        using var viewer = await app.SignInAsync(await app.CreateUserAsync(world.Network, NetworkRole.Viewer));
        var page = await viewer.GetPageAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes?rijen={world.Pillars.Id}");

        Assert.Equal(1, Count(page, "leuven", "Pijler A", world.Band03));
        Assert.Equal(1, Count(page, "leuven", "Pijler A", world.Band36)); // 0–36 months reaches the 3-6 band
        Assert.Equal(0, Count(page, "leuven", "Pijler A", world.Band612));
        Assert.Equal(1, Count(page, "leuven", "Pijler B", world.Band612));
        Assert.Equal(1, Count(page, "herent", "Pijler A", world.Band612)); // by its service area, at every age
        Assert.Equal(0, Count(page, "herent", "Pijler B", world.Band03));
        Assert.True(IsGap(page, "leuven", "Pijler A", world.Band612));
        Assert.False(IsGap(page, "leuven", "Pijler A", world.Band03));

        var svg = page.QuerySelector("svg[role=img]")!;
        Assert.Contains("leemte", svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent.Contains("leemte", StringComparison.Ordinal));

        var stricter = await viewer.GetPageAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes?rijen={world.Pillars.Id}&drempel=2");
        Assert.True(IsGap(stricter, "leuven", "Pijler A", world.Band03));
        Assert.Equal("2", stricter.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#gaps-threshold")!.Value);

        var drill = await viewer.GetPageAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes?rijen={world.Pillars.Id}&cel={world.A.Id}%7C{world.Band03.Code}%7CLeuven");
        Assert.Equal([world.Baby.Name], drill.QuerySelectorAll("#gaps-drill li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Hostile_choices_give_the_page_not_an_error()
    {
        var world = await ArrangeAsync();
        using var viewer = await app.SignInAsync(await app.CreateUserAsync(world.Network, NetworkRole.Viewer));
        foreach (var query in new[] { "rijen=x&drempel=-1&jaar=abc", "drempel=99999999999", "cel=%3Cscript%3E|x|y", "cel=" + new string('a', 5000) })
        {
            var page = await viewer.GetPageAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes?{query}");
            Assert.NotNull(page.QuerySelector("h1"));
            Assert.Null(page.QuerySelector("#gaps-drill script"));
        }
        using var outsider = await app.SignInAsync(await app.CreateUserAsync(await app.CreateNetworkAsync(), NetworkRole.Coordinator));
        using var response = await outsider.Http.GetAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<IDocument> UploadFiguresAsync(TestClient client, Network network, string csv)
    {
        var url = $"/netwerk/{network.Slug}/aanbod/leemtes";
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector("form[enctype='multipart/form-data']")!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            body.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "bestand", "bevolking.csv");
        using var response = await client.Http.PostAsync(url, body, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestClient.ParseAsync(response);
    }

    [Fact]
    public async Task Population_figures_weigh_the_cells_and_a_bad_file_changes_nothing()
    {
        var world = await ArrangeAsync();
        using var coordinator = await app.SignInAsync(await app.CreateUserAsync(world.Network, NetworkRole.Coordinator));
        var saved = await UploadFiguresAsync(coordinator, world.Network,
            $"gemeente;leeftijdsgroep;jaar;aantal\nLeuven;{world.Band03.Code};2025;2000\nHerent;{world.Band03.Code};2025;500\nLeuven;geboorten;2025;900\n");
        Assert.Null(saved.QuerySelector("#population-problems"));
        Assert.Contains("3", saved.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var weighed = await coordinator.GetPageAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes?rijen={world.Pillars.Id}&jaar=2025");
        var cell = CellOf(weighed, "leuven", "Pijler A", world.Band03);
        Assert.Contains("0,5 per 1.000", cell.TextContent, StringComparison.Ordinal);

        var refused = await UploadFiguresAsync(coordinator, world.Network,
            $"gemeente;leeftijdsgroep;jaar;aantal\nLeuven;{world.Band03.Code};2025;10\nAtlantis;{world.Band03.Code};2025;10\nLeuven;nieuwe groep;2025;veel\nLeuven;{world.Band03.Code};2025\n");
        var problems = refused.QuerySelectorAll("#population-problems li").Select(li => li.TextContent).ToList();
        Assert.Contains(problems, p => p.Contains("Regel 3", StringComparison.Ordinal) && p.Contains("Atlantis", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Regel 4", StringComparison.Ordinal) && p.Contains("veel", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Regel 5", StringComparison.Ordinal) && p.Contains("vier kolommen", StringComparison.Ordinal));
        Assert.Equal(2000, await app.WithDbAsync(db => db.Set<PopulationFigure>().Where(f => f.NetworkId == world.Network.Id && f.Municipality == "Leuven" && f.AgeBand == world.Band03.Code).Select(f => f.Count).SingleAsync()));

        await UploadFiguresAsync(coordinator, world.Network, $"gemeente;leeftijdsgroep;jaar;aantal\nHerent;{world.Band36.Code};2025;300\n");
        var left = await app.WithDbAsync(db => db.Set<PopulationFigure>().Where(f => f.NetworkId == world.Network.Id).Select(f => f.Municipality + ":" + f.AgeBand).ToListAsync());
        Assert.Equal([$"Herent:{world.Band36.Code}"], left); // the year was replaced whole

        using var viewer = await app.SignInAsync(await app.CreateUserAsync(world.Network, NetworkRole.Viewer));
        var viewerPage = await viewer.GetPageAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes");
        Assert.Null(viewerPage.QuerySelector("form[enctype='multipart/form-data']"));
    }

    [Fact]
    public async Task The_matrix_downloads_as_xlsx_with_the_same_numbers()
    {
        var world = await ArrangeAsync();
        using var viewer = await app.SignInAsync(await app.CreateUserAsync(world.Network, NetworkRole.Viewer));
        using var response = await viewer.Http.GetAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes/leemtes.xlsx?rijen={world.Pillars.Id}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var cell = rows.Single(r => (string)r["Gemeente"] == "Leuven" && (string)r[world.Pillars.Name] == "Pijler B" && (string)r["Leeftijdsgroep"] == world.Band612.Name);
        Assert.Equal(1d, Convert.ToDouble(cell["Diensten"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("nee", cell["Leemte"]);
        Assert.Equal(2 * 2 * 3, rows.Count(r => ((string)r["Leeftijdsgroep"]).EndsWith(world.Band03.Name[4..], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_cell_links_to_the_services_it_counts_and_the_xlsx_has_the_numbers_of_the_table()
    {
        var world = await ArrangeAsync();
        using var coordinator = await app.SignInAsync(await app.CreateUserAsync(world.Network, NetworkRole.Coordinator));
        await UploadFiguresAsync(coordinator, world.Network, $"gemeente;leeftijdsgroep;jaar;aantal\nLeuven;{world.Band03.Code};2025;2000\nHerent;{world.Band36.Code};2025;300\n");
        var query = $"rijen={world.Pillars.Id}&jaar=2025&drempel=1";
        var page = await coordinator.GetPageAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes?{query}");
        using var response = await coordinator.Http.GetAsync($"/netwerk/{world.Network.Slug}/aanbod/leemtes/leemtes.xlsx?{query}", Cancel);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        var sheet = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()
            .ToDictionary(r => $"{r["Gemeente"]}|{r[world.Pillars.Name]}|{r["Leeftijdsgroep"]}");

        var tables = page.QuerySelectorAll("table.gaps-table");
        Assert.Equal(2, tables.Length);
        var ownBands = new[] { world.Band03.Name, world.Band36.Name, world.Band612.Name };
        var followed = 0;
        foreach (var table in tables)
        {
            var area = table.QuerySelector("caption")!.TextContent.Contains("Herent", StringComparison.Ordinal) ? "Herent" : "Leuven";
            var bands = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
            foreach (var line in table.QuerySelectorAll("tbody tr"))
            {
                var row = line.QuerySelector("th")!.TextContent.Trim();
                foreach (var (cell, band) in line.QuerySelectorAll("td").Zip(bands))
                {
                    var count = int.Parse(cell.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);
                    var xlsx = sheet[$"{area}|{row}|{band}"];
                    Assert.Equal(count, Convert.ToInt32(xlsx["Diensten"], System.Globalization.CultureInfo.InvariantCulture));
                    Assert.Equal(cell.ClassList.Contains("gaps-cell--gap") ? "ja" : "nee", xlsx["Leemte"]);
                    var perThousand = xlsx["Diensten per 1.000"] is { } weighed ? Convert.ToDouble(weighed, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;
                    Assert.Equal(perThousand is null, cell.QuerySelector(".gaps-weight") is null);
                    if (perThousand is { } value)
                    {
                        Assert.Contains(value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("nl-BE")), cell.QuerySelector(".gaps-weight")!.TextContent, StringComparison.Ordinal);
                    }
                    if (!ownBands.Contains(band))
                    {
                        continue;
                    }
                    var drill = await coordinator.GetPageAsync(cell.QuerySelector("a")!.GetAttribute("href")!);
                    Assert.Equal(count, drill.QuerySelectorAll("#gaps-drill li").Length);
                    Assert.Contains(area, drill.QuerySelector("#gaps-drill-title")!.TextContent, StringComparison.Ordinal);
                    Assert.EndsWith($"#gaps-table-{area.ToLowerInvariant()}", drill.QuerySelector("#gaps-drill-back")!.GetAttribute("href"), StringComparison.Ordinal);
                    followed++;
                }
            }
        }
        Assert.Equal(2 * 2 * 3, followed);
        Assert.Equal(sheet.Count, tables.Sum(t => t.QuerySelectorAll("tbody td").Length));
    }
}

public sealed class GapsTestsOnSqlite(SqliteApp app) : GapsTests(app);

public sealed class GapsTestsOnPostgres(PostgresApp app) : GapsTests(app);
