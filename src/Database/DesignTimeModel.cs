using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Agreements;
using Verbind.ServiceDirectory;
using Verbind.Helpline;
using Verbind.Partners;
using Verbind.Platform;
using Verbind.Platform.Data;

namespace Verbind.Migrations;

/// <summary>
/// Builds the AppDbContext for "dotnet ef" with every module's model, the same way the app does.
/// Linked into both migrations projects; each passes its provider.
/// </summary>
internal static class DesignTimeModel
{
    public static AppDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPlatform(configuration, Path.GetTempPath());
        services.AddPartners(configuration);
        services.AddServiceDirectory(configuration);
        services.AddAgreements(configuration);
        services.AddHelpline(configuration);
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
    }
}
