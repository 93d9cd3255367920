using System.Diagnostics;
using System.Globalization;

namespace Verbind.Bench.Helpline;

/// <summary>
/// CPU time and memory of the server processes (pids in HELPLINE_BENCH_SERVER_PIDS, read from /proc) and
/// of this load generator, over the measured window: all of them share the machine's cores. A PostgreSQL
/// server on this machine is counted too (every process named postgres), and so is the whole machine's use.
/// </summary>
internal sealed class ProcessStats
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly int[] _servers = (Environment.GetEnvironmentVariable("HELPLINE_BENCH_SERVER_PIDS") ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

    private readonly double _serverStart;
    private readonly double _databaseStart = DatabaseCpuSeconds();
    private readonly (long Busy, long Total) _machineStart = MachineTicks();
    private readonly TimeSpan _selfStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    public ProcessStats() => _serverStart = ServerCpuSeconds();

    public string Report(long messages)
    {
        var wall = _wall.Elapsed.TotalSeconds;
        var server = ServerCpuSeconds() - _serverStart;
        var self = (Process.GetCurrentProcess().TotalProcessorTime - _selfStart).TotalSeconds;
        var database = DatabaseCpuSeconds() - _databaseStart;
        var machine = MachineTicks();
        var busy = (machine.Busy - _machineStart.Busy) / (double)Math.Max(1, machine.Total - _machineStart.Total);
        var memory = string.Join(" + ", _servers.Select(pid => $"{Status(pid, "VmRSS:")}/{Status(pid, "VmHWM:")}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"server cpu={server / wall:F2} cores ({(messages == 0 ? 0 : server * 1000 / messages):F2} ms/message) rss/peak={memory} MB; load generator cpu={self / wall:F2} cores; " +
            $"postgres cpu={database / wall:F2} cores ({(messages == 0 ? 0 : database * 1000 / messages):F2} ms/message); machine busy={busy:P0}");
    }

    private double ServerCpuSeconds() => _servers.Sum(pid => CpuSeconds(File.ReadAllText($"/proc/{pid}/stat")));

    /// <summary>
    /// Every postgres process, with the time of its ended children: a backend that ends within the window
    /// (Npgsql prunes idle connections) moves its time into the postmaster's, instead of dropping out.
    /// </summary>
    private static double DatabaseCpuSeconds() => Directory.EnumerateDirectories("/proc")
        .Where(d => char.IsDigit(Path.GetFileName(d)[0]))
        .Select(d => { try { return File.ReadAllText(Path.Combine(d, "stat")); } catch (IOException) { return ""; } })
        .Where(stat => stat.Contains("(postgres)", StringComparison.Ordinal))
        .Sum(stat => CpuSeconds(stat, withEndedChildren: true));

    private static double CpuSeconds(string stat, bool withEndedChildren = false)
    {
        // Fields after the command name: state is field 3, utime 14, stime 15, cutime 16 and cstime 17.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = Enumerable.Range(11, withEndedChildren ? 4 : 2).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return ticks / TicksPerSecond;
    }

    /// <summary>The first line of /proc/stat: ticks of all cores; idle and iowait are not busy.</summary>
    private static (long Busy, long Total) MachineTicks()
    {
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var total = ticks.Take(8).Sum();
        return (total - ticks[3] - ticks[4], total);
    }

    private static long Status(int pid, string key) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => long.Parse(l[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();
}
