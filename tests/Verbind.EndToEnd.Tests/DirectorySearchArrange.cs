using Verbind.Partners.Domain;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>Published services for the browser tests of the public search, each test in a municipality of its own.</summary>
internal static class DirectorySearchArrange
{
    public static string NewMunicipality() => "Proefdorp-" + Guid.NewGuid().ToString("N")[..8];

    public static async Task<Service> PublishAsync(AppFactory app, string name, string municipality, string contactEmail, bool free = true)
    {
        var network = await app.CreateNetworkAsync();
        var organisation = new Organisation { Name = "Huis van het Kind " + municipality };
        var location = new Location
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = "Ontmoetingshuis", Street = "Verzonnenstraat 7",
            Postcode = "3000", Municipality = municipality, Latitude = 50.8798, Longitude = 4.7005,
            AccessibilityFeatures = [AccessibilityFeature.WheelchairAccessible, AccessibilityFeature.PramSpace],
            Schedules = [new Schedule { NetworkId = network.Id, Days = [DayOfWeek.Monday, DayOfWeek.Thursday], OpensAt = new(9, 0), ClosesAt = new(12, 0) }],
        };
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var service = new Service
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = name,
            Description = "Een verzonnen aanbod om de publieke zoekpagina te testen. Ouders en kinderen van 0 tot 3 jaar zijn welkom.",
            MinimumAgeMonths = 0, MaximumAgeMonths = 36, Languages = ["nl", "fr"], CreatedAt = now, UpdatedAt = now,
            Contacts = [new ServiceContact { NetworkId = network.Id, Name = "Onthaal", Email = contactEmail }],
            CostOptions = free ? [] : [new CostOption { NetworkId = network.Id, Amount = 7.5m, Option = "Per sessie" }],
        };
        await DirectoryArrange.SaveAsync(app, network, organisation, location, service);
        return service;
    }
}
