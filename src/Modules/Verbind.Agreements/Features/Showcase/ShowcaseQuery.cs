using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Features.Showcase;

public sealed record ShiningMunicipality(CampaignMunicipality Municipality, DateOnly Since, DateOnly Until);

public sealed record ShowcaseView(Campaign Campaign, string NetworkName, IReadOnlyList<ShiningMunicipality> Municipalities);

/// <summary>
/// The public showcase of a campaign: only municipalities that are a party to a version of one of the
/// campaign's agreements that every signer signed and whose term covers today. Reads across networks
/// (the pages are public), by slug.
/// </summary>
public sealed class ShowcaseQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<ShowcaseView?> FindAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 80)
        {
            return null;
        }
        var campaign = await db.Campaigns.IgnoreQueryFilters().AsNoTracking().Include(c => c.Municipalities).Include(c => c.Agreements).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (campaign is null)
        {
            return null;
        }
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == campaign.NetworkId).Select(n => n.Name).FirstAsync(cancellationToken);
        return new ShowcaseView(campaign, network, await ShiningAsync(campaign, cancellationToken));
    }

    /// <summary>The campaign's municipalities that shine today, by name, with since when and until when.</summary>
    public async Task<IReadOnlyList<ShiningMunicipality>> ShiningAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var organisations = campaign.Municipalities.Select(m => m.OrganisationId).ToList();
        var agreements = campaign.Agreements.Select(a => a.AgreementId).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var versions = await db.AgreementVersions.IgnoreQueryFilters().AsNoTracking().Include(v => v.Parties).Include(v => v.Signers).AsSplitQuery()
            .Where(v => v.NetworkId == campaign.NetworkId && agreements.Contains(v.AgreementId) && v.SentAt != null
                && v.Term.StartDate <= today && v.Term.EndDate >= today
                && v.Parties.Any(p => organisations.Contains(p.OrganisationId)))
            .ToListAsync(cancellationToken);
        var inForce = versions.Where(v => v.IsInForce(today)).ToList();
        var shining = new List<ShiningMunicipality>();
        foreach (var municipality in campaign.Municipalities.OrderBy(m => m.Name, StringComparer.CurrentCulture))
        {
            var own = inForce.Where(v => v.Parties.Any(p => p.OrganisationId == municipality.OrganisationId)).ToList();
            if (own.Count > 0)
            {
                shining.Add(new ShiningMunicipality(municipality, own.Min(v => v.Term.StartDate), own.Max(v => v.Term.EndDate)));
            }
        }
        return shining;
    }
}
