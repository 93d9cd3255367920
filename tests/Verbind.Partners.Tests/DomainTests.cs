using Verbind.Partners.Domain;

namespace Verbind.Partners.Tests;

public sealed class EnterpriseNumberTests
{
    [Theory]
    [InlineData("0403.170.701", "0403170701")]
    [InlineData("0403 170 701", "0403170701")]
    [InlineData("BE0403170701", "0403170701")]
    [InlineData("be 0403.170.701", "0403170701")]
    [InlineData("403170701", "0403170701")] // old 9-digit form
    [InlineData("1234.567.894", "1234567894")]
    public void A_valid_KBO_number_is_read_in_its_usual_spellings(string input, string digits)
    {
        Assert.True(EnterpriseNumber.TryParse(input, EnterpriseRegister.Kbo, out var number, out var error));
        Assert.Equal(EnterpriseNumberError.None, error);
        Assert.Equal(digits, number.Digits);
    }

    [Theory]
    [InlineData("0403.170.702", EnterpriseNumberError.CheckFailed)] // wrong check digits
    [InlineData("0403.170.799", EnterpriseNumberError.CheckFailed)]
    [InlineData("2403.170.701", EnterpriseNumberError.CheckFailed)] // must start with 0 or 1
    [InlineData("0403.170.7", EnterpriseNumberError.WrongLength)]
    [InlineData("0403.170.70", EnterpriseNumberError.CheckFailed)] // nine digits: read as an old number with a leading zero
    [InlineData("04031707011", EnterpriseNumberError.WrongLength)]
    [InlineData("", EnterpriseNumberError.WrongLength)]
    [InlineData("0403A170701", EnterpriseNumberError.NotDigits)]
    [InlineData("<script>", EnterpriseNumberError.NotDigits)]
    public void An_invalid_KBO_number_is_refused_with_the_reason(string input, EnterpriseNumberError expected)
    {
        Assert.False(EnterpriseNumber.TryParse(input, EnterpriseRegister.Kbo, out var number, out var error));
        Assert.Null(number);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Every_check_digit_but_the_right_one_is_refused()
    {
        const string body = "04031707";
        for (var check = 0; check <= 99; check++)
        {
            var valid = EnterpriseNumber.TryParse($"{body}{check:D2}", EnterpriseRegister.Kbo, out _, out _);
            Assert.Equal(check == 1, valid);
        }
    }

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("1234 5678", true)]
    [InlineData("1234567", false)]
    [InlineData("123456789", false)]
    [InlineData("1234567a", false)]
    public void A_KvK_number_has_eight_digits(string input, bool valid)
    {
        Assert.Equal(valid, EnterpriseNumber.TryParse(input, EnterpriseRegister.Kvk, out _, out _));
    }

    [Fact]
    public void Numbers_are_shown_in_their_register_format_and_survive_storage()
    {
        EnterpriseNumber.TryParse("BE 0403170701", EnterpriseRegister.Kbo, out var kbo, out _);
        EnterpriseNumber.TryParse("12345678", EnterpriseRegister.Kvk, out var kvk, out _);
        Assert.Equal("0403.170.701", kbo!.Display);
        Assert.Equal("12345678", kvk!.Display);
        Assert.Equal(kbo, EnterpriseNumber.FromStorage(kbo.ToStorage()));
        Assert.Equal(kvk, EnterpriseNumber.FromStorage(kvk.ToStorage()));
    }
}

public sealed class OpeningHoursTests
{
    private static OpeningHours H(DayOfWeek day, int opens, int closes) => new(day, new TimeOnly(opens, 0), new TimeOnly(closes, 0));

    [Fact]
    public void A_normal_week_with_a_lunch_break_is_valid()
    {
        Assert.Empty(OpeningHoursRules.Check([H(DayOfWeek.Monday, 9, 12), H(DayOfWeek.Monday, 13, 17), H(DayOfWeek.Friday, 9, 12)]));
    }

    [Fact]
    public void Closing_before_or_at_opening_is_refused()
    {
        var problems = OpeningHoursRules.Check([H(DayOfWeek.Tuesday, 17, 9), H(DayOfWeek.Wednesday, 9, 9)]);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(OpeningHoursError.ClosesBeforeOpens, p.Error));
        Assert.Contains(problems, p => p.Day == DayOfWeek.Tuesday);
    }

    [Fact]
    public void Overlapping_periods_of_one_day_are_refused()
    {
        var problems = OpeningHoursRules.Check([H(DayOfWeek.Monday, 9, 13), H(DayOfWeek.Monday, 12, 17)]);
        Assert.Equal(OpeningHoursError.Overlaps, Assert.Single(problems).Error);
    }
}

public sealed class MembershipHistoryTests
{
    private static readonly Guid NetworkId = Guid.NewGuid();
    private static readonly Guid OrganisationId = Guid.NewGuid();
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static Membership Member(MembershipRole role, DateOnly start, DateOnly? end = null) =>
        new() { NetworkId = NetworkId, OrganisationId = OrganisationId, Role = role, StartDate = start, EndDate = end };

    [Fact]
    public void Changing_the_role_ends_the_current_membership_the_day_before_and_starts_a_new_one()
    {
        var current = Member(MembershipRole.Partner, new DateOnly(2024, 1, 1));
        var history = new MembershipHistory([current]);

        var outcome = history.ChangeRole(MembershipRole.CorePartner, Today, Today);

        Assert.True(outcome.Succeeded);
        Assert.True(outcome.IsNew);
        Assert.Equal(Today.AddDays(-1), current.EndDate);
        Assert.Equal(MembershipRole.Partner, current.Role);
        Assert.Equal(Today, outcome.Membership!.StartDate);
        Assert.Equal(MembershipRole.CorePartner, history.Current(Today)!.Role);
        Assert.Equal(2, history.All.Count);
    }

    [Fact]
    public void A_role_change_on_the_start_day_corrects_the_membership()
    {
        var current = Member(MembershipRole.Partner, Today);
        var outcome = new MembershipHistory([current]).ChangeRole(MembershipRole.Municipality, Today, Today);
        Assert.True(outcome.Succeeded);
        Assert.False(outcome.IsNew);
        Assert.Equal(MembershipRole.Municipality, current.Role);
        Assert.Null(current.EndDate);
    }

    [Theory]
    [InlineData(MembershipRole.Partner, 0, MembershipError.SameRole)]
    [InlineData(MembershipRole.CorePartner, -800, MembershipError.BeforeCurrentStart)]
    public void A_role_change_that_breaks_the_history_is_refused(MembershipRole role, int daysFromToday, MembershipError expected)
    {
        var current = Member(MembershipRole.Partner, new DateOnly(2024, 1, 1));
        var outcome = new MembershipHistory([current]).ChangeRole(role, Today.AddDays(daysFromToday), Today);
        Assert.Equal(expected, outcome.Error);
        Assert.Null(current.EndDate);
    }

    [Fact]
    public void Ending_keeps_the_membership_and_a_later_return_starts_a_new_one()
    {
        var current = Member(MembershipRole.Partner, new DateOnly(2024, 1, 1));
        var history = new MembershipHistory([current]);

        Assert.True(history.End(new DateOnly(2025, 3, 31), Today).Succeeded);
        Assert.Null(history.Current(Today));
        Assert.Equal(MembershipError.NotMember, history.End(Today, Today).Error);
        Assert.Equal(MembershipError.NotMember, history.ChangeRole(MembershipRole.CorePartner, Today, Today).Error);
        Assert.Equal(MembershipError.StartsBeforePreviousEnd, history.Join(NetworkId, OrganisationId, MembershipRole.Partner, new DateOnly(2025, 3, 31), Today).Error);

        var back = history.Join(NetworkId, OrganisationId, MembershipRole.CorePartner, Today, Today);
        Assert.True(back.Succeeded);
        Assert.Equal(2, history.All.Count);
        Assert.Equal(MembershipError.AlreadyMember, history.Join(NetworkId, OrganisationId, MembershipRole.Partner, Today.AddDays(1), Today).Error);
    }

    [Fact]
    public void A_membership_cannot_end_before_it_started()
    {
        var current = Member(MembershipRole.Partner, new DateOnly(2024, 1, 1));
        Assert.Equal(MembershipError.EndsBeforeStart, new MembershipHistory([current]).End(new DateOnly(2023, 12, 31), Today).Error);
        Assert.Null(current.EndDate);
    }
}

public sealed class SearchTextTests
{
    [Fact]
    public void Search_text_is_lower_case_without_accents()
    {
        Assert.Equal("helene van 't zandt", SearchText.Fold("  Hélène  Van 't ZANDT "));
        Assert.Equal(["creche", "zonnedal"], SearchText.Terms("Crèche   ZONNEDAL crèche"));
    }

    [Fact]
    public void Expertise_tags_are_trimmed_lower_case_and_unique()
    {
        Assert.Equal(["borstvoeding", "perinatale rouw"], ExpertiseTags.Parse(" Borstvoeding, perinatale  rouw ;borstvoeding,, "));
    }
}
