using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Verbind.Helpline.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>Helplines, staff and browsers (cookie jars) for the Helpline tests.</summary>
internal static class Arrange
{
    /// <summary>A helpline in a new network; when <paramref name="open"/>, a staffed shift runs all day, every day.</summary>
    public static Task<(Network Network, NetworkHelpline Helpline)> HelplineAsync(AppFactory app, bool open = true, Action<NetworkHelpline>? configure = null) =>
        HelplineArrange.HelplineAsync(app, open, configure);

    /// <summary>A network member (viewer) with <paramref name="role"/> in the helpline, signed in.</summary>
    public static async Task<Browser> StaffAsync(AppFactory app, Network network, NetworkHelpline helpline, StaffRole role)
    {
        var browser = new Browser(app, await HelplineArrange.StaffUserAsync(app, network, helpline, role));
        await browser.Client.SignInAsync(browser.User!);
        return browser;
    }

    public static Browser Parent(AppFactory app) => new(app, null);

    /// <summary>A hub connection of <paramref name="browser"/> with the console open and the counsellor available.</summary>
    public static async Task<ChatConnection> OnDutyAsync(Browser browser, NetworkHelpline helpline, int capacity = 2)
    {
        var connection = await browser.ConnectAsync();
        (await connection.CallAsync("OpenConsole", helpline.Id)).Succeeded();
        (await connection.CallAsync("SetAvailability", "Available", capacity)).Succeeded();
        return connection;
    }
}

/// <summary>One browser: a cookie jar shared by its page requests and its hub connections.</summary>
internal sealed class Browser : IDisposable
{
    private readonly AppFactory _app;

    public Browser(AppFactory app, TestUser? user)
    {
        _app = app;
        User = user;
        Client = new TestClient(new HttpClient(Handler()) { BaseAddress = app.Server.BaseAddress });
    }

    public TestUser? User { get; }

    public CookieContainer Cookies { get; } = new();

    public TestClient Client { get; }

    public Guid UserId => User?.Id ?? throw new InvalidOperationException("An anonymous browser.");

    public HttpMessageHandler Handler() => new CookieContainerHandler(Cookies) { InnerHandler = _app.Server.CreateHandler() };

    public async Task<ChatConnection> ConnectAsync()
    {
        var connection = new ChatConnection(_app, this);
        await connection.StartAsync();
        return connection;
    }

    public void Dispose() => Client.Dispose();
}
