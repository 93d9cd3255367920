using Verbind.Helpline.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>Helplines and their staff for the browser tests, each test in a network of its own.</summary>
internal static class HelplineArrange
{
    /// <summary>A helpline; open: a staffed shift all day every day; closed: a staffed shift the day after tomorrow only.</summary>
    public static async Task<(Network Network, NetworkHelpline Helpline)> HelplineAsync(AppFactory app, bool open)
    {
        var network = await app.CreateNetworkAsync(kind: NetworkKind.HelplineProgramme);
        var helpline = new NetworkHelpline { NetworkId = network.Id, Slug = "hl-" + Guid.NewGuid().ToString("N")[..12], Name = "Testhulplijn" };
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(TimeProvider.System.GetUtcNow().UtcDateTime));
        await app.WithDbAsync(async db =>
        {
            db.Add(helpline);
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                var shift = new Shift { NetworkId = network.Id, HelplineId = helpline.Id, Day = day, Start = open ? TimeOnly.MinValue : new TimeOnly(19, 0), End = open ? TimeOnly.MinValue : new TimeOnly(21, 0) };
                db.Add(shift);
                for (var offset = open ? -1 : 2; offset <= (open ? 1 : 2); offset++)
                {
                    if (today.AddDays(offset).DayOfWeek == day)
                    {
                        db.Add(new ShiftSignup { NetworkId = network.Id, ShiftId = shift.Id, UserId = Guid.NewGuid(), Date = today.AddDays(offset) });
                    }
                }
            }
            await db.SaveChangesAsync();
        });
        return (network, helpline);
    }

    /// <summary>A member (viewer) of the network with <paramref name="role"/> in the helpline.</summary>
    public static async Task<TestUser> StaffAsync(AppFactory app, Network network, NetworkHelpline helpline, StaffRole role)
    {
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);
        await app.WithDbAsync(async db =>
        {
            db.Add(new HelplineStaff { NetworkId = network.Id, HelplineId = helpline.Id, UserId = user.Id, Role = role });
            await db.SaveChangesAsync();
        });
        return user;
    }
}
