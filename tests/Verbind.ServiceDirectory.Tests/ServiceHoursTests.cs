using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>The day filter's rule (ADR 0066): a service closed on a holiday is not open on that date.</summary>
public sealed class ServiceHoursTests
{
    private static readonly DateOnly Christmas = new(2026, 12, 25); // a Friday
    private static readonly DateOnly NewYearsEve = new(2026, 12, 31); // a Thursday

    private static Schedule Weekly(DayOfWeek day, int opens, int closes) => new() { Days = [day], OpensAt = new(opens, 0), ClosesAt = new(closes, 0) };

    private static SpecialDay Closed(DateOnly date) => new() { Date = date, Closed = true, Reason = "Feestdag" };

    private static SpecialDay OtherHours(DateOnly date, int opens, int closes) => new() { Date = date, Closed = false, OpensAt = new(opens, 0), ClosesAt = new(closes, 0) };

    [Fact]
    public void A_location_closed_on_a_holiday_is_not_open_that_date_but_is_the_week_after()
    {
        var hours = new ServiceHours([], [new PlaceHours([Weekly(DayOfWeek.Friday, 9, 17)], [Closed(Christmas)])]);

        Assert.False(hours.IsOpenOn(Christmas));
        Assert.False(hours.IsOpenOn(Christmas, new(10, 0)));
        Assert.True(hours.IsOpenOn(Christmas.AddDays(7)));
        Assert.True(hours.IsOpenOn(Christmas.AddDays(7), new(10, 0)));
    }

    [Fact]
    public void Other_hours_on_a_special_day_replace_the_locations_weekly_hours()
    {
        var hours = new ServiceHours([], [new PlaceHours([Weekly(DayOfWeek.Thursday, 9, 17)], [OtherHours(NewYearsEve, 9, 12)])]);

        Assert.True(hours.IsOpenOn(NewYearsEve));
        Assert.True(hours.IsOpenOn(NewYearsEve, new(11, 0)));
        Assert.False(hours.IsOpenOn(NewYearsEve, new(14, 0)));
    }

    [Fact]
    public void A_special_opening_opens_a_location_on_a_day_it_is_usually_closed()
    {
        var saturday = new DateOnly(2026, 12, 19);
        var hours = new ServiceHours([], [new PlaceHours([Weekly(DayOfWeek.Monday, 9, 12)], [OtherHours(saturday, 10, 16)])]);

        Assert.True(hours.IsOpenOn(saturday, new(10, 0)));
        Assert.False(hours.IsOpenOn(saturday.AddDays(7)));
    }

    [Fact]
    public void A_services_own_hours_hold_at_its_locations_and_their_closures_still_count()
    {
        var own = Weekly(DayOfWeek.Friday, 13, 15);
        var hours = new ServiceHours([own], [new PlaceHours([Weekly(DayOfWeek.Friday, 9, 17)], [Closed(Christmas)])]);

        Assert.False(hours.IsOpenOn(Christmas));
        Assert.True(hours.IsOpenOn(Christmas.AddDays(7), new(14, 0)));
        Assert.False(hours.IsOpenOn(Christmas.AddDays(7), new(10, 0))); // the location is open, the service is not
    }

    [Fact]
    public void Shorter_hours_of_a_location_narrow_the_services_own_hours()
    {
        var hours = new ServiceHours([Weekly(DayOfWeek.Thursday, 9, 17)], [new PlaceHours([], [OtherHours(NewYearsEve, 9, 12)])]);

        Assert.True(hours.IsOpenOn(NewYearsEve, new(10, 0)));
        Assert.False(hours.IsOpenOn(NewYearsEve, new(14, 0)));
    }

    [Fact]
    public void A_service_at_two_locations_is_open_when_one_of_them_is()
    {
        var closed = new PlaceHours([Weekly(DayOfWeek.Friday, 9, 17)], [Closed(Christmas)]);
        var open = new PlaceHours([Weekly(DayOfWeek.Friday, 9, 17)], []);

        Assert.True(new ServiceHours([], [closed, open]).IsOpenOn(Christmas, new(10, 0)));
        Assert.False(new ServiceHours([], [closed]).IsOpenOn(Christmas, new(10, 0)));
    }

    [Fact]
    public void A_service_without_locations_or_hours_is_never_open_for_a_day_filter()
    {
        Assert.False(ServiceHours.None.IsOpenOn(Christmas));
        Assert.True(new ServiceHours([Weekly(DayOfWeek.Friday, 9, 12)], []).IsOpenOn(Christmas));
    }

    [Fact]
    public void Validity_and_monthly_rules_count_on_a_date()
    {
        var ended = new Schedule { Days = [DayOfWeek.Friday], ValidTo = Christmas.AddDays(-1) };
        var monthly = new Schedule { Frequency = ScheduleFrequency.Monthly, DayOfMonth = 25 };

        Assert.False(new ServiceHours([ended], []).IsOpenOn(Christmas));
        Assert.True(new ServiceHours([monthly], []).IsOpenOn(Christmas));
        Assert.False(new ServiceHours([monthly], []).IsOpenOn(Christmas.AddDays(7)));
    }

    [Fact]
    public void Without_a_date_a_time_asks_the_regular_hours_only()
    {
        var hours = new ServiceHours([], [new PlaceHours([Weekly(DayOfWeek.Friday, 9, 12)], [Closed(Christmas)])]);

        Assert.True(hours.IsOpenAtSomeDay(new(10, 0)));
        Assert.False(hours.IsOpenAtSomeDay(new(13, 0)));
    }

    [Theory]
    [InlineData(DayOfWeek.Wednesday, "2026-12-23")] // today counts
    [InlineData(DayOfWeek.Thursday, "2026-12-24")]
    [InlineData(DayOfWeek.Monday, "2026-12-28")]
    [InlineData(DayOfWeek.Tuesday, "2026-12-29")]
    public void A_day_of_the_week_means_its_next_date_today_included(DayOfWeek day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ServiceHours.NextDate(day, new DateOnly(2026, 12, 23)));
}
