using System.Security.Claims;

namespace Verbind.Platform.Identity;

public static class VerbindClaims
{
    public const string PlatformAdmin = "verbind:platform-admin";
    public const string RequiresTwoFactor = "verbind:requires-2fa";
    public const string DisplayName = "verbind:name";
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsPlatformAdmin(this ClaimsPrincipal principal) => principal.HasClaim(PlatformAdmin, "true");

    public static bool MissesRequiredTwoFactor(this ClaimsPrincipal principal) =>
        principal.HasClaim(RequiresTwoFactor, "true") && !principal.HasClaim(AuthenticationMethod, MultiFactor);
}
