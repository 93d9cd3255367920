using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Verbind.Bench.Helpline;

/// <summary>
/// Simulated parents and counsellors: each side of every conversation sends a message every
/// <c>interval</c> seconds carrying its send time; the other side records the delivery time. At the end:
/// latency percentiles and messages sent, acknowledged and received (lost = acknowledged but never received).
/// Each message carries a sequence number, so only messages sent inside the window count, and a message
/// delivered before its sender's acknowledgement is not mistaken for a lost one.
/// </summary>
internal static partial class Load
{
    private static readonly ConcurrentBag<(long Second, double Milliseconds)> Slow = [];
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    /// <summary>Deliveries slower than this are kept with their second, to tell a stall from a spread-out tail.</summary>
    private const double SlowMilliseconds = 100;
    private static long _sequence;
    private static MeasuredMessages? _window;
    private static long _errors;

    /// <summary>How many connections are set up at once (sign-ins and chat starts), so setting up 4,000 takes minutes, not an hour.</summary>
    private const int SetupParallelism = 16;

    /// <summary>Messages flow but are not counted while the server's code is compiled to its final tier.</summary>
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(20);

    /// <param name="staffUrl">Where the counsellors connect: another instance than the parents' for the two-instance run.</param>
    public static async Task<int> RunAsync(string mode, Uri baseUrl, Uri staffUrl, int conversations, int seconds, int interval, int counsellors)
    {
        using var stop = new CancellationTokenSource();
        var senders = new ConcurrentBag<Task>();
        var setup = Stopwatch.StartNew();
        List<HubConnection> connections;
        if (mode == "relay")
        {
            connections = await InParallelAsync(conversations * 2, async i =>
            {
                var connection = new HubConnectionBuilder().WithUrl(new Uri(baseUrl, "/hubs/relay")).Build();
                connection.On<string>("message", Receive);
                await connection.StartAsync();
                var pair = $"p{i / 2}";
                await connection.InvokeAsync("Join", pair);
                senders.Add(SendLoopAsync(text => connection.InvokeAsync("Send", pair, text), interval, stop.Token));
                return connection;
            });
        }
        else
        {
            counsellors = counsellors > 0 ? counsellors : conversations;
            var capacity = (conversations + counsellors - 1) / counsellors;
            connections = await InParallelAsync(counsellors, i => CounsellorAsync(staffUrl, i, capacity, interval, senders, stop));
            connections.AddRange(await InParallelAsync(conversations, _ => ParentAsync(baseUrl, interval, senders, stop)));
        }
        Console.WriteLine($"{connections.Count} connections in {setup.Elapsed.TotalSeconds:F0} s; {Warmup.TotalSeconds:F0} s warm-up, then measuring {seconds} s");
        await Task.Delay(Warmup);
        Slow.Clear();
        var measuringFrom = Clock.Elapsed.TotalSeconds;
        Console.WriteLine($"measuring from {TimeProvider.System.GetUtcNow():HH:mm:ss} UTC (s0 below)");
        // Room for every message of the window twice over: each side of each conversation sends one per interval.
        var window = new MeasuredMessages(Interlocked.Read(ref _sequence) + 1, conversations * 2 * (seconds / interval + 2) * 2);
        // The load generator must not stop to collect its own garbage while it measures the server.
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        Volatile.Write(ref _window, window);
        var stats = new ProcessStats();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        stop.Cancel();
        await Task.WhenAll(senders);
        await Task.Delay(TimeSpan.FromSeconds(5)); // the last messages on their way
        GCSettings.LatencyMode = GCLatencyMode.Interactive;
        var sent = window.Sent;
        var received = window.Received;
        var lost = window.Lost;
        var usage = stats.Report(received);
        var sorted = window.SortedLatencies();
        double P(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mode={mode} conversations={conversations} sent={sent} received={received} lost={lost} errors={_errors} " +
            $"p50={P(0.5):F1}ms p95={P(0.95):F1}ms p99={P(0.99):F1}ms max={(sorted.Length == 0 ? double.NaN : sorted[^1]):F1}ms rate={received / (double)seconds:F0}/s"));
        Console.WriteLine(usage);
        Console.WriteLine(SlowSeconds(measuringFrom));
        if (window.BeyondCapacity > 0)
        {
            Console.WriteLine($"{window.BeyondCapacity} messages of the window were not counted: more than it had room for");
        }
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
        return 0;
    }

    private static async Task<HubConnection?> ParentAsync(Uri baseUrl, int interval, ConcurrentBag<Task> senders, CancellationTokenSource stop)
    {
        var parent = new HubConnectionBuilder().WithUrl(new Uri(baseUrl, "/hubs/chat")).Build();
        parent.On<JsonElement>("message", message =>
        {
            if (message.GetProperty("sender").GetString() == "Counsellor")
            {
                Receive(message.GetProperty("text").GetString()!);
            }
        });
        await parent.StartAsync();
        var started = await parent.InvokeAsync<JsonElement>("Start", new { helpline = "bench" });
        if (!started.GetProperty("ok").GetBoolean())
        {
            Console.Error.WriteLine("start refused: " + started.GetProperty("error").GetString());
            Interlocked.Increment(ref _errors);
            await parent.DisposeAsync();
            return null;
        }
        senders.Add(SendLoopAsync(async text =>
        {
            var answer = await parent.InvokeAsync<JsonElement>("Send", Guid.NewGuid(), text);
            if (!answer.GetProperty("ok").GetBoolean())
            {
                throw new InvalidOperationException(answer.GetProperty("error").GetString());
            }
        }, interval, stop.Token));
        return parent;
    }

    private static async Task<List<HubConnection>> InParallelAsync(int count, Func<int, Task<HubConnection?>> open)
    {
        using var gate = new SemaphoreSlim(SetupParallelism);
        var opened = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                return await open(i);
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. opened.OfType<HubConnection>()];
    }

    private static async Task<HubConnection?> CounsellorAsync(Uri baseUrl, int index, int capacity, int interval, ConcurrentBag<Task> senders, CancellationTokenSource stop)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        var login = await http.GetStringAsync("/account/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(login).Groups[1].Value,
            ["_handler"] = "login",
            ["Input.Email"] = $"bench-hv-{index}@bench.test",
            ["Input.Password"] = Seed.Password,
        });
        using var signedIn = await http.PostAsync("/account/login", form);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in of counsellor {index} failed: {signedIn.StatusCode}");
        }
        var console = await http.GetStringAsync("/netwerk/bench-hulplijn/hulplijn/bench/console");
        var helplineId = Guid.Parse(HelplineId().Match(console).Groups[1].Value);
        var connection = new HubConnectionBuilder().WithUrl(new Uri(baseUrl, "/hubs/chat"), options => options.Cookies = cookies).Build();
        connection.On<JsonElement>("message", message =>
        {
            if (message.GetProperty("sender").GetString() == "Parent")
            {
                Receive(message.GetProperty("text").GetString()!);
            }
        });
        connection.On<JsonElement>("assigned", item =>
        {
            var conversationId = item.GetProperty("conversation").GetProperty("id").GetGuid();
            senders.Add(SendLoopAsync(async text =>
            {
                var answer = await connection.InvokeAsync<JsonElement>("Reply", conversationId, Guid.NewGuid(), text);
                if (!answer.GetProperty("ok").GetBoolean())
                {
                    throw new InvalidOperationException(answer.GetProperty("error").GetString());
                }
            }, interval, stop.Token));
        });
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("OpenConsole", helplineId);
        await connection.InvokeAsync<JsonElement>("SetAvailability", "Available", capacity);
        senders.Add(HeartbeatAsync(connection, stop.Token));
        return connection;
    }

    /// <summary>
    /// Beats like the console does (every 30 s, a quarter of the default presence timeout), so a counsellor
    /// signed in early in a long set-up is not expired. A server without the Heartbeat method refuses it; that is ignored.
    /// </summary>
    private static async Task HeartbeatAsync(HubConnection connection, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await connection.InvokeAsync<JsonElement>("Heartbeat", stop);
                }
                catch (HubException)
                {
                    // No heartbeat on this server.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    /// <param name="send">Sends the text it is given: a sequence number and the send time.</param>
    private static async Task SendLoopAsync(Func<string, Task> send, int interval, CancellationToken stop)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(interval * 1000)), stop);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(interval));
            do
            {
                var sequence = Interlocked.Increment(ref _sequence);
                try
                {
                    await send(string.Create(CultureInfo.InvariantCulture, $"{sequence}:{Stopwatch.GetTimestamp()}"));
                    Volatile.Read(ref _window)?.Acknowledge(sequence);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Interlocked.Increment(ref _errors);
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    /// <summary>The seconds of the window with most deliveries over <see cref="SlowMilliseconds"/>: a stall shows as a few seconds holding nearly all of them.</summary>
    private static string SlowSeconds(double measuringFrom)
    {
        var bySecond = Slow.GroupBy(s => s.Second).OrderByDescending(g => g.Count()).ToList();
        var worst = bySecond.Take(5).Select(g => string.Create(CultureInfo.InvariantCulture,
            $"s{g.Key - (long)measuringFrom}: {g.Count()} (max {g.Max(s => s.Milliseconds):F0} ms)"));
        return string.Create(CultureInfo.InvariantCulture,
            $"over {SlowMilliseconds:F0} ms: {Slow.Count} deliveries in {bySecond.Count} seconds; most in {string.Join(", ", worst)}");
    }

    private static void Receive(string text)
    {
        var parts = text.Split(':');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sentAt)
            && Volatile.Read(ref _window) is { } window)
        {
            var latency = Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds;
            if (window.Deliver(sequence, latency) && latency > SlowMilliseconds)
            {
                Slow.Add(((long)Clock.Elapsed.TotalSeconds, latency));
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("data-helpline=\"([0-9a-f-]{36})\"")]
    private static partial Regex HelplineId();
}
