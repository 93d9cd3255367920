using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>A published offering for the HSDS tests: fictional, with a unique suffix so tests do not meet.</summary>
internal sealed record HsdsWorld(
    Network Network, Organisation Organisation, Organisation OrganisationWithoutServices, Taxonomy Taxonomy,
    TaxonomyTerm Pillar, TaxonomyTerm SubTerm, TaxonomyTerm OtherTerm,
    Service Playgroup, Service Teens, Service Inactive, Location Open, Location Hidden);

internal static class HsdsArrange
{
    public static async Task<HsdsWorld> PublishedAsync(AppFactory app)
    {
        var network = await app.CreateNetworkAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var now = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        var organisation = new Organisation
        {
            Name = $"Vzw Speelhoek {suffix}", Kind = OrganisationKind.Ngo, Email = "info@speelhoek.example", Website = "www.speelhoek.example",
            Address = new Address { Street = "Verzonnenstraat 1", Postcode = "3000", Municipality = "Leuven" }, CreatedAt = now, UpdatedAt = now,
        };
        var silent = new Organisation { Name = $"Stille partner {suffix}", Kind = OrganisationKind.Other, CreatedAt = now, UpdatedAt = now };
        var taxonomy = new Taxonomy { Code = "test-" + suffix, Name = $"Testpijlers {suffix}", Description = "Verzonnen indeling voor tests." };
        var pillar = new TaxonomyTerm { TaxonomyId = taxonomy.Id, Code = "spel-" + suffix, Name = "Spel en ontmoeting", Description = "Spelen en elkaar ontmoeten.", Synonyms = ["speelpleintje"] };
        var sub = new TaxonomyTerm { TaxonomyId = taxonomy.Id, ParentId = pillar.Id, Code = "speelgroep-" + suffix, Name = "Speelgroep", Description = "Samen spelen in een groep." };
        var other = new TaxonomyTerm { TaxonomyId = taxonomy.Id, Code = "praat-" + suffix, Name = "Praatgroep", Description = "Samen praten." };
        taxonomy.Terms = [pillar, sub, other];

        var open = new Location
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = "Huis van het Kind Verzonnenhoek", Street = "Kerkplein 7", Postcode = "3000",
            Municipality = "Leuven", Latitude = 50.8798, Longitude = 4.7005, AccessibilityFeatures = [AccessibilityFeature.PramSpace, AccessibilityFeature.StepFreeEntrance],
            AccessibilityDescription = "Lift naar de eerste verdieping.", Languages = ["nl", "fr"], CreatedAt = now, UpdatedAt = now,
        };
        open.Schedules.Add(new Schedule { NetworkId = network.Id, Days = [DayOfWeek.Wednesday], OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(12, 0) });
        open.Phones.Add(new ServicePhone { NetworkId = network.Id, Number = "016 00 00 00", Extension = "12", Type = "voice" });
        var hidden = new Location
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = "Opvanghuis (adres verborgen)", Street = "Geheimstraat 99", Postcode = "3010",
            Municipality = "Kessel-Lo", Latitude = 50.891234, Longitude = 4.745678, IsRedacted = true, CreatedAt = now, UpdatedAt = now,
        };

        var playgroup = new Service
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = $"Babyspeelgroep {suffix}", Description = "Spelen met je baby, <b>gratis</b>.",
            Url = "https://speelhoek.example/baby", Email = "baby@speelhoek.example", MinimumAgeMonths = 0, MaximumAgeMonths = 36,
            LastVerifiedOn = new DateOnly(2026, 2, 1), CreatedAt = now, UpdatedAt = now, Languages = ["nl", "en"],
        };
        playgroup.Locations.Add(new ServiceAtLocation { NetworkId = network.Id, LocationId = open.Id, Location = open, Description = "In de grote zaal." });
        playgroup.Locations.Add(new ServiceAtLocation { NetworkId = network.Id, LocationId = hidden.Id, Location = hidden });
        playgroup.Phones.Add(new ServicePhone { NetworkId = network.Id, Number = "016 11 11 11" });
        playgroup.Contacts.Add(new ServiceContact { NetworkId = network.Id, Name = "Onthaal", Email = "onthaal@speelhoek.example" });
        playgroup.CostOptions.Add(new CostOption { NetworkId = network.Id, Option = "Deelname", Amount = 0m, AmountDescription = "Gratis" });
        playgroup.RequiredDocuments.Add(new RequiredDocument { NetworkId = network.Id, Document = "Kids-ID" });
        playgroup.ServiceAreas.Add(new ServiceArea { NetworkId = network.Id, Name = "Leuven centrum", Postcodes = ["3000", "3001"] });
        playgroup.Capacities.Add(new ServiceCapacity { NetworkId = network.Id, Unit = "plaatsen", Available = 4, Maximum = 12, Updated = now });
        playgroup.Terms.Add(new ServiceTerm { NetworkId = network.Id, TermId = sub.Id });
        playgroup.Terms.Add(new ServiceTerm { NetworkId = network.Id, TermId = pillar.Id });

        var teens = new Service
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = $"Tienerpraat {suffix}", MinimumAgeMonths = 144, MaximumAgeMonths = 216,
            CreatedAt = now, UpdatedAt = now.AddDays(10),
        };
        teens.Terms.Add(new ServiceTerm { NetworkId = network.Id, TermId = other.Id });
        teens.Schedules.Add(new Schedule { NetworkId = network.Id, Days = [DayOfWeek.Monday], OpensAt = new TimeOnly(18, 0), ClosesAt = new TimeOnly(20, 0) });
        var inactive = new Service
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = $"Gestopte dienst {suffix}", Status = ServiceStatus.Defunct, CreatedAt = now, UpdatedAt = now,
        };
        var silentService = new Service
        {
            NetworkId = network.Id, OrganisationId = silent.Id, Name = $"Oude dienst {suffix}", Status = ServiceStatus.Inactive, CreatedAt = now, UpdatedAt = now,
        };

        await app.WithDbAsync(async db =>
        {
            db.Add(organisation);
            db.Add(silent);
            db.Add(new Membership { NetworkId = network.Id, OrganisationId = organisation.Id, Role = MembershipRole.Partner, StartDate = new DateOnly(2020, 1, 1) });
            db.Add(new Membership { NetworkId = network.Id, OrganisationId = silent.Id, Role = MembershipRole.Partner, StartDate = new DateOnly(2020, 1, 1) });
            db.Add(taxonomy);
            await db.SaveChangesAsync();
            db.AddRange(open, hidden, playgroup, teens, inactive, silentService);
            await db.SaveChangesAsync();
        });
        return new HsdsWorld(network, organisation, silent, taxonomy, pillar, sub, other, playgroup, teens, inactive, open, hidden);
    }
}
