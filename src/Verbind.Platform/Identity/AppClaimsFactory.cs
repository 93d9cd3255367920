using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Identity;

/// <summary>
/// Adds the claims the platform decides on at sign-in: platform administrator, and whether this user
/// must use two-factor authentication (coordinators anywhere and platform administrators).
/// </summary>
internal sealed class AppClaimsFactory(
    UserManager<AppUser> userManager,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(VerbindClaims.DisplayName, user.DisplayName));
        if (user.IsPlatformAdmin)
        {
            identity.AddClaim(new Claim(VerbindClaims.PlatformAdmin, "true"));
        }
        if (user.IsPlatformAdmin || await IsCoordinatorAnywhereAsync(user.Id))
        {
            identity.AddClaim(new Claim(VerbindClaims.RequiresTwoFactor, "true"));
        }
        return identity;
    }

    private Task<bool> IsCoordinatorAnywhereAsync(Guid userId) =>
        db.NetworkUserRoles.IgnoreQueryFilters().AnyAsync(r => r.UserId == userId && r.Role == NetworkRole.Coordinator);
}
