using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verbind.Bench.Agreements;

/// <summary>The app's own composition (so the model matches the migrations), on the given database, mail to a folder.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string provider, string connectionString, string? pickupDirectory = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
            ["Database:SeedDemoData"] = "false",
            ["Mail:Delivery"] = "Pickup",
            ["Mail:PickupDirectory"] = pickupDirectory ?? Path.GetTempPath(),
            ["Links:PublicBaseUrl"] = "http://bench.invalid",
            ["Agreements:ReminderIntervalMinutes"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        Verbind.Web.VerbindApp.AddPlatformAndModules(services, configuration, Directory.GetCurrentDirectory());
        return services.BuildServiceProvider();
    }
}
