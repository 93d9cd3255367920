using Microsoft.AspNetCore.Http;
using Verbind.Partners.Contracts;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Features.Owners;

/// <summary>
/// Who may change the offering: coordinators every service of their network; a partner member only the
/// services of the organisations they are a person of; viewers nothing.
/// </summary>
public sealed class DirectoryAccess(NetworkScope scope, IHttpContextAccessor http, IPartnerDirectory partners, IPersonAccountLinker linker)
{
    private IReadOnlySet<Guid>? _own;

    public bool IsCoordinator => scope.Role == NetworkRole.Coordinator;

    public bool CanEditAnything => scope.Role is NetworkRole.Coordinator or NetworkRole.PartnerMember;

    /// <summary>The organisations whose services the user may edit; null means all of them (a coordinator).</summary>
    public async Task<IReadOnlySet<Guid>?> EditableOrganisationsAsync(CancellationToken cancellationToken)
    {
        if (IsCoordinator)
        {
            return null;
        }
        if (_own is not null)
        {
            return _own;
        }
        if (scope.Role != NetworkRole.PartnerMember || http.HttpContext?.User.UserId() is not { } userId)
        {
            return _own = new HashSet<Guid>();
        }
        await linker.LinkAsync(userId, cancellationToken);
        return _own = await partners.OrganisationsOfUserAsync(userId, cancellationToken);
    }

    public async Task<bool> CanEditAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await EditableOrganisationsAsync(cancellationToken) is not { } own || own.Contains(organisationId);
}
