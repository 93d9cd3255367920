using System.Diagnostics;
using System.Net.Sockets;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>
/// Two app instances on one PostgreSQL database and a real redis-server as the SignalR backplane: a
/// parent on one instance and a counsellor on the other chat, and the chat survives the parent's
/// instance stopping (the parent resumes on the other one with the token).
/// </summary>
public sealed class RedisBackplaneTests
{
    [Fact]
    public async Task A_parent_on_one_instance_and_a_counsellor_on_another_chat_through_redis_and_survive_an_instance_stopping()
    {
        await using var redis = await RedisServer.StartAsync();
        var database = await TestDatabases.CreateAsync(DatabaseProvider.Postgres);
        await using var first = new RedisInstance(database, redis.ConnectionString);
        await first.InitializeAsync();
        var second = new RedisInstance(database, redis.ConnectionString);
        await second.InitializeAsync();

        Assert.Equal("Healthy", await HealthAsync(second));

        var (network, helpline) = await Arrange.HelplineAsync(first);
        using var counsellorBrowser = await Arrange.StaffAsync(first, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await counsellorBrowser.ConnectAsync();
        (await counsellor.CallAsync("OpenConsole", helpline.Id)).Succeeded();
        (await counsellor.CallAsync("SetAvailability", "Available", 2)).Succeeded();

        string token;
        Guid conversationId;
        await using (var parent = await Arrange.Parent(second).ConnectAsync())
        {
            var started = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
            token = started.Data.GetProperty("resumeToken").GetString()!;
            conversationId = started.Data.GetProperty("conversationId").GetGuid();
            await counsellor.NextAsync("assigned");
            (await parent.CallAsync("Send", Guid.NewGuid(), "Via de andere instantie")).Succeeded();
            await counsellor.NextAsync("message", m => m.GetProperty("text").GetString() == "Via de andere instantie");
            (await counsellor.CallAsync("Reply", conversationId, Guid.NewGuid(), "Goed ontvangen")).Succeeded();
            await parent.NextAsync("message", m => m.GetProperty("text").GetString() == "Goed ontvangen");
        }
        await second.DisposeAsync();

        await using var resumed = await Arrange.Parent(first).ConnectAsync();
        var again = (await resumed.CallAsync("Resume", token)).Succeeded();
        Assert.Equal(2, again.Data.GetProperty("messages").GetArrayLength());
        (await resumed.CallAsync("Send", Guid.NewGuid(), "Na het stoppen")).Succeeded();
        await counsellor.NextAsync("message", m => m.GetProperty("text").GetString() == "Na het stoppen");
    }

    [Fact]
    public async Task An_instance_that_cannot_reach_redis_reports_itself_unhealthy()
    {
        var database = await TestDatabases.CreateAsync(DatabaseProvider.Postgres);
        // A port nobody listens on: the instance starts, but its chat would not reach the other instances.
        await using var cutOff = new RedisInstance(database, $"127.0.0.1:{FreePort.Next()},connectTimeout=1000");
        await cutOff.InitializeAsync();

        using var client = cutOff.NewClient();
        using var response = await client.Http.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<string> HealthAsync(AppFactory instance)
    {
        using var client = instance.NewClient();
        return await client.Http.GetStringAsync("/health", TestContext.Current.CancellationToken);
    }

    private sealed class RedisInstance(string database, string redis) : AppFactory
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = database,
            ["Helpline:Redis"] = redis,
        };
    }

    private sealed class RedisServer : IAsyncDisposable
    {
        private static readonly string[] Executables = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];
        private readonly Process _process;

        private RedisServer(Process process, int port)
        {
            _process = process;
            ConnectionString = $"127.0.0.1:{port}";
        }

        public string ConnectionString { get; }

        public static async Task<RedisServer> StartAsync()
        {
            var executable = Executables.FirstOrDefault(File.Exists);
            Assert.SkipWhen(executable is null, "redis-server is not installed (./test.sh installs it).");
            var port = FreePort.Next();
            var process = Process.Start(new ProcessStartInfo(executable!, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var server = new RedisServer(process, port);
            var waited = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
                    return server;
                }
                catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(10))
                {
                    await Task.Delay(50, TestContext.Current.CancellationToken);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _process.Kill();
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
