namespace Verbind.Bench.Helpline;

/// <summary>
/// What became of each message sent inside the measured window, kept in arrays made before the window
/// starts. Growing dictionaries here once made the load generator's own garbage collector stop it for
/// 400 ms (a blocking gen-2 collection), which showed as slow deliveries of the server.
/// </summary>
internal sealed class MeasuredMessages(long firstSequence, int capacity)
{
    private readonly int[] _acknowledged = new int[capacity];
    private readonly int[] _delivered = new int[capacity];
    private readonly double[] _latencies = new double[capacity];
    private int _latencyCount;
    private int _beyondCapacity;

    /// <summary>Messages sent inside the window that did not fit: the counts are then too low, and the run says so.</summary>
    public int BeyondCapacity => Volatile.Read(ref _beyondCapacity);

    public void Acknowledge(long sequence)
    {
        if (IndexOf(sequence) is { } index)
        {
            Volatile.Write(ref _acknowledged[index], 1);
        }
    }

    /// <summary>Records a delivery; false for a message sent before the window or delivered already.</summary>
    public bool Deliver(long sequence, double milliseconds)
    {
        if (IndexOf(sequence) is not { } index || Interlocked.Exchange(ref _delivered[index], 1) == 1)
        {
            return false;
        }
        _latencies[Interlocked.Increment(ref _latencyCount) - 1] = milliseconds;
        return true;
    }

    public int Sent => _acknowledged.Count(a => a == 1);

    public int Received => _delivered.Count(d => d == 1);

    /// <summary>Acknowledged by the server but never delivered.</summary>
    public int Lost => Enumerable.Range(0, capacity).Count(i => _acknowledged[i] == 1 && _delivered[i] == 0);

    public double[] SortedLatencies()
    {
        var latencies = _latencies[..Volatile.Read(ref _latencyCount)];
        Array.Sort(latencies);
        return latencies;
    }

    private int? IndexOf(long sequence)
    {
        if (sequence < firstSequence)
        {
            return null;
        }
        if (sequence - firstSequence >= capacity)
        {
            Interlocked.Increment(ref _beyondCapacity);
            return null;
        }
        return (int)(sequence - firstSequence);
    }
}
