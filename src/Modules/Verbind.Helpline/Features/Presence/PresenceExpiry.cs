using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Chat;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Presence;

/// <summary>
/// Ends the presence of counsellors whose consoles stopped beating (a crashed instance sends no disconnect):
/// they are set away with no connections, and chats assigned to them that nobody answered yet go back to
/// the queue at their old place, with the parent told. Every change is a conditional update, so several
/// instances may run this at once and each chat is returned once.
/// </summary>
public sealed class PresenceExpiry(AppDbContext db, PresenceWindow window, Dispatcher dispatcher, ChatNotifier notifier, TimeProvider clock)
{
    public const string ReturnedToQueue = "returned-to-queue";

    /// <summary>Expires stale presences; returns how many chats went back to the queue.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        db.NetworkScope.EnterAllNetworks();
        var staleBefore = window.StaleBefore;
        var stale = await db.Set<CounsellorPresence>().AsNoTracking()
            .Where(p => p.LastSeenAt < staleBefore && (p.Connections > 0 || p.Availability != Availability.Away))
            .Select(p => new { p.Id, p.HelplineId, p.UserId }).ToListAsync(cancellationToken);
        var returned = 0;
        foreach (var presence in stale)
        {
            var expired = await db.Set<CounsellorPresence>()
                .Where(p => p.Id == presence.Id && p.LastSeenAt < staleBefore)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Connections, 0).SetProperty(p => p.Availability, Availability.Away), cancellationToken);
            if (expired == 0)
            {
                continue;
            }
            var back = await ReturnUnansweredAsync(presence.HelplineId, presence.UserId, cancellationToken);
            returned += back;
            await dispatcher.DispatchAsync(presence.HelplineId, cancellationToken, queueChanged: back > 0);
        }
        return returned;
    }

    private async Task<int> ReturnUnansweredAsync(Guid helplineId, Guid counsellorId, CancellationToken cancellationToken)
    {
        var unanswered = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.HelplineId == helplineId && c.Status == ConversationStatus.Active && c.CounsellorId == counsellorId
                && !db.Set<ChatMessage>().Any(m => m.ConversationId == c.Id && m.Sender == MessageSender.Counsellor && m.Kind != MessageKind.InternalNote))
            .ToListAsync(cancellationToken);
        var returned = 0;
        foreach (var conversation in unanswered)
        {
            var changed = await db.Set<Conversation>()
                .Where(c => c.Id == conversation.Id && c.Status == ConversationStatus.Active && c.CounsellorId == counsellorId)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.Status, ConversationStatus.Waiting)
                    .SetProperty(c => c.CounsellorId, (Guid?)null)
                    .SetProperty(c => c.AssignedAt, (DateTime?)null), cancellationToken);
            if (changed == 0)
            {
                continue;
            }
            returned++;
            var notice = new ChatMessage
            {
                NetworkId = conversation.NetworkId,
                ConversationId = conversation.Id,
                ClientMessageId = Guid.CreateVersion7(),
                Sender = MessageSender.System,
                Kind = MessageKind.Text,
                Text = ReturnedToQueue,
                SentAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(notice);
            await db.SaveChangesAsync(cancellationToken);
            await notifier.ToParentAsync(conversation.Id, "message", MessageView.From(notice));
            await notifier.ToParentAsync(conversation.Id, "status", new { status = nameof(ConversationStatus.Waiting) });
            // Should the lost console still be open somewhere, it lets the chat go too.
            await notifier.ToConsolesAsync(counsellorId, "ended", new { conversationId = conversation.Id, returned = true });
        }
        return returned;
    }
}

internal sealed class PresenceJob(IServiceScopeFactory scopes, PresenceWindow window, ILogger<PresenceJob> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(window.HeartbeatInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var returned = await scope.ServiceProvider.GetRequiredService<PresenceExpiry>().RunAsync(stoppingToken);
                if (returned > 0)
                {
                    logger.LogInformation("Presence expiry returned {Count} unanswered chats to the queue", returned);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may not be migrated yet at start; the next tick tries again.
                logger.LogWarning("Presence expiry failed: {Type}", exception.GetType().Name);
            }
        }
    }
}
