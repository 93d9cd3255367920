using Verbind.Helpline.Domain;

namespace Verbind.Helpline.Features.Presence;

public static class TakingChats
{
    /// <summary>
    /// The counsellors of a helpline who take chats now: available, with a console open that beat at or
    /// after <paramref name="staleBefore"/> (<see cref="CounsellorPresence.IsOnline"/>, in SQL).
    /// </summary>
    public static IQueryable<CounsellorPresence> TakingChatsIn(this IQueryable<CounsellorPresence> presences, Guid helplineId, DateTime staleBefore) =>
        presences.Where(p => p.HelplineId == helplineId && p.Availability == Availability.Available && p.Connections > 0 && p.LastSeenAt >= staleBefore);
}
