using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.Testing;

/// <summary>Services of the Directory written straight into the database, for tests of the pages and modules that show them.</summary>
public static class DirectoryArrange
{
    /// <summary>Saves <paramref name="service"/> at its one <paramref name="location"/>, offered by <paramref name="organisation"/> (a member of the network since 2020).</summary>
    public static Task SaveAsync(AppFactory app, Network network, Organisation organisation, Location location, Service service)
    {
        service.Locations.Add(new ServiceAtLocation { NetworkId = network.Id, ServiceId = service.Id, LocationId = location.Id });
        return app.WithDbAsync(async db =>
        {
            db.Set<Organisation>().Add(organisation);
            db.Set<Membership>().Add(new Membership { NetworkId = network.Id, OrganisationId = organisation.Id, StartDate = new DateOnly(2020, 1, 1) });
            db.Set<Location>().Add(location);
            db.Set<Service>().Add(service);
            await db.SaveChangesAsync();
        });
    }
}
