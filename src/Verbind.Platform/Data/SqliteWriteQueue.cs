using System.Collections.Concurrent;

namespace Verbind.Platform.Data;

/// <summary>
/// SQLite lets one writer in at a time, and a writer that finds the file locked sleeps and tries again
/// (the busy timeout), so forty people signing at the same moment would mostly be sleeping. Writes of this
/// process queue here instead, one queue per database file, and each starts the moment the one before it
/// ends: saves (<see cref="AppDbContext"/>) and bulk updates and deletes (<see cref="SqliteWriteInterceptor"/>).
/// Other processes on the same file still meet the busy timeout, as before.
/// </summary>
internal static class SqliteWriteQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    // True inside a queued write, so the statements a save runs do not queue behind the save itself.
    private static readonly AsyncLocal<bool> Inside = new();

    public static bool IsInside => Inside.Value;

    public static async Task<T> RunAsync<T>(string connectionString, Func<Task<T>> save, CancellationToken cancellationToken)
    {
        var turn = await EnterAsync(connectionString, cancellationToken);
        try
        {
            Inside.Value = true;
            return await save();
        }
        finally
        {
            Inside.Value = false;
            turn.Dispose();
        }
    }

    /// <summary>Waits for this file's turn; disposing the answer ends the turn.</summary>
    public static async Task<IDisposable> EnterAsync(string connectionString, CancellationToken cancellationToken)
    {
        var queue = QueueOf(connectionString);
        // Never longer than SQLite's own busy timeout: past that the write goes on and meets SQLite's lock as it would without the queue.
        return new Turn(queue, await queue.WaitAsync(LongestWait, cancellationToken));
    }

    public static IDisposable Enter(string connectionString)
    {
        var queue = QueueOf(connectionString);
        return new Turn(queue, queue.Wait(LongestWait));
    }

    private static SemaphoreSlim QueueOf(string connectionString) => Queues.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));

    private sealed class Turn(SemaphoreSlim queue, bool entered) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (entered && Interlocked.Exchange(ref _ended, 1) == 0)
            {
                queue.Release();
            }
        }
    }
}
