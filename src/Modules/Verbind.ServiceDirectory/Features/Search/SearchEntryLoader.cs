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

    /// <summary>One batch of the ids of the active services, in id order.</summary>
    public Task<List<Guid>> ActiveIdsAsync(int batch, CancellationToken cancellationToken) =>
        db.Services.AsNoTracking().Where(s => s.Status == ServiceStatus.Active)
            .OrderBy(s => s.Id).Skip(batch * BatchSize).Take(BatchSize).Select(s => s.Id).ToListAsync(cancellationToken);

    public Task<List<TaxonomyTerm>> TermsAsync(CancellationToken cancellationToken) =>
        db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).ToListAsync(cancellationToken);

    /// <summary>The entries of those services that are active; the others are simply absent.</summary>
    public async Task<List<SearchEntry>> LoadAsync(IReadOnlyCollection<Guid> ids, IReadOnlyDictionary<Guid, TaxonomyTerm> terms, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var services = await db.Services.AsNoTracking()
            .Where(s => list.Contains(s.Id) && s.Status == ServiceStatus.Active)
            .Select(s => new
            {
                s.Id, s.NetworkId, s.OrganisationId, s.Name, s.AlternateName, s.Description, s.EligibilityDescription,
                s.Translations, s.Languages, s.MinimumAgeMonths, s.MaximumAgeMonths, s.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        if (services.Count == 0)
        {
            return [];
        }
        var serviceTerms = (await db.ServiceTerms.AsNoTracking().Where(t => list.Contains(t.ServiceId))
                .Select(t => new { t.ServiceId, t.TermId }).ToListAsync(cancellationToken))
            .ToLookup(t => t.ServiceId, t => t.TermId);
        var locations = (await db.ServiceAtLocations.AsNoTracking().Where(l => list.Contains(l.ServiceId))
                .Select(l => new
                {
                    l.ServiceId, l.LocationId, l.Location!.Name, l.Location.Municipality, l.Location.Latitude, l.Location.Longitude,
                    l.Location.IsRedacted, l.Location.AccessibilityFeatures,
                })
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.ServiceId);
        var locationIds = locations.SelectMany(l => l).Select(l => l.LocationId).Distinct().ToList();
        var schedules = await db.Schedules.AsNoTracking()
            .Where(s => (s.ServiceId != null && list.Contains(s.ServiceId.Value)) || (s.LocationId != null && locationIds.Contains(s.LocationId.Value)))
            .ToListAsync(cancellationToken);
        var serviceSchedules = schedules.Where(s => s.ServiceId is not null).ToLookup(s => s.ServiceId!.Value);
        var locationSchedules = schedules.Where(s => s.LocationId is not null && s.ServiceId is null).ToLookup(s => s.LocationId!.Value);
        var specialDays = (await db.SpecialDays.AsNoTracking().Where(d => locationIds.Contains(d.LocationId)).ToListAsync(cancellationToken))
            .ToLookup(d => d.LocationId);
        var placeHours = locationIds.ToDictionary(id => id, id => new PlaceHours([.. locationSchedules[id]], [.. specialDays[id]]));
        var paying = (await db.CostOptions.AsNoTracking().Where(c => list.Contains(c.ServiceId) && c.Amount > 0m)
            .Select(c => c.ServiceId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
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
}
