using Microsoft.AspNetCore.Http;
using Verbind.Platform.Audit;

namespace Verbind.Platform.Identity;

/// <summary>The signed-in user of the current request, or "system" outside a request.</summary>
internal sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public Guid? UserId => accessor.HttpContext?.User.UserId();

    public string Name => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
        ? user.Identity!.Name ?? "?"
        : accessor.HttpContext is null ? "system" : "anonymous";
}
