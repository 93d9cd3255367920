using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Statistics;

namespace Verbind.Helpline.Tests;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(0, false, "0")]
    [InlineData(1, false, "<10")]
    [InlineData(9, false, "<10")]
    [InlineData(10, false, "10")]
    [InlineData(3, true, "3")]
    public void Small_counts_are_suppressed_outside_the_helpline(int value, bool insider, string shown) =>
        Assert.Equal(shown, ShownCount.Of(value, insider).ToString());

    [Fact]
    public void Averages_of_small_groups_are_hidden_outside_and_the_chart_draws_nothing_for_a_suppressed_count()
    {
        var start = new DateTime(2026, 11, 23, 19, 0, 0, DateTimeKind.Utc);
        var chats = Enumerable.Range(0, 4).Select(i => new HelplineStatistics.Chat(start.AddMinutes(i), start.AddMinutes(i + 2), start.AddMinutes(i + 30), ConversationStatus.Ended, "Nevelrode", "family", 4, 5)).ToList();
        var outside = HelplineStatistics.Compute(chats, [], insider: false);
        Assert.Null(outside.Weeks[0].MedianWaitMinutes);
        Assert.Null(outside.SurveyHelped);
        Assert.Equal(0, outside.Weeks[0].Chats.Drawable);
        var inside = HelplineStatistics.Compute(chats, [], insider: true);
        Assert.Equal(2, inside.Weeks[0].MedianWaitMinutes);
        Assert.Equal(4, inside.SurveyHelped);
        Assert.Equal("2026-W48", inside.Weeks[0].Week);
    }
}
