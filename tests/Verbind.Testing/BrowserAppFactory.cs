using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Verbind.Platform.Data;

namespace Verbind.Testing;

/// <summary>
/// Verbind on SQLite served by Kestrel on a free loopback port, for browser tests: a real browser
/// cannot reach the in-memory test server, so this host listens on a socket. The intent methods
/// (CreateNetworkAsync, CreateUserAsync, ...) work as on every AppFactory.
/// </summary>
public sealed class BrowserApp : AppFactory
{
    private readonly int _port = FreePort.Next();

    public BrowserApp() => UseKestrel(_port);

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A browser loads the stylesheets and blazor.web.js; outside Development they come from the
        // build's static web assets manifest only when asked for.
        builder.UseStaticWebAssets();
    }

    /// <summary>Where the browser finds the app (the host starts when the assembly fixture initialises).</summary>
    public Uri BaseAddress => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_port}"));
}
