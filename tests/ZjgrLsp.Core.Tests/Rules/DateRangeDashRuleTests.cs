using ZjgrLsp.Core.Rules.Num;

namespace ZjgrLsp.Core.Tests.Rules;

public class DateRangeDashRuleTests
{
    private readonly DateRangeDashRule _rule = new();

    [Theory]
    [InlineData("《行动计划(2024-2026年)》", "《行动计划(2024—2026年)》")]
    [InlineData("1-6月，全省职工", "1—6月，全省职工")]
    [InlineData("6月3日–10日举行", "6月3日—10日举行")]
    [InlineData("2023年－2025年", "2023年—2025年")]
    public void AHyphenedSpanOfTime_TakesTheDash(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Theory]
    [InlineData("2024—2026年")]
    [InlineData("日期 2024-06-25 记录")]         // an ISO date
    [InlineData("电话0571-87654321")]
    [InlineData("5～10日")]                       // a house style, left alone
    [InlineData("型号AB-12年")]                   // a product code
    [InlineData("2024-6月")]                       // a year and a month are not a span
    public void RightSpansAndOtherHyphens_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));
}
