using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Chat;
using Verbind.Helpline.Features.Roster;
using Verbind.Platform.Ui;

namespace Verbind.Helpline.Tests;

public sealed class QueueAndRosterTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime StaleBefore = Monday.AddMinutes(-2);

    [Fact]
    public void The_queue_puts_risk_first_then_the_longest_waiting()
    {
        var early = Waiting(Monday.AddMinutes(-30));
        var late = Waiting(Monday.AddMinutes(-5));
        var urgent = Waiting(Monday.AddMinutes(-1), risk: true);
        var active = Waiting(Monday.AddMinutes(-60));
        active.Status = ConversationStatus.Active;
        Assert.Equal([urgent, early, late], QueueRules.InOrder([late, active, early, urgent]).ToList());
    }

    [Theory]
    [InlineData(1, 1, 2, 0)]
    [InlineData(2, 1, 2, 20)]
    [InlineData(3, 1, 2, 20)]
    [InlineData(4, 1, 2, 40)]
    [InlineData(1, 0, 0, 20)]
    public void The_estimated_wait_counts_free_seats_then_rounds_of_average_chats(int position, int free, int seats, int minutes) =>
        Assert.Equal(minutes, QueueRules.EstimatedWaitMinutes(position, free, seats, TimeSpan.FromMinutes(20)));

    [Fact]
    public void The_next_chat_goes_to_the_available_counsellor_with_the_fewest_chats_then_idle_longest()
    {
        var busy = Presence(Availability.Available, capacity: 3, lastAssigned: Monday.AddHours(-3));
        var idle = Presence(Availability.Available, capacity: 3, lastAssigned: Monday.AddHours(-1));
        var longestIdle = Presence(Availability.Available, capacity: 3, lastAssigned: Monday.AddHours(-2));
        var away = Presence(Availability.Away, capacity: 3, lastAssigned: Monday.AddHours(-9));
        var full = Presence(Availability.Available, capacity: 1, lastAssigned: Monday.AddHours(-9));
        var load = new Dictionary<Guid, int> { [busy.UserId] = 2, [full.UserId] = 1 };
        Assert.Same(longestIdle, QueueRules.PickCounsellor([busy, idle, longestIdle, away, full], load, StaleBefore));
        Assert.Null(QueueRules.PickCounsellor([away, full], load, StaleBefore));
    }

    [Fact]
    public void A_counsellor_whose_console_stopped_beating_gets_no_chat_even_with_connections_counted()
    {
        var crashed = Presence(Availability.Available, capacity: 3, lastAssigned: Monday.AddHours(-5));
        crashed.LastSeenAt = StaleBefore.AddSeconds(-1);
        var alive = Presence(Availability.Available, capacity: 3, lastAssigned: Monday.AddHours(-1));
        Assert.False(crashed.IsOnline(StaleBefore));
        Assert.Same(alive, QueueRules.PickCounsellor([crashed, alive], new Dictionary<Guid, int>(), StaleBefore));
        Assert.Null(QueueRules.PickCounsellor([crashed], new Dictionary<Guid, int>(), StaleBefore));
    }

    [Fact]
    public void The_counsellor_a_parent_asked_for_is_preferred_when_free_and_the_fair_rules_hold_otherwise()
    {
        var asked = Presence(Availability.Available, capacity: 2, lastAssigned: Monday.AddMinutes(-1));
        var idle = Presence(Availability.Available, capacity: 2, lastAssigned: Monday.AddHours(-3));
        var noLoad = new Dictionary<Guid, int>();
        Assert.Same(asked, QueueRules.PickCounsellor([idle, asked], new Dictionary<Guid, int> { [asked.UserId] = 1 }, StaleBefore, asked.UserId));
        Assert.Same(idle, QueueRules.PickCounsellor([idle, asked], new Dictionary<Guid, int> { [asked.UserId] = 2 }, StaleBefore, asked.UserId));
        asked.Availability = Availability.Busy;
        Assert.Same(idle, QueueRules.PickCounsellor([idle, asked], noLoad, StaleBefore, asked.UserId));
        Assert.Same(idle, QueueRules.PickCounsellor([idle], noLoad, StaleBefore, Guid.NewGuid()));
    }

    [Fact]
    public void A_staffed_shift_opens_the_chat_and_the_next_staffed_shift_is_named_when_closed()
    {
        var evening = new Shift { Day = DayOfWeek.Monday, Start = new TimeOnly(19, 0), End = new TimeOnly(22, 0) };
        var saturday = new Shift { Day = DayOfWeek.Saturday, Start = new TimeOnly(10, 0), End = new TimeOnly(13, 0) };
        var day = new DateOnly(2026, 11, 23);
        ShiftSignup[] signups = [new() { ShiftId = saturday.Id, Date = new DateOnly(2026, 11, 28) }, new() { ShiftId = evening.Id, Date = new DateOnly(2026, 11, 30) }];
        var occurrences = RosterSchedule.Occurrences([evening, saturday], [], signups, day, 14).ToList();

        var mondayEvening = Utc(day, 20, 0);
        Assert.Null(RosterSchedule.Current(occurrences, mondayEvening));
        var next = RosterSchedule.Next(occurrences, mondayEvening)!;
        Assert.Equal((saturday.Id, new DateOnly(2026, 11, 28)), (next.Shift.Id, next.Date));
        Assert.Equal(Utc(new DateOnly(2026, 11, 28), 10, 0), next.StartUtc);
        Assert.NotNull(RosterSchedule.Current(occurrences, Utc(new DateOnly(2026, 11, 28), 12, 59)));
        Assert.Null(RosterSchedule.Current(occurrences, Utc(new DateOnly(2026, 11, 28), 13, 0)));
    }

    [Fact]
    public void Closures_remove_a_day_and_uncovered_coming_shifts_are_gaps()
    {
        var evening = new Shift { Day = DayOfWeek.Monday, Start = new TimeOnly(19, 0), End = new TimeOnly(22, 0), Needed = 2 };
        var day = new DateOnly(2026, 11, 23);
        RosterClosure[] closures = [new() { Date = new DateOnly(2026, 11, 30), Reason = "Feestdag" }];
        ShiftSignup[] signups = [new() { ShiftId = evening.Id, Date = day }, new() { ShiftId = evening.Id, Date = day }, new() { ShiftId = evening.Id, Date = new DateOnly(2026, 12, 7) }];
        var occurrences = RosterSchedule.Occurrences([evening], closures, signups, day, 21).ToList();
        Assert.Equal([day, new DateOnly(2026, 12, 7)], occurrences.Select(o => o.Date));
        Assert.Equal([new DateOnly(2026, 12, 7)], RosterSchedule.Gaps(occurrences, Monday).Select(o => o.Date));
    }

    [Fact]
    public void A_shift_that_ends_after_midnight_runs_into_the_next_day()
    {
        var night = new Shift { Day = DayOfWeek.Friday, Start = new TimeOnly(22, 0), End = new TimeOnly(1, 0) };
        var friday = new DateOnly(2026, 11, 27);
        var occurrence = RosterSchedule.Occurrences([night], [], [new ShiftSignup { ShiftId = night.Id, Date = friday }], friday, 1).Single();
        Assert.Equal(TimeSpan.FromHours(3), occurrence.EndUtc - occurrence.StartUtc);
        Assert.NotNull(RosterSchedule.Current([occurrence], Utc(friday.AddDays(1), 0, 30)));
    }

    private static DateTime Utc(DateOnly date, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified), LocalTime.Zone);

    private static Conversation Waiting(DateTime queuedAt, bool risk = false) =>
        new() { ResumeTokenHash = Guid.NewGuid().ToString(), QueuedAt = queuedAt, Risk = risk, Status = ConversationStatus.Waiting };

    private static CounsellorPresence Presence(Availability availability, int capacity, DateTime lastAssigned) =>
        new() { UserId = Guid.NewGuid(), Availability = availability, Capacity = capacity, Connections = 1, LastAssignedAt = lastAssigned, LastSeenAt = Monday };
}
