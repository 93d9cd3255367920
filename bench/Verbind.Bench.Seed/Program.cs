using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verbind.Partners;
using Verbind.Partners.Domain;
using Verbind.Platform;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

// Fills a database with one large network for the load benchmarks: 5,000 organisations, 20,000 people,
// 20 places, and a viewer account. Usage: Verbind.Bench.Seed "<sqlite connection string>" [organisations] [people]
var connectionString = args.ElementAtOrDefault(0) ?? "Data Source=bench.db";
var organisationCount = int.Parse(args.ElementAtOrDefault(1) ?? "5000", System.Globalization.CultureInfo.InvariantCulture);
var peopleCount = int.Parse(args.ElementAtOrDefault(2) ?? "20000", System.Globalization.CultureInfo.InvariantCulture);

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Sqlite",
    ["Database:ConnectionString"] = connectionString,
    ["Database:SeedDemoData"] = "false",
}).Build();
var services = new ServiceCollection();
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton<IConfiguration>(configuration);
// The app's own composition, so the model matches the migrations (EF refuses a differing one).
Verbind.Web.VerbindApp.AddPlatformAndModules(services, configuration, Directory.GetCurrentDirectory());
await using var provider = services.BuildServiceProvider();
await DatabaseInitializer.InitializeAsync(provider);

await using var scope = provider.CreateAsyncScope();
var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
db.NetworkScope.EnterAllNetworks();
db.ChangeTracker.AutoDetectChangesEnabled = false;
var network = new Network { Slug = "bench", Name = "Benchmarknetwerk", Kind = NetworkKind.HuisVanHetKind };
db.Networks.Add(network);
await db.SaveChangesAsync();

var random = new Random(42);
var kinds = Enum.GetValues<OrganisationKind>();
var sectors = Enum.GetValues<Sector>();
var roles = Enum.GetValues<MembershipRole>();
string[] expertise = ["borstvoeding", "slaap", "perinatale rouw", "opvoedingsondersteuning", "taalstimulering", "armoede", "huisvesting", "postnatale depressie", "vroegsignalering", "kraamzorg", "vaccinatie", "speelpleinwerking"];
string[] municipalities = ["Zonnedal", "Wilgenbroek", "Lindeveen", "Korenburg", "Heidestrand", "Molenhoek", "Eikendonk", "Beekvliet"];
var places = Enumerable.Range(1, 20).Select(i => new Place { NetworkId = network.Id, Name = $"Ontmoetingsplek {i}", Kind = PlaceKind.MeetingPoint, Address = new Address { Municipality = municipalities[i % municipalities.Length], Postcode = $"39{i:00}" } }).ToList();
db.AddRange(places);
var organisations = new List<Organisation>();
for (var i = 0; i < organisationCount; i++)
{
    var organisation = new Organisation
    {
        Name = $"Organisatie {i:00000} {municipalities[i % municipalities.Length]}",
        Kind = kinds[random.Next(kinds.Length)],
        Sector = sectors[random.Next(sectors.Length)],
        Address = new Address { Street = $"Dorpsstraat {i % 200 + 1}", Postcode = $"39{i % 100:00}", Municipality = municipalities[i % municipalities.Length] },
    };
    organisations.Add(organisation);
    db.Add(organisation);
    db.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = roles[random.Next(roles.Length)], StartDate = new DateOnly(2024, 1, 1) });
}
for (var i = 0; i < peopleCount; i++)
{
    db.Add(new Person
    {
        NetworkId = network.Id,
        Organisation = organisations[random.Next(organisations.Count)],
        FullName = $"Persoon {i:00000}",
        Function = i % 3 == 0 ? "Vroedvrouw" : i % 3 == 1 ? "Maatschappelijk werker" : "Verpleegkundige",
        Expertise = [expertise[random.Next(expertise.Length)], expertise[random.Next(expertise.Length)]],
        Email = $"persoon{i}@bench.verbind.test",
        PlaceId = places[random.Next(places.Count)].Id,
    });
}
db.ChangeTracker.DetectChanges();
await db.SaveChangesAsync();

var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
var viewer = new AppUser { UserName = "bench@bench.verbind.test", Email = "bench@bench.verbind.test", EmailConfirmed = true, DisplayName = "Bench" };
var created = await users.CreateAsync(viewer, "bench-password-2026");
if (!created.Succeeded)
{
    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
}
db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = network.Id, UserId = viewer.Id, Role = NetworkRole.Viewer });
db.ChangeTracker.DetectChanges();
await db.SaveChangesAsync();
Console.WriteLine($"Seeded network 'bench': {organisationCount} organisations, {peopleCount} people; sign in as bench@bench.verbind.test / bench-password-2026");
