using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Verbind.Platform.Identity;

/// <summary>
/// Identity rebuilds the sign-in cookie's claims every 30 minutes (security stamp validation) and drops
/// the "amr=mfa" claim on the way; without it <see cref="TwoFactorRequiredMiddleware"/> would send a
/// coordinator who signed in with two factors back to the set-up page. This keeps the claim.
/// </summary>
public static class SecondFactorClaim
{
    public static Task KeepOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        var hadSecondFactor = context.CurrentPrincipal?.HasClaim(VerbindClaims.AuthenticationMethod, VerbindClaims.MultiFactor) == true;
        if (hadSecondFactor
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(VerbindClaims.AuthenticationMethod, VerbindClaims.MultiFactor))
        {
            identity.AddClaim(new Claim(VerbindClaims.AuthenticationMethod, VerbindClaims.MultiFactor));
        }
        return Task.CompletedTask;
    }

    public static Claim[] Claims => [new(VerbindClaims.AuthenticationMethod, VerbindClaims.MultiFactor)];
}
