using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Features.Members;

public enum MemberChangeOutcome
{
    Done,
    NotFound,
    LastCoordinator,
}

/// <summary>
/// Changes and removes roles in the current network. A network always keeps at least one coordinator,
/// so the last one can neither step down nor leave.
/// </summary>
public sealed class MemberRoles(AppDbContext db)
{
    public async Task<MemberChangeOutcome> ChangeRoleAsync(Guid userId, NetworkRole role, CancellationToken cancellationToken = default)
    {
        var membership = await db.NetworkUserRoles.FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (membership is null)
        {
            return MemberChangeOutcome.NotFound;
        }
        if (membership.Role == role)
        {
            return MemberChangeOutcome.Done;
        }
        if (membership.Role == NetworkRole.Coordinator && await IsLastCoordinatorAsync(cancellationToken))
        {
            return MemberChangeOutcome.LastCoordinator;
        }
        membership.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        return MemberChangeOutcome.Done;
    }

    public async Task<MemberChangeOutcome> RemoveAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var membership = await db.NetworkUserRoles.FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (membership is null)
        {
            return MemberChangeOutcome.NotFound;
        }
        if (membership.Role == NetworkRole.Coordinator && await IsLastCoordinatorAsync(cancellationToken))
        {
            return MemberChangeOutcome.LastCoordinator;
        }
        db.NetworkUserRoles.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return MemberChangeOutcome.Done;
    }

    /// <summary>A role from a form: only the names of <see cref="NetworkRole"/>, no numbers.</summary>
    public static bool TryParseRole(string? value, out NetworkRole role)
    {
        role = default;
        return value is not null && Enum.GetNames<NetworkRole>().Contains(value, StringComparer.Ordinal) && Enum.TryParse(value, out role);
    }

    private async Task<bool> IsLastCoordinatorAsync(CancellationToken cancellationToken) =>
        await db.NetworkUserRoles.CountAsync(r => r.Role == NetworkRole.Coordinator, cancellationToken) <= 1;
}
