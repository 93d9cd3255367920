using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Verbind.Platform.Data;

namespace Verbind.Web.Operations;

/// <summary>Tells whoever ran "dotnet run" where Verbind listens and how to sign in to the demo.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Console.WriteLine();
        Console.WriteLine("  Verbind is running.");
        foreach (var address in addresses)
        {
            Console.WriteLine($"  Open {address}");
        }
        Console.WriteLine($"  Database: {database.Provider}");
        if (database.SeedDemoData)
        {
            Console.WriteLine($"  Demo sign-in (coordinator, sets up two-factor on first sign-in): {DemoAccounts.CoordinatorEmail} / {DemoAccounts.Password}");
            Console.WriteLine($"  Demo sign-in (partner member, no two-factor needed):           {DemoAccounts.PartnerEmail} / {DemoAccounts.Password}");
        }
        Console.WriteLine();
    }
}
