using System.Collections.Concurrent;

namespace Verbind.Platform.Data;

/// <summary>
/// SQLite lets one writer in at a time, and a writer that finds the file locked sleeps and tries again
/// (the busy timeout), so forty people signing at the same moment would mostly be sleeping. Saves of this
/// process queue here instead, one per database file, and each starts the moment the one before it ends.
/// Other processes on the same file still meet the busy timeout, as before.
/// </summary>
internal static class SqliteWriteQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    public static async Task<T> RunAsync<T>(string connectionString, Func<Task<T>> save, CancellationToken cancellationToken)
    {
        var queue = Queues.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        // Never longer than SQLite's own busy timeout: past that the save goes on and meets SQLite's lock as it would without the queue.
        var entered = await queue.WaitAsync(LongestWait, cancellationToken);
        try
        {
            return await save();
        }
        finally
        {
            if (entered)
            {
                queue.Release();
            }
        }
    }
}
