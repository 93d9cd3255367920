using Microsoft.EntityFrameworkCore;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>The Directory's demo data as "dotnet run" writes it.</summary>
public sealed class EditingDemoDataTests(EditingDemoApp app) : IClassFixture<EditingDemoApp>
{
    [Fact]
    public async Task Zonnedal_has_about_forty_services_over_the_five_pillars_some_stale_and_one_redacted_shelter()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        var (services, locations) = await app.WithDbAsync(async db =>
        {
            var zonnedal = await db.Networks.SingleAsync(n => n.Slug == "hvhk-zonnedal");
            var services = await db.Set<Service>().AsNoTracking().Where(s => s.NetworkId == zonnedal.Id)
                .Include(s => s.Terms).ThenInclude(t => t.Term).Include(s => s.Locations).Include(s => s.Events).AsSplitQuery().ToListAsync();
            var locations = await db.Set<Location>().AsNoTracking().Where(l => l.NetworkId == zonnedal.Id)
                .Include(l => l.Schedules).Include(l => l.SpecialDays).AsSplitQuery().ToListAsync();
            return (services, locations);
        });

        Assert.InRange(services.Count, 35, 50);
        var pillars = services.SelectMany(s => s.Terms).Select(t => t.Term!.Code).Where(c => c is "onthaal-informatie" or "consultatie" or "spelen-ontmoeten" or "opvoedingsondersteuning" or "groepsaanbod").Distinct();
        Assert.Equal(5, pillars.Count());
        Assert.InRange(services.Count(s => s.IsStale(today)), 3, 15);
        Assert.All(services, s => Assert.True(new AgeRange(s.MinimumAgeMonths, s.MaximumAgeMonths).IsValid, s.Name));
        Assert.All(services, s => Assert.Single(s.Locations));
        Assert.Contains(services, s => s.Events.Count > 0);
        var shelter = Assert.Single(locations, l => l.IsRedacted);
        Assert.NotNull(shelter.Latitude);
        Assert.All(locations, l => Assert.NotEmpty(l.Schedules));
        Assert.All(locations, l => Assert.Single(l.SpecialDays));
    }

    [Fact]
    public async Task The_other_demo_networks_have_their_own_few_services()
    {
        var counts = await app.WithDbAsync(db => db.Set<Service>().GroupBy(s => s.NetworkId).Select(g => g.Count()).ToListAsync());

        Assert.Equal(3, counts.Count);
        var perinatalLoss = await app.WithDbAsync(db => db.Set<ServiceTerm>().CountAsync(t => t.Term!.Code == "perinataal-verlies"));
        Assert.True(perinatalLoss >= 5);
    }
}

public sealed class EditingDemoApp : AppFactory
{
    public override Platform.Data.DatabaseProvider Provider => Platform.Data.DatabaseProvider.Sqlite;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };
}
