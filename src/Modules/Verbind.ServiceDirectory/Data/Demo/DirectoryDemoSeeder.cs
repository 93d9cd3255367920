using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.Owners;
using Verbind.ServiceDirectory.Features.Taxonomies;

namespace Verbind.ServiceDirectory.Data.Demo;

/// <summary>
/// Fictional services for the demo networks, after the Partners seeders (their organisations are found by
/// name through <see cref="IPartnerDirectory"/>): Zonnedal's offering over the five pillars with a few stale
/// records, weekly hours, a holiday, events and one redacted shelter; Lindeveen's first-1000-days offering;
/// Lichtpunt's perinatal-loss offering. Locations sit at real postcodes for their coordinates.
/// </summary>
internal sealed class DirectoryDemoSeeder(IServiceScopeFactory scopes, Gazetteer gazetteer, TimeProvider clock) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // The hosted sync runs after the demo data on a first start; the services need the terms now.
        await TaxonomySync.EnsureAsync(db, cancellationToken);
        var networks = await db.Networks.AsNoTracking().ToDictionaryAsync(n => n.Slug, n => n.Id, cancellationToken);
        await SeedNetworkAsync(networks, "hvhk-zonnedal", ZonnedalServices.Locations, ZonnedalServices.Services, true, cancellationToken);
        await SeedNetworkAsync(networks, "kansrijke-start-lindeveen", OtherNetworksServices.LindeveenLocations, OtherNetworksServices.Lindeveen, false, cancellationToken);
        await SeedNetworkAsync(networks, "sterrenkinderen-lichtpunt", OtherNetworksServices.LichtpuntLocations, OtherNetworksServices.Lichtpunt, false, cancellationToken);
    }

    private async Task SeedNetworkAsync(
        Dictionary<string, Guid> networks, string slug, DemoLocation[] locations, DemoService[] services, bool withExtras, CancellationToken cancellationToken)
    {
        if (!networks.TryGetValue(slug, out var networkId))
        {
            return;
        }
        await using var scope = await NetworkJobScope.EnterAsync(scopes, networkId, cancellationToken);
        if (scope is not { } entered)
        {
            return;
        }
        var db = entered.ServiceProvider.GetRequiredService<AppDbContext>();
        var partners = await entered.ServiceProvider.GetRequiredService<IPartnerDirectory>().ActivePartnersAsync(cancellationToken);
        if (partners.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var places = locations.ToDictionary(l => l.Key, l => MakeLocation(l, networkId, now, today));
        db.AddRange(places.Values);
        var number = 0;
        foreach (var demo in services)
        {
            number++;
            var organisation = partners.FirstOrDefault(p => p.Name == demo.Organisation) ?? partners[number % partners.Count];
            var service = new Service
            {
                NetworkId = networkId,
                OrganisationId = organisation.Id,
                Name = demo.Name,
                Description = demo.Description,
                MinimumAgeMonths = demo.MinimumAgeMonths,
                MaximumAgeMonths = demo.MaximumAgeMonths,
                Languages = [.. demo.Languages ?? ["nl"]],
                Email = organisation.Email,
                Url = organisation.Website,
                CreatedAt = now,
                UpdatedAt = now,
                // Stale records were last checked eight months ago; the others spread over the last five months.
                LastVerifiedOn = demo.Stale ? today.AddMonths(-8) : today.AddDays(-(number * 4 % 150)),
            };
            if (demo.Cost is { } cost)
            {
                service.CostOptions.Add(new CostOption { NetworkId = networkId, Option = "Per keer", Amount = cost });
            }
            if ((demo.Phone ?? organisation.Phone) is { } phone)
            {
                service.Phones.Add(new ServicePhone { NetworkId = networkId, Number = phone });
            }
            foreach (var term in demo.Terms)
            {
                var parts = term.Split('/');
                service.Terms.Add(new ServiceTerm { NetworkId = networkId, TermId = ShippedTaxonomies.IdOf(parts[0], parts[1]) });
            }
            if (places.TryGetValue(demo.Location, out var place))
            {
                service.Locations.Add(new ServiceAtLocation { NetworkId = networkId, LocationId = place.Id });
            }
            if (withExtras && number % 5 == 0)
            {
                var start = LocalNoon(today.AddDays(7 + number));
                service.Events.Add(new ServiceEvent { NetworkId = networkId, Title = $"Kennismaking: {demo.Name}", StartsAt = start, EndsAt = start.AddHours(2), LocationId = place?.Id });
            }
            db.Add(service);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private Location MakeLocation(DemoLocation demo, Guid networkId, DateTime now, DateOnly today)
    {
        var place = gazetteer.ByPostcode(demo.Postcode, demo.CountryCode) is { Count: > 0 } found ? found[0] : null;
        var location = new Location
        {
            NetworkId = networkId,
            Name = demo.Name,
            Street = demo.Street,
            Postcode = demo.Postcode,
            Municipality = place?.Name,
            CountryCode = demo.CountryCode,
            Latitude = place?.Point.Latitude,
            Longitude = place?.Point.Longitude,
            IsRedacted = demo.Redacted,
            AccessibilityFeatures = demo.Redacted ? [] : [AccessibilityFeature.StepFreeEntrance, AccessibilityFeature.PramSpace, AccessibilityFeature.BabyChangingTable],
            CreatedAt = now,
            UpdatedAt = now,
            LastVerifiedOn = today,
        };
        location.Schedules.Add(new Schedule { NetworkId = networkId, Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday], OpensAt = new(9, 0), ClosesAt = new(12, 0) });
        location.Schedules.Add(new Schedule { NetworkId = networkId, Days = [DayOfWeek.Wednesday], OpensAt = new(13, 30), ClosesAt = new(17, 0) });
        var christmas = new DateOnly(today.Month == 12 && today.Day > 25 ? today.Year + 1 : today.Year, 12, 25);
        location.SpecialDays.Add(new SpecialDay { NetworkId = networkId, Date = christmas, Closed = true, Reason = "Kerstmis" });
        return location;
    }

    private static DateTime LocalNoon(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(10, 0)), Verbind.Platform.Ui.LocalTime.Zone);
}
