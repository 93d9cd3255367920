using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// Reads services from the database into <see cref="SearchEntry"/> records, a batch at a time, with a
/// handful of set-based queries (no query per service). The caller's scope must see every network.
/// </summary>
internal sealed class SearchEntryLoader(AppDbContext db, IPartnerDirectory partners)
{
    public const int BatchSize = 2000;

    public Task<List<TaxonomyTerm>> TermsAsync(CancellationToken cancellationToken) =>
        db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).ToListAsync(cancellationToken);

    /// <summary>The entries of those services that are active; the others are simply absent.</summary>
    public async Task<List<SearchEntry>> LoadAsync(IReadOnlyCollection<Guid> ids, IReadOnlyDictionary<Guid, TaxonomyTerm> terms, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var services = await ServiceRows(db.Services.Where(s => list.Contains(s.Id))).ToListAsync(cancellationToken);
        if (services.Count == 0)
        {
            return [];
        }
        var locations = await LocationRows(db.ServiceAtLocations.Where(l => list.Contains(l.ServiceId))).ToListAsync(cancellationToken);
        var locationIds = locations.Select(l => l.LocationId).Distinct().ToList();
        return await EntriesAsync(services, new Children(
            await TermRows(db.ServiceTerms.Where(t => list.Contains(t.ServiceId))).ToListAsync(cancellationToken),
            locations,
            await ScheduleRows(db.Schedules.Where(s => (s.ServiceId != null && list.Contains(s.ServiceId.Value))
                || (s.LocationId != null && locationIds.Contains(s.LocationId.Value)))).ToListAsync(cancellationToken),
            await PayingRows(db.CostOptions.Where(c => list.Contains(c.ServiceId))).ToListAsync(cancellationToken),
            await db.SpecialDays.AsNoTracking().Where(d => locationIds.Contains(d.LocationId)).ToListAsync(cancellationToken)), terms, cancellationToken);
    }

    /// <summary>
    /// The entries of every active service, for a full build: each table read once as a whole (five queries
    /// in all), which at 100,000 services is many times faster than batches of ids.
    /// </summary>
    public async Task<List<SearchEntry>> LoadAllAsync(IReadOnlyDictionary<Guid, TaxonomyTerm> terms, CancellationToken cancellationToken)
    {
        var services = await ServiceRows(db.Services).ToListAsync(cancellationToken);
        if (services.Count == 0)
        {
            return [];
        }
        return await EntriesAsync(services, new Children(
            await TermRows(db.ServiceTerms).ToListAsync(cancellationToken),
            await LocationRows(db.ServiceAtLocations).ToListAsync(cancellationToken),
            await ScheduleRows(db.Schedules.Where(s => s.ServiceId != null || s.LocationId != null)).ToListAsync(cancellationToken),
            await PayingRows(db.CostOptions).ToListAsync(cancellationToken),
            await db.SpecialDays.AsNoTracking().ToListAsync(cancellationToken)), terms, cancellationToken);
    }

    private static IQueryable<ServiceRow> ServiceRows(IQueryable<Service> services) =>
        services.AsNoTracking().Where(s => s.Status == ServiceStatus.Active)
            .Select(s => new ServiceRow(
                s.Id, s.NetworkId, s.OrganisationId, s.Name, s.AlternateName, s.Description, s.EligibilityDescription,
                s.Translations, s.Languages, s.MinimumAgeMonths, s.MaximumAgeMonths, s.UpdatedAt));

    private static IQueryable<TermRow> TermRows(IQueryable<ServiceTerm> terms) =>
        terms.AsNoTracking().Select(t => new TermRow(t.ServiceId, t.TermId));

    private static IQueryable<LocationRow> LocationRows(IQueryable<ServiceAtLocation> links) =>
        links.AsNoTracking().Select(l => new LocationRow(
            l.ServiceId, l.LocationId, l.Location!.Municipality, l.Location.Latitude, l.Location.Longitude,
            l.Location.IsRedacted, l.Location.AccessibilityFeatures));

    private static IQueryable<Schedule> ScheduleRows(IQueryable<Schedule> schedules) => schedules.AsNoTracking();

    private static IQueryable<Guid> PayingRows(IQueryable<CostOption> costs) =>
        costs.AsNoTracking().Where(c => c.Amount > 0m).Select(c => c.ServiceId).Distinct();

    private async Task<List<SearchEntry>> EntriesAsync(List<ServiceRow> services, Children children, IReadOnlyDictionary<Guid, TaxonomyTerm> terms, CancellationToken cancellationToken)
    {
        var serviceTerms = children.Terms.ToLookup(t => t.ServiceId, t => t.TermId);
        var locations = children.Locations.ToLookup(l => l.ServiceId);
        var serviceSchedules = children.Schedules.Where(s => s.ServiceId is not null).ToLookup(s => s.ServiceId!.Value);
        var locationSchedules = children.Schedules.Where(s => s.LocationId is not null && s.ServiceId is null).ToLookup(s => s.LocationId!.Value);
        var paying = children.Paying.ToHashSet();
        var specialDays = children.SpecialDays.ToLookup(d => d.LocationId);
        var placeHours = children.Locations.Select(l => l.LocationId).Distinct()
            .ToDictionary(id => id, id => new PlaceHours([.. locationSchedules[id]], [.. specialDays[id]]));
        var organisations = (await partners.FindAsync(services.Select(s => s.OrganisationId).Distinct().ToList(), cancellationToken))
            .ToDictionary(o => o.Id, o => o.Name);

        var entries = new List<SearchEntry>(services.Count);
        foreach (var s in services)
        {
            var ownTerms = serviceTerms[s.Id].Select(id => terms.GetValueOrDefault(id)).OfType<TaxonomyTerm>().ToList();
            var places = locations[s.Id].ToList();
            var hours = new ServiceHours([.. serviceSchedules[s.Id]], [.. places.Select(p => p.LocationId).Distinct().Select(id => placeHours[id])]);
            var organisationName = organisations.GetValueOrDefault(s.OrganisationId);
            var text = new StringBuilder();
            Append(text, s.Name, s.AlternateName, s.Description, s.EligibilityDescription, organisationName);
            foreach (var translation in s.Translations)
            {
                Append(text, translation.Name, translation.Description, translation.EligibilityDescription);
            }
            foreach (var term in ownTerms)
            {
                Append(text, term.Name);
                Append(text, [.. term.Names.Values]);
            }
            foreach (var place in places)
            {
                Append(text, place.Municipality);
            }
            entries.Add(new SearchEntry
            {
                Id = s.Id,
                NetworkId = s.NetworkId,
                OrganisationId = s.OrganisationId,
                Name = s.Name,
                OrganisationName = organisationName,
                Summary = Summarise(s.Description),
                MinimumAgeMonths = s.MinimumAgeMonths ?? AgeRange.PregnancyStart,
                MaximumAgeMonths = s.MaximumAgeMonths ?? AgeRange.Oldest,
                IsFree = !paying.Contains(s.Id),
                Languages = [.. s.Languages.Select(l => l.ToLowerInvariant()).Distinct()],
                TermIds = [.. ownTerms.Select(t => t.Id)],
                TaxonomyIds = [.. ownTerms.Select(t => t.TaxonomyId).Distinct()],
                Terms = [.. ownTerms.Select(t => (t.Taxonomy?.Code ?? "", t.Code))],
                Municipalities = [.. places.Select(p => p.Municipality).OfType<string>().Where(m => m.Length > 0).Distinct()],
                Points = [.. places.Where(p => p.Latitude is not null && p.Longitude is not null)
                    .Select(p => p.IsRedacted ? new GeoPoint(Math.Round(p.Latitude!.Value, 2), Math.Round(p.Longitude!.Value, 2)) : new GeoPoint(p.Latitude!.Value, p.Longitude!.Value))],
                Accessibility = places.SelectMany(p => p.AccessibilityFeatures).Aggregate(0, (bits, f) => bits | (1 << (int)f)),
                Hours = hours,
                UpdatedAt = s.UpdatedAt,
                Text = text.ToString(),
            });
        }
        return entries;
    }

    /// <summary>The first sentence or so of a description, for the result card.</summary>
    internal static string? Summarise(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }
        var text = description.Trim();
        if (text.Length <= 200)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', 197);
        return text[..(cut > 100 ? cut : 197)] + "…";
    }

    private static void Append(StringBuilder text, params string?[] parts)
    {
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                text.Append(part).Append(" \n ");
            }
        }
    }

    private sealed record ServiceRow(
        Guid Id, Guid NetworkId, Guid OrganisationId, string Name, string? AlternateName, string? Description, string? EligibilityDescription,
        List<ServiceTranslation> Translations, List<string> Languages, int? MinimumAgeMonths, int? MaximumAgeMonths, DateTime UpdatedAt);

    private sealed record TermRow(Guid ServiceId, Guid TermId);

    private sealed record LocationRow(
        Guid ServiceId, Guid LocationId, string? Municipality, double? Latitude, double? Longitude, bool IsRedacted, List<AccessibilityFeature> AccessibilityFeatures);

    private sealed record Children(List<TermRow> Terms, List<LocationRow> Locations, List<Schedule> Schedules, List<Guid> Paying, List<SpecialDay> SpecialDays);
}
