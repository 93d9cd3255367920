using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Identity;

/// <summary>Who must use two-factor sign-in: platform administrators and coordinators of any network. Read from the database, not the cookie.</summary>
public static class TwoFactorRequirement
{
    public static async Task<bool> AppliesToAsync(AppDbContext db, AppUser user, CancellationToken cancellationToken = default) =>
        user.IsPlatformAdmin
        || await db.NetworkUserRoles.IgnoreQueryFilters().AnyAsync(r => r.UserId == user.Id && r.Role == NetworkRole.Coordinator, cancellationToken);
}
