using Verbind.Helpline.Domain;

namespace Verbind.Helpline.Features.Chat;

/// <summary>Who is next and how long a parent will wait. Pure, so the rules are tested without a hub.</summary>
public static class QueueRules
{
    public static readonly TimeSpan DefaultChatLength = TimeSpan.FromMinutes(20);

    /// <summary>Risk-flagged chats first, then the longest waiting.</summary>
    public static IOrderedEnumerable<Conversation> InOrder(IEnumerable<Conversation> waiting) =>
        waiting.Where(c => c.Status == ConversationStatus.Waiting).OrderByDescending(c => c.Risk).ThenBy(c => c.QueuedAt).ThenBy(c => c.Id);

    /// <summary>
    /// Minutes until a parent at <paramref name="position"/> (1 = next) is likely answered: each free seat
    /// takes one parent at once, the rest wait for chats to end at the average length.
    /// </summary>
    public static int EstimatedWaitMinutes(int position, int freeSeats, int totalSeats, TimeSpan averageChatLength)
    {
        if (position <= freeSeats)
        {
            return 0;
        }
        var seats = Math.Max(1, totalSeats);
        var rounds = (int)Math.Ceiling((position - freeSeats) / (double)seats);
        return (int)Math.Ceiling(rounds * averageChatLength.TotalMinutes);
    }

    /// <summary>
    /// The counsellor who gets the next chat: the one the parent asked for (<paramref name="preferred"/>) when
    /// they can take it; otherwise free capacity, fewest chats, idle longest. Only counsellors whose console
    /// beat at or after <paramref name="staleBefore"/> count.
    /// </summary>
    public static CounsellorPresence? PickCounsellor(IEnumerable<CounsellorPresence> presences, IReadOnlyDictionary<Guid, int> load, DateTime staleBefore, Guid? preferred = null)
    {
        var free = presences
            .Where(p => p.Availability == Availability.Available && p.IsOnline(staleBefore) && load.GetValueOrDefault(p.UserId) < p.Capacity)
            .ToList();
        return free.FirstOrDefault(p => p.UserId == preferred)
            ?? free.OrderBy(p => load.GetValueOrDefault(p.UserId)).ThenBy(p => p.LastAssignedAt).FirstOrDefault();
    }
}
