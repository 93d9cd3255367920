using Microsoft.Extensions.DependencyInjection;
using Verbind.Helpline.Domain;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;
using Verbind.ServiceDirectory.Contracts;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.Testing;

/// <summary>Helplines, their staff and the services they refer to, for the Helpline and browser tests; each test in a network of its own.</summary>
public static class HelplineArrange
{
    /// <summary>
    /// A helpline in a new network. Open: a staffed shift runs all day, every day. Closed: no shift, or with
    /// <paramref name="nextShiftInTwoDays"/> one staffed evening shift the day after tomorrow.
    /// </summary>
    public static async Task<(Network Network, NetworkHelpline Helpline)> HelplineAsync(
        AppFactory app, bool open = true, Action<NetworkHelpline>? configure = null, bool nextShiftInTwoDays = false)
    {
        var network = await app.CreateNetworkAsync(kind: NetworkKind.HelplineProgramme);
        var helpline = new NetworkHelpline { NetworkId = network.Id, Slug = "hl-" + Guid.NewGuid().ToString("N")[..12], Name = "Testhulplijn" };
        configure?.Invoke(helpline);
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(TimeProvider.System.GetUtcNow().UtcDateTime));
        await app.WithDbAsync(async db =>
        {
            db.Add(helpline);
            if (open)
            {
                foreach (var day in Enum.GetValues<DayOfWeek>())
                {
                    var shift = new Shift { NetworkId = network.Id, HelplineId = helpline.Id, Day = day, Start = TimeOnly.MinValue, End = TimeOnly.MinValue };
                    db.Add(shift);
                    for (var offset = -1; offset <= 6; offset++)
                    {
                        if (today.AddDays(offset).DayOfWeek == day)
                        {
                            db.Add(new ShiftSignup { NetworkId = network.Id, ShiftId = shift.Id, UserId = Guid.NewGuid(), Date = today.AddDays(offset) });
                        }
                    }
                }
            }
            else if (nextShiftInTwoDays)
            {
                var date = today.AddDays(2);
                var shift = new Shift { NetworkId = network.Id, HelplineId = helpline.Id, Day = date.DayOfWeek, Start = new TimeOnly(19, 0), End = new TimeOnly(21, 0) };
                db.Add(shift);
                db.Add(new ShiftSignup { NetworkId = network.Id, ShiftId = shift.Id, UserId = Guid.NewGuid(), Date = date });
            }
            await db.SaveChangesAsync();
        });
        return (network, helpline);
    }

    /// <summary>A member (viewer) of the network with <paramref name="role"/> in the helpline.</summary>
    public static async Task<TestUser> StaffUserAsync(AppFactory app, Network network, NetworkHelpline helpline, StaffRole role)
    {
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);
        await app.WithDbAsync(async db =>
        {
            db.Add(new HelplineStaff { NetworkId = network.Id, HelplineId = helpline.Id, UserId = user.Id, Role = role });
            await db.SaveChangesAsync();
        });
        return user;
    }

    /// <summary>
    /// A published service of <paramref name="network"/> at one location in <paramref name="municipality"/> (Leuven's
    /// coordinates unless given), once the Directory's finder finds it (the search index follows the database within seconds).
    /// </summary>
    public static async Task<Service> ReferableServiceAsync(
        AppFactory app, Network network, string name, string municipality, string organisationName = "Rouwzorg vzw", double latitude = 50.8798, double longitude = 4.7005)
    {
        var organisation = new Organisation { Name = organisationName };
        var location = new Location
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = "Ontmoetingsruimte", Street = "Verzonnenstraat 3",
            Postcode = "3000", Municipality = municipality, Latitude = latitude, Longitude = longitude,
        };
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var service = new Service
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = name,
            Description = "Een verzonnen aanbod voor ouders na het verlies van een kindje.", CreatedAt = now, UpdatedAt = now,
        };
        await DirectoryArrange.SaveAsync(app, network, organisation, location, service);
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<IServiceFinder>().FindByIdAsync(network.Id, service.Id, CancellationToken.None) is not null)
            {
                return service;
            }
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"The Directory did not find the service '{name}' within 30 s.");
            }
            await Task.Delay(200);
        }
    }
}
