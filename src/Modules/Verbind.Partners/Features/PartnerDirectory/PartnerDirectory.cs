using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.PartnerDirectory;

/// <summary>The Partners module's answer to <see cref="IPartnerDirectory"/>; the context's filters keep it in scope.</summary>
internal sealed class PartnerDirectory(AppDbContext db, IPersonAccountLinker linker, TimeProvider clock) : IPartnerDirectory
{
    public async Task<IReadOnlyList<PartnerSummary>> ActivePartnersAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.Memberships.Any(m => m.StartDate <= today && (m.EndDate == null || m.EndDate >= today)))
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        return organisations.Select(ToSummary).ToList();
    }

    public async Task<IReadOnlyList<PartnerSummary>> FindAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken)
    {
        if (organisationIds.Count == 0)
        {
            return [];
        }
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id))
            .ToListAsync(cancellationToken);
        return organisations.Select(ToSummary).ToList();
    }

    public async Task<IReadOnlySet<Guid>> OrganisationsOfUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (db.NetworkScope.NetworkId is null)
        {
            return new HashSet<Guid>();
        }
        await linker.LinkAsync(userId, cancellationToken);
        var own = await db.People.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.OrganisationId).Distinct().ToListAsync(cancellationToken);
        return own.ToHashSet();
    }

    public async Task<IReadOnlyList<PartnerPerson>> PeopleAsync(IReadOnlyCollection<Guid> organisationIds, bool representativesOnly, CancellationToken cancellationToken)
    {
        if (organisationIds.Count == 0)
        {
            return [];
        }
        return await db.People.AsNoTracking()
            .Where(p => organisationIds.Contains(p.OrganisationId) && (!representativesOnly || p.IsRepresentative))
            .OrderBy(p => p.FullName)
            .Select(p => new PartnerPerson(p.Id, p.OrganisationId, p.FullName, p.Function, p.Email, p.Phone, p.IsRepresentative, p.UserId))
            .ToListAsync(cancellationToken);
    }

    private static PartnerSummary ToSummary(Organisation o) => new(
        o.Id, o.Name, o.Kind.ToString(), o.EnterpriseNumber?.ToString(), o.Address.Street, o.Address.Postcode,
        o.Address.Municipality, o.Address.CountryCode, o.Email, o.Phone, o.Website, o.UpdatedAt);
}
