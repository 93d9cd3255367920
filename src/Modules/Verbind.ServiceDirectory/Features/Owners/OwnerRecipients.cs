using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Features.Owners;

/// <summary>
/// Who hears about a service's record: the representatives of its organisation in the network and the
/// network's coordinators. Call it in a scope that entered the service's network.
/// </summary>
public sealed class OwnerRecipients(AppDbContext db, IPartnerDirectory partners)
{
    public async Task<IReadOnlyList<string>> OfOrganisationAsync(Guid networkId, Guid organisationId, CancellationToken cancellationToken)
    {
        var representatives = await partners.PeopleAsync([organisationId], representativesOnly: true, cancellationToken);
        var coordinators = await CoordinatorsAsync(networkId, cancellationToken);
        return representatives.Select(p => p.Email).OfType<string>()
            .Concat(coordinators)
            .Where(e => e.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<IReadOnlyList<string>> CoordinatorsAsync(Guid networkId, CancellationToken cancellationToken)
    {
        var coordinatorIds = db.NetworkUserRoles.IgnoreQueryFilters()
            .Where(r => r.NetworkId == networkId && r.Role == NetworkRole.Coordinator)
            .Select(r => r.UserId);
        return await db.Users.Where(u => coordinatorIds.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
            .Select(u => u.Email!).ToListAsync(cancellationToken);
    }
}
