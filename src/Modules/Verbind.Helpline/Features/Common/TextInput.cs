namespace Verbind.Helpline.Features.Common;

/// <summary>Checks free text from outside: trimmed, not empty, not too long, no control characters.</summary>
public static class TextInput
{
    public static string? Clean(string? text, int maxLength, out string? error)
    {
        error = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = ChatErrors.Empty;
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            error = ChatErrors.TooLong;
            return null;
        }
        // Keep line breaks and tabs; drop other control characters that could confuse a screen reader or a log.
        return new string(trimmed.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray());
    }

    public static string? Optional(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length <= maxLength ? t : t[..maxLength];
}

/// <summary>The refusal codes the hub returns; the pages turn them into text in the reader's language.</summary>
public static class ChatErrors
{
    public const string Empty = "empty";
    public const string TooLong = "too-long";
    public const string NoConversation = "no-conversation";
    public const string Ended = "ended";
    public const string NotFound = "not-found";
    public const string NotAllowed = "not-allowed";
    public const string Closed = "closed";
    public const string QueueFull = "queue-full";
    public const string RateLimited = "rate-limited";
    public const string Blocked = "blocked";
    public const string Invalid = "invalid";
    public const string CodeUnknown = "code-unknown";
}

/// <summary>The answer to every hub call: ok, or a refusal code and nothing changed.</summary>
public sealed record ChatResult(bool Ok, string? Error = null, object? Data = null)
{
    public static ChatResult Success(object? data = null) => new(true, null, data);

    public static ChatResult Refused(string error) => new(false, error);
}
