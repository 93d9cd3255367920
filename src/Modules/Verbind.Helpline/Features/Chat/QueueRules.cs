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

    /// <summary>The counsellor who gets the next chat: free capacity, fewest chats, idle longest.</summary>
    public static CounsellorPresence? PickCounsellor(IEnumerable<CounsellorPresence> presences, IReadOnlyDictionary<Guid, int> load) =>
        presences
            .Where(p => p.Availability == Availability.Available && p.Connections > 0 && load.GetValueOrDefault(p.UserId) < p.Capacity)
            .OrderBy(p => load.GetValueOrDefault(p.UserId))
            .ThenBy(p => p.LastAssignedAt)
            .FirstOrDefault();
}
