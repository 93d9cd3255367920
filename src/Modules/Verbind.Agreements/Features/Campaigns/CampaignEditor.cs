using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Features.Campaigns;

public sealed record CampaignOutcome(Guid? Id, FieldErrors Errors, bool IsNotFound = false)
{
    public bool Succeeded => Id is not null && Errors.Count == 0;

    public static CampaignOutcome NotFound() => new(null, [], IsNotFound: true);
}

/// <summary>An agreement a coordinator can let count for a campaign: its latest version's title and status.</summary>
public sealed record AgreementChoice(Guid Id, string Title, AgreementKind Kind, VersionStatus Status);

/// <summary>
/// Writes a network's campaigns (the public showcases): title, address, intro, which agreements count,
/// and per municipality its local page. Everything it reads and writes is the current network's: an
/// agreement or partner of another network is refused as an unknown choice.
/// </summary>
public sealed class CampaignEditor(AppDbContext db, IPartnerDirectory partners)
{
    public Task<List<Campaign>> ListAsync(CancellationToken cancellationToken) =>
        db.Campaigns.AsNoTracking().Include(c => c.Municipalities).Include(c => c.Agreements).AsSplitQuery()
            .OrderBy(c => c.Title).ToListAsync(cancellationToken);

    public Task<Campaign?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Campaigns.AsNoTracking().Include(c => c.Municipalities).Include(c => c.Agreements).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<List<AgreementChoice>> AgreementChoicesAsync(CancellationToken cancellationToken)
    {
        var versions = await db.AgreementVersions.AsNoTracking().Include(v => v.Signers).ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.AgreementId).Select(g => g.MaxBy(v => v.Number)!)
            .OrderBy(v => v.Title, StringComparer.CurrentCulture)
            .Select(v => new AgreementChoice(v.AgreementId, v.Title, v.Kind, v.Status)).ToList();
    }

    /// <summary>The network's active municipalities that are not on the campaign yet.</summary>
    public async Task<List<PartnerSummary>> MunicipalityChoicesAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var active = await partners.ActivePartnersAsync(cancellationToken);
        return active.Where(p => IsMunicipality(p) && campaign.Municipalities.All(m => m.OrganisationId != p.Id)).ToList();
    }

    public async Task<CampaignOutcome> SaveAsync(Guid? id, CampaignInput input, CancellationToken cancellationToken)
    {
        var campaign = id is { } existing
            ? await db.Campaigns.Include(c => c.Agreements).FirstOrDefaultAsync(c => c.Id == existing, cancellationToken)
            : null;
        if (id is not null && campaign is null)
        {
            return CampaignOutcome.NotFound();
        }
        var errors = new FieldErrors();
        var values = input.Validate(errors);
        if (values is not null)
        {
            await CheckAgreementsAsync(errors, values.Agreements, cancellationToken);
            // The address is public and unique over every network.
            if (await db.Campaigns.IgnoreQueryFilters().AnyAsync(c => c.Slug == values.Slug && c.Id != id, cancellationToken))
            {
                errors.Add(nameof(CampaignInput.Slug), "Error.SlugTaken");
            }
        }
        if (values is null || errors.Count > 0)
        {
            return new CampaignOutcome(null, errors);
        }
        if (campaign is null)
        {
            campaign = new Campaign { Slug = values.Slug, Title = values.Title };
            db.Campaigns.Add(campaign);
        }
        campaign.Title = values.Title;
        campaign.Slug = values.Slug;
        campaign.Intro = values.Intro;
        db.CampaignAgreements.RemoveRange(campaign.Agreements.Where(a => !values.Agreements.Contains(a.AgreementId)));
        foreach (var agreementId in values.Agreements.Where(a => campaign.Agreements.All(c => c.AgreementId != a)))
        {
            db.CampaignAgreements.Add(new CampaignAgreement { CampaignId = campaign.Id, AgreementId = agreementId });
        }
        return await SavedAsync(campaign.Id, errors, nameof(CampaignInput.Slug), cancellationToken);
    }

    /// <summary>Puts a municipality of the network on the campaign, with its representative as the local contact to start from.</summary>
    public async Task<CampaignOutcome> AddMunicipalityAsync(Guid campaignId, string? organisationId, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.Include(c => c.Municipalities).FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return CampaignOutcome.NotFound();
        }
        var errors = new FieldErrors();
        var choices = await MunicipalityChoicesAsync(campaign, cancellationToken);
        var partner = Guid.TryParse(organisationId, out var oid) ? choices.FirstOrDefault(p => p.Id == oid) : null;
        if (partner is null)
        {
            errors.Add("OrganisationId", string.IsNullOrWhiteSpace(organisationId) ? "Error.Required" : "Error.UnknownChoice");
            return new CampaignOutcome(null, errors);
        }
        var contact = (await partners.PeopleAsync([partner.Id], representativesOnly: true, cancellationToken)).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.Email));
        var municipality = new CampaignMunicipality
        {
            CampaignId = campaign.Id, OrganisationId = partner.Id, Name = partner.Name,
            Slug = FreeSlug(Slugs.FromText(partner.Municipality ?? partner.Name), campaign.Municipalities.Select(m => m.Slug)),
            ContactName = contact?.FullName, ContactEmail = contact?.Email?.ToLowerInvariant(),
        };
        db.CampaignMunicipalities.Add(municipality);
        return await SavedAsync(municipality.Id, errors, "OrganisationId", cancellationToken);
    }

    public async Task<CampaignOutcome> SaveMunicipalityAsync(Guid campaignId, Guid municipalityId, MunicipalityInput input, CancellationToken cancellationToken)
    {
        var municipality = await db.CampaignMunicipalities.FirstOrDefaultAsync(m => m.Id == municipalityId && m.CampaignId == campaignId, cancellationToken);
        if (municipality is null)
        {
            return CampaignOutcome.NotFound();
        }
        var errors = new FieldErrors();
        var values = input.Validate(errors);
        if (values is not null && await db.CampaignMunicipalities.AnyAsync(m => m.CampaignId == campaignId && m.Slug == values.Slug && m.Id != municipalityId, cancellationToken))
        {
            errors.Add(nameof(MunicipalityInput.Slug), "Error.SlugTaken");
        }
        if (values is null || errors.Count > 0)
        {
            return new CampaignOutcome(null, errors);
        }
        municipality.Name = values.Name;
        municipality.Slug = values.Slug;
        municipality.ContactName = values.ContactName;
        municipality.ContactEmail = values.ContactEmail;
        municipality.LocalInformation = values.LocalInformation;
        municipality.Latitude = values.Latitude;
        municipality.Longitude = values.Longitude;
        return await SavedAsync(municipality.Id, errors, nameof(MunicipalityInput.Slug), cancellationToken);
    }

    public async Task<bool> RemoveMunicipalityAsync(Guid campaignId, Guid municipalityId, CancellationToken cancellationToken)
    {
        var municipality = await db.CampaignMunicipalities.FirstOrDefaultAsync(m => m.Id == municipalityId && m.CampaignId == campaignId, cancellationToken);
        if (municipality is null)
        {
            return false;
        }
        db.CampaignMunicipalities.Remove(municipality);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task CheckAgreementsAsync(FieldErrors errors, IReadOnlySet<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var list = ids.ToList();
        var known = await db.Agreements.CountAsync(a => list.Contains(a.Id), cancellationToken);
        if (known != ids.Count)
        {
            errors.Add(nameof(CampaignInput.Agreements), "Error.UnknownChoice");
        }
    }

    /// <summary>Saves; a unique index that a concurrent save beat us to becomes a message on <paramref name="field"/>.</summary>
    private async Task<CampaignOutcome> SavedAsync(Guid id, FieldErrors errors, string field, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CampaignOutcome(id, errors);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            errors.Add(field, "Error.SlugTaken");
            return new CampaignOutcome(null, errors);
        }
    }

    private static string FreeSlug(string wanted, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var stem = Slugs.IsValid(wanted) ? wanted[..Math.Min(wanted.Length, Slugs.MaxLength - 6)].TrimEnd('-') : "gemeente";
        var slug = stem;
        for (var n = 2; used.Contains(slug); n++)
        {
            slug = $"{stem}-{n}";
        }
        return slug;
    }

    private static bool IsMunicipality(PartnerSummary partner) => partner.Kind == "Municipality";
}
