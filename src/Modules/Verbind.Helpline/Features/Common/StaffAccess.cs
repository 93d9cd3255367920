using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Features.Common;

/// <summary>A user's role in a helpline: only while they are still a member of its network.</summary>
public sealed class StaffAccess(AppDbContext db)
{
    public async Task<StaffRole?> RoleAsync(Guid? userId, NetworkHelpline helpline, CancellationToken cancellationToken)
    {
        if (userId is not { } id)
        {
            return null;
        }
        return await db.Set<HelplineStaff>()
            .Where(s => s.HelplineId == helpline.Id && s.UserId == id && db.NetworkUserRoles.Any(r => r.NetworkId == helpline.NetworkId && r.UserId == id))
            .Select(s => (StaffRole?)s.Role)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
