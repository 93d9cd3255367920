using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verbind.Helpline;
using Verbind.Helpline.Domain;
using Verbind.Platform;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;
using Verbind.Web;

namespace Verbind.Bench.Helpline;

/// <summary>Network "bench-hulplijn", helpline "bench" staffed every day all day, and counsellors bench-hv-{i}@bench.test.</summary>
internal static class Seed
{
    public const string Password = "bench-password-2026";

    public static async Task<int> RunAsync(string databaseProvider, string connectionString, int counsellors)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = databaseProvider,
            ["Database:ConnectionString"] = connectionString,
            ["Database:SeedDemoData"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        // The app's own composition, so the model matches the migrations (EF refuses a differing one).
        VerbindApp.AddPlatformAndModules(services, configuration, Directory.GetCurrentDirectory());
        await using var provider = services.BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(provider);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        db.NetworkScope.EnterAllNetworks();
        var network = new Network { Slug = "bench-hulplijn", Name = "Benchmark hulplijn", Kind = NetworkKind.HelplineProgramme };
        db.Networks.Add(network);
        var helpline = new NetworkHelpline { NetworkId = network.Id, Slug = "bench", Name = "Benchmark", MaxQueueLength = 100_000 };
        db.Add(helpline);
        var today = DateOnly.FromDateTime(DateTime.UnixEpoch.AddSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var shift = new Shift { NetworkId = network.Id, HelplineId = helpline.Id, Day = day, Start = TimeOnly.MinValue, End = TimeOnly.MinValue };
            db.Add(shift);
            for (var offset = -1; offset <= 7; offset++)
            {
                if (today.AddDays(offset).DayOfWeek == day)
                {
                    db.Add(new ShiftSignup { NetworkId = network.Id, ShiftId = shift.Id, UserId = Guid.NewGuid(), Date = today.AddDays(offset) });
                }
            }
        }
        await db.SaveChangesAsync();
        // One hash for every account (they share the password): hashing 2,000 passwords would take minutes.
        var passwordHash = users.PasswordHasher.HashPassword(new AppUser(), Password);
        for (var i = 0; i < counsellors; i++)
        {
            var email = $"bench-hv-{i}@bench.test";
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Hulpverlener {i}", PasswordHash = passwordHash };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = network.Id, UserId = user.Id, Role = NetworkRole.Viewer });
            db.Add(new HelplineStaff { NetworkId = network.Id, HelplineId = helpline.Id, UserId = user.Id, Role = StaffRole.Counsellor });
        }
        await db.SaveChangesAsync();
        Console.WriteLine($"helpline {helpline.Id} with {counsellors} counsellors");
        return 0;
    }
}
