using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Common;

/// <summary>A user's role in a helpline: only while they are still a member of its network. Read on every call, never cached.</summary>
public sealed class StaffAccess(AppDbContext db)
{
    private static readonly PerModel<Func<AppDbContext, Guid, Guid, CancellationToken, Task<StaffedConversation?>>> ConversationAndRole = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid conversationId, Guid userId, CancellationToken cancellationToken) => db.Set<Conversation>().AsNoTracking()
            .Where(c => c.Id == conversationId)
            .Select(c => new StaffedConversation(
                new ConversationState(c.Id, c.NetworkId, c.HelplineId, c.Status, c.CounsellorId),
                db.Set<HelplineStaff>()
                    .Where(s => s.HelplineId == c.HelplineId && s.UserId == userId && db.NetworkUserRoles.Any(r => r.NetworkId == c.NetworkId && r.UserId == userId))
                    .Select(s => (StaffRole?)s.Role)
                    .FirstOrDefault()))
            .FirstOrDefault()));

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

    /// <summary>
    /// A conversation of the network entered and the user's role in its helpline (null when they have none),
    /// in one query: the check every staff message makes. Null for an unknown id or another network's.
    /// </summary>
    public Task<StaffedConversation?> ConversationAsync(Guid userId, Guid conversationId, CancellationToken cancellationToken) =>
        ConversationAndRole.For(db)(db, conversationId, userId, cancellationToken);
}

public sealed record StaffedConversation(ConversationState Conversation, StaffRole? Role);
