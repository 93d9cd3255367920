using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Verbind.Helpline.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>Helplines, staff and browsers (cookie jars) for the Helpline tests.</summary>
internal static class Arrange
{
    /// <summary>A helpline in a new network; when <paramref name="open"/>, a staffed shift runs all day, every day.</summary>
    public static async Task<(Network Network, NetworkHelpline Helpline)> HelplineAsync(AppFactory app, bool open = true, Action<NetworkHelpline>? configure = null)
    {
        var network = await app.CreateNetworkAsync(kind: NetworkKind.HelplineProgramme);
        var helpline = new NetworkHelpline { NetworkId = network.Id, Slug = "hl-" + Guid.NewGuid().ToString("N")[..12], Name = "Testhulplijn" };
        configure?.Invoke(helpline);
        await app.WithDbAsync(async db =>
        {
            db.Add(helpline);
            if (open)
            {
                var today = DateOnly.FromDateTime(LocalTime.FromUtc(TimeProvider.System.GetUtcNow().UtcDateTime));
                foreach (var day in Enum.GetValues<DayOfWeek>())
                {
                    var shift = new Shift { NetworkId = network.Id, HelplineId = helpline.Id, Day = day, Start = TimeOnly.MinValue, End = TimeOnly.MinValue };
                    db.Add(shift);
                    for (var offset = -1; offset <= 6; offset++)
                    {
                        if (today.AddDays(offset).DayOfWeek == day)
                        {
                            db.Add(new ShiftSignup { NetworkId = network.Id, ShiftId = shift.Id, UserId = Guid.NewGuid(), Date = today.AddDays(offset) });
                        }
                    }
                }
            }
            await db.SaveChangesAsync();
        });
        return (network, helpline);
    }

    /// <summary>A network member (viewer) with <paramref name="role"/> in the helpline, signed in.</summary>
    public static async Task<Browser> StaffAsync(AppFactory app, Network network, NetworkHelpline helpline, StaffRole role)
    {
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);
        await app.WithDbAsync(async db =>
        {
            db.Add(new HelplineStaff { NetworkId = network.Id, HelplineId = helpline.Id, UserId = user.Id, Role = role });
            await db.SaveChangesAsync();
        });
        var browser = new Browser(app, user);
        await browser.Client.SignInAsync(user);
        return browser;
    }

    public static Browser Parent(AppFactory app) => new(app, null);
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
