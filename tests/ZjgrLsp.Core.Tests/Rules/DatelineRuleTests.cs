using ZjgrLsp.Core.Rules.Date;

namespace ZjgrLsp.Core.Tests.Rules;

public class DatelineRuleTests
{
    private readonly DatelineRule _rule = new();
    private const string Masthead = "# 浙江工人日报\n\n2024年7月1日 星期一 甲辰年五月廿六\n\n";

    [Fact]
    public void DatelineAfterTheIssue_IsFlagged() =>
        Assert.Equal(["7月2日"], RuleHarness.Flagged(_rule, Masthead + "新华社北京7月2日电 正文。"));

    [Theory]
    [InlineData("新华社北京6月30日电 正文。")]
    [InlineData("本报杭州7月1日电 正文。")]
    public void DatelineOnOrBeforeTheIssue_IsNotFlagged(string body) => Assert.Empty(RuleHarness.Flagged(_rule, Masthead + body));

    [Fact]
    public void DecemberStoryInAJanuaryIssue_IsLastYear() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "# 浙江工人日报\n\n2025年1月2日 星期四\n\n新华社北京12月31日电 正文。"));

    [Fact]
    public void UndatedPage_IsNotChecked() => Assert.Empty(RuleHarness.Flagged(_rule, "新华社北京7月2日电 正文。"));
}
