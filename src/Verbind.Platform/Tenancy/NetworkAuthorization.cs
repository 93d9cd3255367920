using Microsoft.AspNetCore.Authorization;

namespace Verbind.Platform.Tenancy;

/// <summary>Policy names for the roles in the current network; each role includes the ones below it.</summary>
public static class NetworkPolicies
{
    public const string Viewer = "network:viewer";
    public const string PartnerMember = "network:partner-member";
    public const string Coordinator = "network:coordinator";
    public const string PlatformAdmin = "platform:admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Viewer, p => p.RequireAuthenticatedUser().AddRequirements(new NetworkRoleRequirement(NetworkRole.Viewer)));
        options.AddPolicy(PartnerMember, p => p.RequireAuthenticatedUser().AddRequirements(new NetworkRoleRequirement(NetworkRole.PartnerMember)));
        options.AddPolicy(Coordinator, p => p.RequireAuthenticatedUser().AddRequirements(new NetworkRoleRequirement(NetworkRole.Coordinator)));
        options.AddPolicy(PlatformAdmin, p => p.RequireAuthenticatedUser().RequireClaim(Identity.VerbindClaims.PlatformAdmin, "true"));
    }
}

public sealed record NetworkRoleRequirement(NetworkRole Minimum) : IAuthorizationRequirement;

internal sealed class NetworkRoleHandler(NetworkScope scope) : AuthorizationHandler<NetworkRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, NetworkRoleRequirement requirement)
    {
        if (scope.Role is { } role && role >= requirement.Minimum)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
