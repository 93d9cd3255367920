using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Partners.Data;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Features.Common;

/// <summary>
/// Who may change what in the Partners module: coordinators everything in their network; a partner
/// member only the organisation(s) they are a person of, and its people; viewers nothing.
/// </summary>
public sealed class PartnersAccess(AppDbContext db, NetworkScope scope, IHttpContextAccessor http, IPersonAccountLinker linker)
{
    public bool IsCoordinator => scope.Role == NetworkRole.Coordinator;

    public bool CanEditPlaces => IsCoordinator;

    public bool CanManageMemberships => IsCoordinator;

    /// <summary>The organisations the current partner member is a person of (all of them for a coordinator: null).</summary>
    public async Task<IReadOnlySet<Guid>?> EditableOrganisationsAsync(CancellationToken cancellationToken)
    {
        if (IsCoordinator)
        {
            return null;
        }
        if (scope.Role != NetworkRole.PartnerMember || http.HttpContext?.User.UserId() is not { } userId)
        {
            return new HashSet<Guid>();
        }
        await linker.LinkAsync(userId, cancellationToken);
        var own = await db.People.Where(p => p.UserId == userId).Select(p => p.OrganisationId).Distinct().ToListAsync(cancellationToken);
        return own.ToHashSet();
    }

    public async Task<bool> CanEditOrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await EditableOrganisationsAsync(cancellationToken) is not { } own || own.Contains(organisationId);
}
