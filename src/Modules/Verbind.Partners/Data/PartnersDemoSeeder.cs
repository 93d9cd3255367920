using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Data;

/// <summary>Fictional partners for the demo networks. Every name is invented.</summary>
internal sealed class PartnersDemoSeeder(TimeProvider clock) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var network = db.Networks.Local.FirstOrDefault(n => n.Slug == "hvhk-zonnedal");
        if (network is null)
        {
            return;
        }
        var municipality = new Organisation
        {
            Name = "Gemeente Zonnedal", Kind = OrganisationKind.Municipality, Sector = Sector.LocalGovernment,
            Address = new Address { Street = "Marktplein 1", Postcode = "3999", Municipality = "Zonnedal" },
            CreatedAt = now, UpdatedAt = now,
        };
        db.Add(municipality);
        db.Add(new Membership { NetworkId = network.Id, Organisation = municipality, Role = MembershipRole.LeadOrganisation, StartDate = new DateOnly(2024, 1, 1) });
        await db.SaveChangesAsync(cancellationToken);
    }
}
