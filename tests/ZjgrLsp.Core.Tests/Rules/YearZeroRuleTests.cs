using ZjgrLsp.Core.Rules.Num;

namespace ZjgrLsp.Core.Tests.Rules;

public class YearZeroRuleTests
{
    private readonly YearZeroRule _rule = new();

    [Theory]
    [InlineData("二0二四年七月一日", "二〇二四年七月一日")]
    [InlineData("二O二三年", "二〇二三年")]
    [InlineData("二零零八年", "二〇〇八年")]
    [InlineData("二○二五年", "二〇二五年")]                 // U+25CB, a look-alike of 〇
    public void AStandInZero_BecomesLing(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Theory]
    [InlineData("二〇二四年七月一日")]
    [InlineData("2000年以来")]
    [InlineData("一九九九年")]
    [InlineData("三千零五十年")]       // a count of years, not a year
    public void RightYearsAndOtherNumbers_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));
}
