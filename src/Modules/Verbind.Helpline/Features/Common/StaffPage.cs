using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Verbind.Helpline.Domain;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Features.Common;

/// <summary>
/// Base of the staff pages under /netwerk/{network}/hulplijn/{helpline}: finds the helpline in the current
/// network and the caller's role in it. A helpline of another network is not found (404); a member
/// without a staff role gets 403.
/// </summary>
public abstract class StaffPage : ComponentBase
{
    [Parameter] public string Network { get; set; } = "";
    [Parameter] public string Helpline { get; set; } = "";
    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;
    [Inject] protected HelplineScope Helplines { get; set; } = default!;
    [Inject] protected StaffAccess Access { get; set; } = default!;
    [Inject] protected NetworkScope Scope { get; set; } = default!;

    protected NetworkHelpline? Line { get; private set; }
    protected StaffRole? Role { get; private set; }
    protected bool IsSupervisor => Role == StaffRole.Supervisor;
    protected bool IsCoordinator => Scope.Role == NetworkRole.Coordinator;
    protected Guid UserId => HttpContext.User.UserId() ?? Guid.Empty;
    protected CancellationToken Aborted => HttpContext.RequestAborted;
    protected string BasePath => $"/netwerk/{Network}/hulplijn/{Line?.Slug}";

    /// <summary>True when the page may render: the helpline exists here and the caller may see it.</summary>
    protected bool Allowed { get; private set; }

    protected virtual bool CoordinatorMayView => false;

    /// <summary>Pages every member of the network may see (the statistics, with small counts suppressed).</summary>
    protected virtual bool EveryMemberMayView => false;

    protected override async Task OnInitializedAsync()
    {
        Line = await Helplines.EnterBySlugAsync(Helpline, Aborted);
        if (Line is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Role = await Access.RoleAsync(HttpContext.User.UserId(), Line, Aborted);
        Allowed = Role is not null || (CoordinatorMayView && IsCoordinator) || EveryMemberMayView;
        if (!Allowed)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await LoadAsync();
    }

    protected virtual Task LoadAsync() => Task.CompletedTask;
}
