using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.ViewOrganisation;

public sealed record OrganisationDetail(
    Organisation Organisation, IReadOnlyList<Membership> History, IReadOnlyList<PersonSummary> People, IReadOnlyList<PlaceSummary> Places);

public sealed record PersonSummary(Guid Id, string FullName, string? Function, bool IsRepresentative, string? Email, string? Phone);

public sealed record PlaceSummary(Guid Id, string Name);

/// <summary>One organisation as the current network sees it: its details, its membership history here, its people and the places it hosts.</summary>
public sealed class OrganisationDetails(AppDbContext db)
{
    /// <returns>Null when the organisation is not in this network (the context's filter hides it).</returns>
    public async Task<OrganisationDetail?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return null;
        }
        var history = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == id).OrderByDescending(m => m.StartDate).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == id)
            .OrderByDescending(p => p.IsRepresentative).ThenBy(p => p.FullName)
            .Select(p => new PersonSummary(p.Id, p.FullName, p.Function, p.IsRepresentative, p.Email, p.Phone))
            .ToListAsync(cancellationToken);
        var places = await db.Places.AsNoTracking().Where(p => p.HostOrganisationId == id).OrderBy(p => p.Name)
            .Select(p => new PlaceSummary(p.Id, p.Name)).ToListAsync(cancellationToken);
        return new OrganisationDetail(organisation, history, people, places);
    }
}
