namespace Verbind.Helpline.Features.Chat;

/// <summary>SignalR group names. Staff are reached through the group of their open consoles (on any instance).</summary>
public static class ChatGroups
{
    /// <summary>The parent's connections of one conversation.</summary>
    public static string Parent(Guid conversationId) => $"p:{conversationId:N}";

    /// <summary>Supervisors who read or joined one conversation.</summary>
    public static string Watchers(Guid conversationId) => $"w:{conversationId:N}";

    /// <summary>Every open console of one staff member (see ChatNotifier.ToConsolesAsync).</summary>
    public static string Consoles(Guid userId) => $"u:{userId:N}";

    /// <summary>Everyone with the console of a helpline open.</summary>
    public static string Staff(Guid helplineId) => $"s:{helplineId:N}";

    public static string Supervisors(Guid helplineId) => $"v:{helplineId:N}";
}
