using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verbind.Bench.Helpline;

/// <summary>The floor: a SignalR hub that only relays a text to the other side of a pair. No storage, no checks.</summary>
internal static class RelayServer
{
    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.Urls.Add($"http://127.0.0.1:{port}");
        app.MapHub<RelayHub>("/hubs/relay");
        await app.RunAsync();
        return 0;
    }
}

public sealed class RelayHub : Hub
{
    public Task Join(string pair) => Groups.AddToGroupAsync(Context.ConnectionId, pair);

    public Task Send(string pair, string text) => Clients.OthersInGroup(pair).SendAsync("message", text);
}
