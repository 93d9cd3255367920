using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Data;

/// <summary>
/// A fictional helpline for the Sterrenkinderen Lichtpunt network at /chat/lichtpunt, with evening shifts,
/// the demo coordinator as supervisor and an invented counsellor on duty for the coming weeks.
/// </summary>
internal sealed class HelplineDemoSeeder(UserManager<AppUser> users, TimeProvider clock) : IDemoSeeder
{
    public const string Slug = "lichtpunt";
    public const string CounsellorEmail = "hulpverlener@demo.verbind.test";

    public int Order => 30;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var network = await db.Networks.FirstOrDefaultAsync(n => n.Slug == "sterrenkinderen-lichtpunt", cancellationToken);
        var coordinator = await db.Users.FirstOrDefaultAsync(u => u.Email == DemoAccounts.CoordinatorEmail, cancellationToken);
        if (network is null || coordinator is null)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var counsellor = new AppUser { UserName = CounsellorEmail, Email = CounsellorEmail, EmailConfirmed = true, DisplayName = "Fien Maesschalck", CreatedAt = now };
        if (!(await users.CreateAsync(counsellor, DemoAccounts.Password)).Succeeded)
        {
            return;
        }
        db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = network.Id, UserId = counsellor.Id, Role = NetworkRole.Viewer, GrantedAt = now });

        var helpline = new NetworkHelpline
        {
            NetworkId = network.Id, Slug = Slug, Name = "Lichtpunt chat", RetentionDays = 30, SurveyEnabled = true,
            ReferralUrl = "https://sociale-kaart.example/perinatale-rouw",
        };
        db.Add(helpline);
        db.Add(new HelplineStaff { NetworkId = network.Id, HelplineId = helpline.Id, UserId = coordinator.Id, Role = StaffRole.Supervisor });
        db.Add(new HelplineStaff { NetworkId = network.Id, HelplineId = helpline.Id, UserId = counsellor.Id, Role = StaffRole.Counsellor });

        (DayOfWeek Day, int From, int To)[] week = [(DayOfWeek.Monday, 19, 22), (DayOfWeek.Wednesday, 19, 22), (DayOfWeek.Thursday, 13, 16), (DayOfWeek.Saturday, 10, 13)];
        var shifts = week.Select(s => new Shift { NetworkId = network.Id, HelplineId = helpline.Id, Day = s.Day, Start = new TimeOnly(s.From, 0), End = new TimeOnly(s.To, 0) }).ToList();
        db.AddRange(shifts);
        // The counsellor covers the evening shifts of the next three weeks; the others are left open as gaps.
        var today = DateOnly.FromDateTime(now);
        for (var day = 0; day < 21; day++)
        {
            var date = today.AddDays(day);
            foreach (var shift in shifts.Where(s => s.Day == date.DayOfWeek && s.Start.Hour >= 19))
            {
                db.Add(new ShiftSignup { NetworkId = network.Id, ShiftId = shift.Id, UserId = counsellor.Id, Date = date });
            }
        }
        db.Add(new RosterClosure { NetworkId = network.Id, HelplineId = helpline.Id, Date = new DateOnly(today.Year, 12, 25), Reason = "Kerstmis" });
        await db.SaveChangesAsync(cancellationToken);
    }
}
