using System.Collections.Concurrent;

namespace Verbind.ServiceDirectory.Features.PublicService;

/// <summary>
/// Keeps the public forms (ask a question, report wrong information) from being used to flood a service's
/// mailbox: a few per sender address and some more per network address (a school or library shares one)
/// per hour, per app instance.
/// </summary>
internal sealed class PublicFormLimiter(TimeProvider clock)
{
    public const int PerSenderPerHour = 5;
    public const int PerAddressPerHour = 30;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);

    /// <summary>True (and counted) when this sender may send one more; false when the limit is reached.</summary>
    public bool TryAcquire(string form, string? sender, int perHour = PerSenderPerHour)
    {
        var now = clock.GetUtcNow();
        var queue = _recent.GetOrAdd(form + "|" + (sender ?? "?"), _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() > TimeSpan.FromHours(1))
            {
                queue.Dequeue();
            }
            if (queue.Count >= perHour)
            {
                return false;
            }
            queue.Enqueue(now);
        }
        if (_recent.Count > 100_000)
        {
            _recent.Clear();
        }
        return true;
    }
}
