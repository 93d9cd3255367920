using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Verbind.Bench.Agreements;

/// <summary>
/// Per round: every signer opens their signing page (own cookies, own antiforgery token), then all
/// signers press "sign" at the same moment. Times each POST from send to the last byte of the answer,
/// and the CPU the server, its database backends and this client spent during the burst.
/// The first <c>warmup</c> rounds bring the server to its steady state (JIT tiering) and are not summed.
/// </summary>
internal static partial class BenchSigning
{
    public static async Task<int> RunAsync(Uri baseAddress, string tokensFile, int warmup, ProcessCpu cpuMeter)
    {
        var rounds = (await File.ReadAllLinesAsync(tokensFile)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var all = new List<double>();
        var cpuTotal = (Server: 0.0, Database: 0.0, Client: 0.0);
        var failures = 0;
        for (var round = 0; round < rounds.Count; round++)
        {
            var signers = new List<(HttpClient Client, string Url, Dictionary<string, string> Form)>();
            foreach (var token in rounds[round])
            {
                var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
                var url = $"/ondertekenen/{token}";
                var page = await client.GetStringAsync(url);
                var form = HiddenFields().Matches(page).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value));
                form["Input.TypedName"] = $"Ondertekenaar {signers.Count + 1}";
                form["Input.Consent"] = "true";
                signers.Add((client, url, form));
            }
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var timings = new double[signers.Count];
            var statuses = new int[signers.Count];
            var tasks = signers.Select(async (s, i) =>
            {
                await start.Task;
                var watch = Stopwatch.StartNew();
                using var response = await s.Client.PostAsync(s.Url, new FormUrlEncodedContent(s.Form));
                var body = await response.Content.ReadAsStringAsync();
                timings[i] = watch.Elapsed.TotalMilliseconds;
                statuses[i] = response.StatusCode == HttpStatusCode.OK && body.Contains("role=\"status\"", StringComparison.Ordinal) ? 200 : (int)response.StatusCode;
            }).ToList();
            var cpuBefore = cpuMeter.Milliseconds();
            Profiler("enable", round >= warmup);
            start.SetResult();
            await Task.WhenAll(tasks);
            Profiler("disable", round >= warmup);
            var cpuAfter = cpuMeter.Milliseconds();
            var cpu = (Server: cpuAfter.Server - cpuBefore.Server, Database: cpuAfter.Database - cpuBefore.Database, Client: cpuAfter.Client - cpuBefore.Client);
            signers.ForEach(s => s.Client.Dispose());
            var bad = statuses.Count(s => s != 200);
            failures += bad;
            Console.WriteLine(Line($"round {round + 1}{(round < warmup ? " (warm-up)" : "")}", timings)
                + Cpu(cpu, signers.Count)
                + (bad > 0 ? $", {bad} not signed" : ""));
            if (round >= warmup)
            {
                all.AddRange(timings);
                cpuTotal = (cpuTotal.Server + cpu.Server, cpuTotal.Database + cpu.Database, cpuTotal.Client + cpu.Client);
            }
        }
        if (all.Count > 0)
        {
            Console.WriteLine(Line($"rounds {warmup + 1}-{rounds.Count}", all.ToArray()) + Cpu(cpuTotal, all.Count));
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>To profile only the bursts: `perf record --control fifo:$BENCH_PERF_CONTROL -D -1 ...` (see docs/benchmarks.md).</summary>
    private static void Profiler(string command, bool measured)
    {
        if (measured && Environment.GetEnvironmentVariable("BENCH_PERF_CONTROL") is { Length: > 0 } fifo)
        {
            File.WriteAllText(fifo, command + "\n");
        }
    }

    private static string Cpu((double Server, double Database, double Client) cpu, int signings) =>
        string.Create(CultureInfo.InvariantCulture,
            $", CPU per signing {(cpu.Server + cpu.Database + cpu.Client) / signings:F1} ms (server {cpu.Server / signings:F1}, database {cpu.Database / signings:F1}, client {cpu.Client / signings:F1})");

    private static string Line(string label, double[] timings)
    {
        var sorted = timings.Order().ToArray();
        double At(double q) => sorted[(int)Math.Ceiling(q * (sorted.Length - 1))];
        return string.Create(CultureInfo.InvariantCulture, $"{label}: {sorted.Length} signings, p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, max {sorted[^1]:F1} ms, burst {sorted[^1]:F0} ms");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenFields();
}
