using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Tests;

public sealed class AgeRangeTests
{
    [Theory]
    [InlineData(-9, 0, -5, true)]      // a prenatal course, in the fourth month of pregnancy
    [InlineData(-9, 0, 1, false)]
    [InlineData(0, 36, 36, true)]      // the upper bound is included
    [InlineData(0, 36, 37, false)]
    [InlineData(null, 12, -9, true)]   // an open lower bound
    [InlineData(144, null, 288, true)] // an open upper bound
    public void Includes_the_ages_between_its_bounds(int? minimum, int? maximum, int age, bool expected) =>
        Assert.Equal(expected, new AgeRange(minimum, maximum).Includes(age));

    [Theory]
    [InlineData(-9, 288, true)]
    [InlineData(-10, 12, false)]  // before the pregnancy starts
    [InlineData(0, 289, false)]   // past the 24th birthday
    [InlineData(36, 12, false)]   // reversed
    [InlineData(null, null, true)]
    public void Is_valid_only_within_pregnancy_to_24_years_and_in_order(int? minimum, int? maximum, bool expected) =>
        Assert.Equal(expected, new AgeRange(minimum, maximum).IsValid);

    [Theory]
    [InlineData(0, 36, 36, 72, true)]
    [InlineData(0, 35, 36, 72, false)]
    [InlineData(null, null, 144, 216, true)]
    public void Overlaps_an_age_band_that_shares_a_month(int? minimum, int? maximum, int from, int to, bool expected) =>
        Assert.Equal(expected, new AgeRange(minimum, maximum).Overlaps(from, to));
}

public sealed class ScheduleTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void A_weekly_rule_is_open_on_its_days_between_opening_and_closing()
    {
        var schedule = new Schedule { Days = [DayOfWeek.Monday, DayOfWeek.Thursday], OpensAt = new(9, 0), ClosesAt = new(12, 0) };

        Assert.True(schedule.IsOpenAt(Monday, new(9, 0)));
        Assert.True(schedule.IsOpenAt(Monday.AddDays(3), new(11, 59)));
        Assert.False(schedule.IsOpenAt(Monday, new(12, 0)));
        Assert.False(schedule.IsOpenAt(Monday.AddDays(1), new(10, 0)));
    }

    [Fact]
    public void A_fortnightly_rule_skips_every_other_week_from_its_start()
    {
        var schedule = new Schedule { Days = [DayOfWeek.Wednesday], Interval = 2, ValidFrom = Monday };

        Assert.True(schedule.OccursOn(Monday.AddDays(2)));
        Assert.False(schedule.OccursOn(Monday.AddDays(9)));
        Assert.True(schedule.OccursOn(Monday.AddDays(16)));
    }

    [Fact]
    public void A_rule_does_not_occur_outside_its_validity()
    {
        var schedule = new Schedule { Days = [DayOfWeek.Monday], ValidFrom = Monday, ValidTo = Monday.AddDays(7) };

        Assert.False(schedule.OccursOn(Monday.AddDays(-7)));
        Assert.True(schedule.OccursOn(Monday.AddDays(7)));
        Assert.False(schedule.OccursOn(Monday.AddDays(14)));
    }

    [Fact]
    public void A_monthly_rule_occurs_on_its_day_of_the_month()
    {
        var schedule = new Schedule { Frequency = ScheduleFrequency.Monthly, DayOfMonth = 1 };

        Assert.True(schedule.OccursOn(new(2026, 12, 1)));
        Assert.False(schedule.OccursOn(new(2026, 12, 2)));
    }

    [Fact]
    public void A_special_day_overrides_the_weekly_rules()
    {
        Schedule[] weekly = [new() { Days = [DayOfWeek.Friday], OpensAt = new(9, 0), ClosesAt = new(17, 0) }];
        var christmas = new DateOnly(2026, 12, 25);
        var newYearsEve = new DateOnly(2026, 12, 31); // a Thursday: open in the morning only
        SpecialDay[] specialDays =
        [
            new() { Date = christmas, Closed = true, Reason = "Kerstmis" },
            new() { Date = newYearsEve, Closed = false, OpensAt = new(9, 0), ClosesAt = new(12, 0) },
        ];

        Assert.False(OpeningHours.IsOpenAt(weekly, specialDays, christmas, new(10, 0)));
        Assert.True(OpeningHours.IsOpenAt(weekly, specialDays, newYearsEve, new(10, 0)));
        Assert.False(OpeningHours.IsOpenAt(weekly, specialDays, newYearsEve, new(14, 0)));
        Assert.True(OpeningHours.IsOpenAt(weekly, specialDays, christmas.AddDays(7), new(14, 0)));
    }
}

public sealed class FreshnessTests
{
    [Theory]
    [InlineData("2026-05-23", false)]
    [InlineData("2026-05-22", true)]
    [InlineData(null, true)]
    public void A_record_not_verified_for_six_months_is_stale(string? verified, bool stale) =>
        Assert.Equal(stale, Freshness.IsStale(verified is null ? null : DateOnly.Parse(verified, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 23)));

    [Fact]
    public void A_redacted_location_shows_a_point_rounded_to_about_a_kilometre()
    {
        var shelter = new Location { Name = "Opvang", Latitude = 50.879512, Longitude = 4.700123, IsRedacted = true };

        Assert.Equal((50.88, 4.70), shelter.PublicPoint);
        shelter.IsRedacted = false;
        Assert.Equal((50.879512, 4.700123), shelter.PublicPoint);
    }
}
