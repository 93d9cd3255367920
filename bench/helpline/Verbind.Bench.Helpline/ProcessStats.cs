using System.Diagnostics;
using System.Globalization;

namespace Verbind.Bench.Helpline;

/// <summary>
/// CPU time and memory of the server processes (pids in HELPLINE_BENCH_SERVER_PIDS, read from /proc) and
/// of this load generator, over the measured window: all of them share the machine's cores.
/// </summary>
internal sealed class ProcessStats
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly int[] _servers = (Environment.GetEnvironmentVariable("HELPLINE_BENCH_SERVER_PIDS") ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

    private readonly double _serverStart;
    private readonly TimeSpan _selfStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    public ProcessStats() => _serverStart = ServerCpuSeconds();

    public string Report(long messages)
    {
        var wall = _wall.Elapsed.TotalSeconds;
        var server = ServerCpuSeconds() - _serverStart;
        var self = (Process.GetCurrentProcess().TotalProcessorTime - _selfStart).TotalSeconds;
        var memory = string.Join(" + ", _servers.Select(pid => $"{Status(pid, "VmRSS:")}/{Status(pid, "VmHWM:")}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"server cpu={server / wall:F2} cores ({(messages == 0 ? 0 : server * 1000 / messages):F2} ms/message) rss/peak={memory} MB; load generator cpu={self / wall:F2} cores");
    }

    private double ServerCpuSeconds() => _servers.Sum(pid =>
    {
        // Fields after the command name: state is field 3, utime 14 and stime 15.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    });

    private static long Status(int pid, string key) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => long.Parse(l[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();
}
