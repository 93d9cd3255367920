using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Search;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>
/// Arranges published services for the search tests. Each test places its services in a municipality
/// of its own ("Testdorp-…"), so it can ask the shared index about its own services only.
/// </summary>
internal static class SearchArrange
{
    private static readonly SemaphoreSlim TaxonomyLock = new(1, 1);

    public static string NewMunicipality() => "Testdorp-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The pillar, theme and target-group taxonomies with a few terms, made once per database.</summary>
    public static async Task EnsureTaxonomiesAsync(AppFactory app)
    {
        await TaxonomyLock.WaitAsync();
        try
        {
            // The shipped taxonomies exist already; the search tests add their own terms to them where missing.
            (string Taxonomy, TaxonomyTerm Term)[] wanted =
            [
                ("pijler", new() { Code = "ontmoeting", Name = "Spel en ontmoeting", Description = "", Names = new() { ["fr"] = "Jeu et rencontre" } }),
                ("pijler", new() { Code = "opvoeding", Name = "Opvoedingsondersteuning", Description = "" }),
                ("thema", new() { Code = "kraamtijd", Name = "Kraamtijd", Description = "", Synonyms = ["kraamweek"] }),
                ("doelgroep", new() { Code = "0-3", Name = "Kinderen van 0 tot 3 jaar", Description = "", MinimumAgeMonths = 0, MaximumAgeMonths = 36 }),
            ];
            await app.WithDbAsync(async db =>
            {
                foreach (var (taxonomyCode, term) in wanted)
                {
                    var taxonomy = await db.Set<Taxonomy>().Include(t => t.Terms).FirstOrDefaultAsync(t => t.Code == taxonomyCode);
                    if (taxonomy is null)
                    {
                        taxonomy = new Taxonomy { Code = taxonomyCode, Name = taxonomyCode, Description = taxonomyCode };
                        db.Set<Taxonomy>().Add(taxonomy);
                    }
                    if (taxonomy.Terms.All(t => t.Code != term.Code))
                    {
                        term.TaxonomyId = taxonomy.Id;
                        db.Set<TaxonomyTerm>().Add(term);
                    }
                    await db.SaveChangesAsync();
                }
            });
        }
        finally
        {
            TaxonomyLock.Release();
        }
    }

    public static async Task<Guid> CreateOrganisationAsync(AppFactory app, Network network, string name)
    {
        var organisation = new Organisation { Name = name };
        await app.WithDbAsync(async db =>
        {
            db.Set<Organisation>().Add(organisation);
            db.Set<Membership>().Add(new Membership { NetworkId = network.Id, OrganisationId = organisation.Id, StartDate = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync();
        });
        return organisation.Id;
    }

    /// <summary>An active service at one location in <paramref name="municipality"/>; <paramref name="build"/> adds the rest.</summary>
    public static async Task<Service> CreateServiceAsync(
        AppFactory app, Network network, Guid organisationId, string name, string municipality,
        Action<Service, Location>? build = null, double latitude = 50.8798, double longitude = 4.7005, params string[] termCodes)
    {
        var location = new Location
        {
            NetworkId = network.Id, OrganisationId = organisationId, Name = "Huis van het Kind " + municipality, Street = "Voorbeeldstraat 1",
            Postcode = "3000", Municipality = municipality, Latitude = latitude, Longitude = longitude,
        };
        var service = new Service
        {
            NetworkId = network.Id, OrganisationId = organisationId, Name = name, Description = "Een verzonnen dienst voor de tests.",
            CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime, UpdatedAt = TimeProvider.System.GetUtcNow().UtcDateTime, LastVerifiedOn = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
        };
        build?.Invoke(service, location);
        await app.WithDbAsync(async db =>
        {
            var terms = await db.Set<TaxonomyTerm>().Where(t => termCodes.Contains(t.Code)).ToListAsync();
            db.Set<Location>().Add(location);
            foreach (var schedule in location.Schedules.Concat(service.Schedules))
            {
                schedule.NetworkId = network.Id;
            }
            foreach (var day in location.SpecialDays)
            {
                day.NetworkId = network.Id;
            }
            foreach (var child in service.Contacts.Cast<object>().Concat(service.CostOptions).Concat(service.Phones).Concat(service.Events))
            {
                ((INetworkOwned)child).NetworkId = network.Id;
            }
            service.Locations.Add(new ServiceAtLocation { NetworkId = network.Id, ServiceId = service.Id, LocationId = location.Id });
            service.Terms.AddRange(terms.Select(t => new ServiceTerm { NetworkId = network.Id, ServiceId = service.Id, TermId = t.Id }));
            db.Set<Service>().Add(service);
            await db.SaveChangesAsync();
        });
        return service;
    }

    /// <summary>Searches as the public page does, through the registered engine.</summary>
    public static async Task<List<string>> SearchNamesAsync(AppFactory app, ServiceQuery query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<CardSearch>();
        var result = await search.SearchAsync(query, TestContext.Current.CancellationToken);
        return result.Cards.Select(c => c.Entry.Name).ToList();
    }

    /// <summary>Waits until the index (which follows the database every few seconds) shows what <paramref name="condition"/> expects.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(30);
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow().UtcDateTime > deadline)
            {
                Assert.Fail("Timed out waiting until " + what);
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    public static Task IndexedAsync(AppFactory app, string municipality, int count) =>
        EventuallyAsync(async () => (await SearchNamesAsync(app, new ServiceQuery { Municipality = municipality, PageSize = 100 })).Count == count, $"{count} services in {municipality} are indexed");
}
