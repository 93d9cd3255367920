using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Privacy;

/// <summary>
/// Deletes, for real, the transcripts (messages, notes, summary, tags) of chats that ended longer ago
/// than their helpline keeps them, old offline requests' content and personal codes unused for a year.
/// The counts stay for statistics.
/// Safe on several instances: each delete is idempotent.
/// </summary>
public sealed class TranscriptRetention(AppDbContext db, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        db.NetworkScope.EnterAllNetworks();
        var now = clock.GetUtcNow().UtcDateTime;
        var deleted = 0;
        var helplines = await db.Set<NetworkHelpline>().AsNoTracking().Select(h => new { h.Id, h.RetentionDays }).ToListAsync(cancellationToken);
        foreach (var helpline in helplines)
        {
            var cutoff = now.AddDays(-helpline.RetentionDays);
            var expired = db.Set<Conversation>().Where(c => c.HelplineId == helpline.Id
                && (c.Status == ConversationStatus.Ended || c.Status == ConversationStatus.Left)
                && c.EndedAt <= cutoff && c.TranscriptDeletedAt == null);
            var conversations = await expired.Take(1000).ToListAsync(cancellationToken);
            if (conversations.Count > 0)
            {
                var ids = conversations.Select(c => c.Id).ToList();
                deleted += await db.Set<ChatMessage>().Where(m => ids.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
                foreach (var conversation in conversations)
                {
                    conversation.Summary = null;
                    conversation.Tags = [];
                    conversation.TranscriptDeletedAt = now;
                }
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
            await db.Set<OfflineRequest>().Where(r => r.HelplineId == helpline.Id && r.CreatedAt <= cutoff && r.RepliedAt != null && r.RepliedAt <= cutoff)
                .ExecuteDeleteAsync(cancellationToken);
        }
        var unusedSince = now - PersonalCode.Lifetime;
        await db.Set<PersonalCode>().Where(c => c.LastUsedAt < unusedSince).ExecuteDeleteAsync(cancellationToken);
        return deleted;
    }
}

internal sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<HelplineOptions> options, ILogger<RetentionJob> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<TranscriptRetention>().RunAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Retention deleted {Count} chat messages", deleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may not be migrated yet at start; the next tick tries again.
                logger.LogWarning("Retention run failed: {Type}", exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
