using ZjgrLsp.Core.Rules.Date;

namespace ZjgrLsp.Core.Tests.Rules;

public class CalendarDateRuleTests
{
    private readonly CalendarDateRule _rule = new();
    private const string Masthead = "# 浙江工人日报\n\n2024年7月1日 星期一 甲辰年五月廿六\n\n";

    [Theory]
    [InlineData("会议于6月31日召开。", "6月31日")]
    [InlineData("2023年2月29日，工程开工。", "2023年2月29日")]
    [InlineData("截至13月5日。", "13月5日")]
    [InlineData("于２月３０日举行。", "２月３０日")]                 // full-width digits
    public void ADateThatDoesNotExist_IsFlaggedWithoutAFix(string body, string flagged)
    {
        var f = Assert.Single(RuleHarness.Run(_rule, body));
        Assert.Equal(flagged, body.Substring(f.Span.Start, f.Span.Length));
        Assert.Empty(f.Fixes);
    }

    [Theory]
    [InlineData("6月25日（星期三），职工代表大会召开。", "6月25日（星期二），职工代表大会召开。")]
    [InlineData("6月25日，周三，职工代表大会召开。", "6月25日，周二，职工代表大会召开。")]
    [InlineData("本报讯 据悉，去年大会于2023年6月25日(星期一)在杭州开幕，历时三天。", "本报讯 据悉，去年大会于2023年6月25日(星期日)在杭州开幕，历时三天。")]                 // the printed year wins
    public void AWrongWeekday_IsFixedFromTheCalendar(string body, string expected) =>
        Assert.Equal(Masthead + expected, RuleHarness.Fixed(_rule, Masthead + body));

    [Fact]
    public void ADecemberDateInAJanuaryIssue_IsLastYears() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "# 浙江工人日报\n\n2025年1月2日 星期四\n\n12月31日（星期二）晚，活动举行。"));

    [Theory]
    [InlineData("6月25日（星期二），7月1日（周一），2月29日举行。")]   // right weekdays; 2024 is a leap year
    [InlineData("第112月1日")]                                            // not a date: digits run on before it
    [InlineData("每周一至周五，6月30日截止。")]
    public void RightDates_AreNotFlagged(string body) => Assert.Empty(RuleHarness.Flagged(_rule, Masthead + body));

    [Fact]
    public void WithoutAnIssueDate_OnlyMonthAndDayAreChecked()
    {
        Assert.Empty(RuleHarness.Flagged(_rule, "6月25日（星期三），2月29日。"));
        Assert.Equal(["4月31日"], RuleHarness.Flagged(_rule, "会议于4月31日（星期三）召开。"));
    }

    [Fact]
    public void TheMasthead_IsLeftToDateMasthead() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "# 浙江工人日报\n\n2024年7月1日 星期二\n\n正文。"));
}
