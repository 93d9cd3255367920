using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data.Demo;
using Verbind.Platform.Data;

namespace Verbind.Partners.Data;

/// <summary>
/// Fictional partners for the four demo networks of the platform seeder. Every name, number and address
/// is invented; KBO numbers are made valid (mod 97) so the forms accept them. Some organisations are
/// shared between networks, as in real life.
/// </summary>
internal sealed class PartnersDemoSeeder(TimeProvider clock) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var networks = await db.Networks.ToDictionaryAsync(n => n.Slug, cancellationToken);
        if (!networks.TryGetValue("hvhk-zonnedal", out var zonnedal)
            || !networks.TryGetValue("kansrijke-start-lindeveen", out var lindeveen)
            || !networks.TryGetValue("sterrenkinderen-lichtpunt", out var lichtpunt)
            || !networks.TryGetValue("elz-wilgenbroek", out var wilgenbroek))
        {
            return;
        }
        var partnerUserId = await db.Users.Where(u => u.Email == DemoAccounts.PartnerEmail).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var demo = new DemoBuilder(db, clock.GetUtcNow().UtcDateTime);
        var zonnedalOrganisations = ZonnedalDemo.Seed(demo, zonnedal, partnerUserId, DemoAccounts.PartnerEmail);
        LindeveenDemo.Seed(demo, lindeveen);
        var wilgenbroekOrganisations = WilgenbroekDemo.Seed(demo, wilgenbroek, zonnedalOrganisations);
        LichtpuntDemo.Seed(demo, lichtpunt, zonnedalOrganisations, wilgenbroekOrganisations);
        await db.SaveChangesAsync(cancellationToken);
    }
}
