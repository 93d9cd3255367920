using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Verbind.Bench.Agreements;

/// <summary>
/// Per round: every signer opens their signing page (own cookies, own antiforgery token), then all
/// signers press "sign" at the same moment. Times each POST from send to the last byte of the answer.
/// </summary>
internal static partial class BenchSigning
{
    public static async Task<int> RunAsync(Uri baseAddress, string tokensFile)
    {
        var rounds = (await File.ReadAllLinesAsync(tokensFile)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var all = new List<double>();
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
            start.SetResult();
            await Task.WhenAll(tasks);
            signers.ForEach(s => s.Client.Dispose());
            var bad = statuses.Count(s => s != 200);
            failures += bad;
            Console.WriteLine(Line($"round {round + 1}", timings) + (bad > 0 ? $", {bad} not signed" : ""));
            if (round > 0)
            {
                all.AddRange(timings);
            }
        }
        if (all.Count > 0)
        {
            Console.WriteLine(Line($"rounds 2-{rounds.Count}", all.ToArray()));
        }
        return failures == 0 ? 0 : 1;
    }

    private static string Line(string label, double[] timings)
    {
        var sorted = timings.Order().ToArray();
        double At(double q) => sorted[(int)Math.Ceiling(q * (sorted.Length - 1))];
        return string.Create(CultureInfo.InvariantCulture, $"{label}: {sorted.Length} signings, p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, max {sorted[^1]:F1} ms, burst {sorted[^1]:F0} ms");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenFields();
}
