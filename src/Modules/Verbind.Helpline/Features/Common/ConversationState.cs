using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Common;

/// <summary>
/// What a chat message needs to know of its conversation: who may write into it and where it goes. Read
/// fresh on every message (one compiled query, five columns), never cached, so an end, a transfer or a
/// return to the queue counts from the next message on, on every instance.
/// </summary>
public sealed record ConversationState(Guid Id, Guid NetworkId, Guid HelplineId, ConversationStatus Status, Guid? CounsellorId)
{
    private static readonly PerModel<Func<AppDbContext, Guid, CancellationToken, Task<ConversationState?>>> ById = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid id, CancellationToken cancellationToken) => db.Set<Conversation>().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ConversationState(c.Id, c.NetworkId, c.HelplineId, c.Status, c.CounsellorId))
            .FirstOrDefault()));

    public static ConversationState Of(Conversation c) => new(c.Id, c.NetworkId, c.HelplineId, c.Status, c.CounsellorId);

    public bool IsOpen => Status is ConversationStatus.Waiting or ConversationStatus.Active;

    /// <summary>The conversation in the network entered (the query filter applies); null for an unknown id or another network's.</summary>
    public static Task<ConversationState?> ReadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        ById.For(db)(db, id, cancellationToken);
}
