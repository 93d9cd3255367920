using System.Diagnostics;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

/// <summary>
/// Times the overview and who-does-what with 5,000 organisations and 20,000 people (ten requests each,
/// one at a time). Explicit: run it by hand with --filter-class "*PerfProbeOnSqlite"; results go to
/// verbind-partners-probe.txt in the temp folder. Not a load test: bench/ measures p95 under load.
/// </summary>
public abstract class PerfProbe(AppFactory app)
{
    private static readonly string ResultsFile = Path.Combine(Path.GetTempPath(), "verbind-partners-probe.txt");

    [Fact(Explicit = true)]
    public async Task Overview_and_who_does_what_with_5000_organisations_and_20000_people()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        string[] tags = ["borstvoeding", "slaap", "perinatale rouw", "kansarmoede", "opvoeding", "vaccinatie", "schulden", "tienerouders"];
        var kinds = Enum.GetValues<OrganisationKind>();
        var sectors = Enum.GetValues<Sector>();
        var places = new List<Place>();
        for (var i = 0; i < 3; i++) places.Add(await app.PlaceAsync(network, $"Plaats {i}"));
        var watch = Stopwatch.StartNew();
        for (var batch = 0; batch < 10; batch++)
        {
            await app.WithDbAsync(async db =>
            {
                for (var i = 0; i < 500; i++)
                {
                    var n = batch * 500 + i;
                    var o = new Organisation { Name = $"Organisatie {n:D5} {tags[n % 8]}", Kind = kinds[n % kinds.Length], Sector = sectors[n % sectors.Length], Address = new Address { Municipality = $"Gemeente {n % 50}", Postcode = "3000" } };
                    db.Organisations.Add(o);
                    db.Memberships.Add(new Membership { NetworkId = network.Id, Organisation = o, Role = (MembershipRole)(n % 4), StartDate = new DateOnly(2024, 1, 1) });
                    for (var p = 0; p < 4; p++)
                    {
                        db.People.Add(new Person { NetworkId = network.Id, Organisation = o, FullName = $"Persoon {n}-{p} Janssens", Function = "Medewerker", Expertise = [tags[(n + p) % 8], tags[(n + 3 * p) % 8]], Email = $"p{n}.{p}@x.example", PlaceId = (n + p) % 10 == 0 ? places[p % 3].Id : null });
                    }
                }
                await db.SaveChangesAsync();
            });
        }
        File.AppendAllText("ResultsFile", $"{app.Provider} seeded in {watch.ElapsedMilliseconds} ms" + "\n");
        string[] urls =
        [
            $"/netwerk/{network.Slug}", $"/netwerk/{network.Slug}/wie-doet-wat", $"/netwerk/{network.Slug}/wie-doet-wat?expertise=borstvoeding",
            $"/netwerk/{network.Slug}/wie-doet-wat?q=janssens+123", $"/netwerk/{network.Slug}/wie-doet-wat?sector=Medical&kind=Hospital",
            $"/netwerk/{network.Slug}/wie-doet-wat?place={places[0].Id}", $"/netwerk/{network.Slug}/organisaties?q=slaap&page=3",
            $"/api/netwerken/{network.Slug}/wie-doet-wat?expertise=slaap&page=40",
        ];
        foreach (var url in urls)
        {
            using (await viewer.GetAsync(url)) { }
            var times = new List<long>();
            for (var r = 0; r < 10; r++)
            {
                var sw = Stopwatch.StartNew();
                using var response = await viewer.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode, url);
                times.Add(sw.ElapsedMilliseconds);
            }
            times.Sort();
            File.AppendAllText("ResultsFile", $"{app.Provider} {url.Replace(network.Slug, "N", StringComparison.Ordinal)}: median {times[5]} ms, max {times[9]} ms" + "\n");
        }
    }
}

public sealed class PerfProbeOnSqlite(SqliteApp app) : PerfProbe(app);

public sealed class PerfProbeOnPostgres(PostgresApp app) : PerfProbe(app);
