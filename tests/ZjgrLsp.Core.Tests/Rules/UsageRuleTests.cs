using ZjgrLsp.Core.Rules.Typo;

namespace ZjgrLsp.Core.Tests.Rules;

public class UsageRuleTests
{
    private readonly UsageRule _rule = new();

    [Theory]
    [InlineData("截止目前，全省已建成驿站2000余家。", "截至目前，全省已建成驿站2000余家。")]
    [InlineData("截止6月底，共有300人报名。", "截至6月底，共有300人报名。")]
    [InlineData("截止2023年底，党员总数为9918.5万名。", "截至2023年底，党员总数为9918.5万名。")]
    [InlineData("截止记者发稿时，仍在施救。", "截至记者发稿时，仍在施救。")]
    public void JiezhiBeforeAPointInTime_BecomesJiezhi(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Theory]
    [InlineData("报名于5月底截止。")]
    [InlineData("截止到6月30日，共有300人报名。")]
    [InlineData("截止日期为6月30日。")]
    [InlineData("截至目前，全省已建成驿站。")]
    [InlineData("申报工作已经截止，不再受理。")]
    public void JiezhiThatCloses_IsNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));
}
