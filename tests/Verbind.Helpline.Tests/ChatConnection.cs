using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>A hub connection that records every event it receives, to wait for them in order.</summary>
internal sealed class ChatConnection : IAsyncDisposable
{
    private static readonly string[] Events = ["message", "queue", "status", "typing", "assigned", "ended", "risk", "updated"];
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _events = new();

    public ChatConnection(AppFactory app, Browser browser)
    {
        Hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/chat"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => browser.Handler();
            })
            .Build();
        foreach (var name in Events)
        {
            var channel = _events.GetOrAdd(name, _ => Channel.CreateUnbounded<JsonElement>());
            Hub.On<JsonElement>(name, payload => channel.Writer.TryWrite(payload));
        }
    }

    public HubConnection Hub { get; }

    public Task StartAsync() => Hub.StartAsync(TestContext.Current.CancellationToken);

    public async Task<Answer> CallAsync(string method, params object?[] args) =>
        new(await Hub.InvokeCoreAsync<JsonElement>(method, args, TestContext.Current.CancellationToken));

    /// <summary>The next <paramref name="name"/> event matching <paramref name="match"/>, within a few seconds.</summary>
    public async Task<JsonElement> NextAsync(string name, Func<JsonElement, bool>? match = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        var reader = _events[name].Reader;
        while (true)
        {
            var payload = await reader.ReadAsync(timeout.Token);
            if (match is null || match(payload))
            {
                return payload;
            }
        }
    }

    public bool TryNext(string name, out JsonElement payload) => _events[name].Reader.TryRead(out payload);

    public ValueTask DisposeAsync() => Hub.DisposeAsync();
}

/// <summary>A hub call's answer: ok with data, or a refusal code.</summary>
internal sealed record Answer(JsonElement Json)
{
    public bool Ok => Json.GetProperty("ok").GetBoolean();

    public string? Error => Json.GetProperty("error").GetString();

    public JsonElement Data => Json.GetProperty("data");

    public Answer Succeeded()
    {
        Xunit.Assert.True(Ok, "Expected ok, got " + Error);
        return this;
    }

    public void RefusedWith(string error)
    {
        Xunit.Assert.False(Ok, "Expected a refusal: " + error);
        Xunit.Assert.Equal(error, Error);
    }
}
