using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Rules.Date;

namespace ZjgrLsp.Core.Tests.Rules;

public class MastheadDateRuleTests
{
    private readonly MastheadDateRule _rule = new();

    [Theory]
    [InlineData("# 浙江工人日报\n\n2024年7月1日 星期一 甲辰年五月廿六 总第12684号\n\n正文。")]
    [InlineData("壬寅年腊月廿七\n\n2023年1月18日\n\n星期三\n\n浙江工人日报\n\n正文。")]
    [InlineData("壬寅年十二月廿七\n\n2023年1月18日\n\n星期三\n\n浙江工人日报\n\n正文。")]
    [InlineData("# 浙江工人日报\n\n2023年4月19日 星期三 癸卯年闰二月廿九 总第1号\n\n正文。")]
    public void AgreeingMasthead_IsNotFlagged(string text) => Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Fact]
    public void WrongWeekdayLunarDayAndYear_AreFixed()
    {
        const string text = "# 浙江工人日报\n\n2024年7月1日 星期二 癸卯年五月廿七 总第12684号\n\n正文。";
        Assert.Equal("# 浙江工人日报\n\n2024年7月1日 星期一 甲辰年五月廿六 总第12684号\n\n正文。", RuleHarness.Fixed(_rule, text));
        Assert.Equal(2, RuleHarness.Run(_rule, text).Length);
    }

    [Fact]
    public void TraditionalMonthNames_AreKeptInTheFix() =>
        Assert.Equal("壬寅年腊月廿七\n\n2023年1月18日\n\n星期三\n\n浙江工人日报\n\n正文。",
            RuleHarness.Fixed(_rule, "壬寅年腊月廿六\n\n2023年1月18日\n\n星期三\n\n浙江工人日报\n\n正文。"));

    [Fact]
    public void LunarDate_ReadsLeapMonths() =>
        Assert.Equal("癸卯年闰二月初一", LunarDate.Of(new DateOnly(2023, 3, 22)).ToText(false));
}
