using Microsoft.AspNetCore.Identity;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Data;

/// <summary>Four fictional networks and the demo accounts. All names are invented.</summary>
internal sealed class PlatformDemoSeeder(UserManager<AppUser> users, TimeProvider clock) : IDemoSeeder
{
    public static readonly (string Slug, string Name, NetworkKind Kind, Country Country, string Primary)[] Networks =
    [
        ("hvhk-zonnedal", "Huis van het Kind Zonnedal", NetworkKind.HuisVanHetKind, Country.Belgium, "#1a5c4a"),
        ("kansrijke-start-lindeveen", "Kansrijke Start Lindeveen en Korenburg", NetworkKind.KansrijkeStart, Country.Netherlands, "#8a3b12"),
        ("sterrenkinderen-lichtpunt", "Sterrenkinderen Lichtpunt", NetworkKind.HelplineProgramme, Country.Belgium, "#3b2a6e"),
        ("elz-wilgenbroek", "Eerstelijnszone Wilgenbroek", NetworkKind.CareZone, Country.Belgium, "#1a4d7a"),
    ];

    public int Order => 0;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (slug, name, kind, country, primary) in Networks)
        {
            db.Networks.Add(new Network
            {
                Slug = slug, Name = name, Kind = kind, Country = country, CreatedAt = now,
                Theme = new NetworkTheme { PrimaryColor = primary },
            });
        }
        await db.SaveChangesAsync(cancellationToken);

        var coordinator = await CreateUserAsync(DemoAccounts.CoordinatorEmail, "Lotte Demeester", now, admin: false);
        var partner = await CreateUserAsync(DemoAccounts.PartnerEmail, "Yusuf Vandenbroucke", now, admin: false);
        await CreateUserAsync(DemoAccounts.AdminEmail, "Platformbeheer Demo", now, admin: true);
        foreach (var network in db.Networks.Local)
        {
            db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = network.Id, UserId = coordinator.Id, Role = NetworkRole.Coordinator, GrantedAt = now });
        }
        var zonnedal = db.Networks.Local.Single(n => n.Slug == "hvhk-zonnedal");
        db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = zonnedal.Id, UserId = partner.Id, Role = NetworkRole.PartnerMember, GrantedAt = now });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<AppUser> CreateUserAsync(string email, string name, DateTime now, bool admin)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, IsPlatformAdmin = admin, CreatedAt = now };
        var result = await users.CreateAsync(user, DemoAccounts.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo user not created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        return user;
    }
}
