using ZjgrLsp.Core.Rules.Punct;

namespace ZjgrLsp.Core.Tests.Rules;

public class UnpairedPunctuationRuleTests
{
    private readonly UnpairedPunctuationRule _rule = new();

    [Fact]
    public void StrayClosingQuote_IsFlagged()
    {
        const string text = "力争全县‘标杆型’工会驿站’达到50家。";
        var f = Assert.Single(RuleHarness.Run(_rule, text));
        Assert.Equal(text.LastIndexOf('’'), f.Span.Start);
    }

    [Fact]
    public void OpenerLeftOpenByThePageBeingCutOff_IsLayoutsBusiness()
    {
        Assert.Empty(RuleHarness.Flagged(_rule, "第一段话。\n\n长沙的产品在全国各城市的媒体广告上亮相。“真猴"));
        // Not at the page's end, or ending as a sentence: still unpaired.
        Assert.Single(RuleHarness.Flagged(_rule, "广告上亮相。“真猴\n\n下一段话。"));
        Assert.Single(RuleHarness.Flagged(_rule, "第一段话。\n\n广告上亮相。“真猴王。"));
    }

    [Fact]
    public void DoubledClosingMark_IsDeletedByTheFix()
    {
        Assert.Equal("他说：“好。”", RuleHarness.Fixed(_rule, "他说：“好。””"));
    }

    [Theory]
    [InlineData("学习《求是》杂志和“两个先行”。")]
    [InlineData("力争2024年年底前,全县‘标杆型工会驿\n\n站’达到50家左右。")]
    [InlineData("“第一段引文。\n\n“第二段引文。”")]
    [InlineData("Xi’an is a city.")]
    public void BalancedOrLegitimatelySplit_IsNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Fact]
    public void UnclosedTitleMark_IsFlagged() =>
        Assert.Equal(["《"], RuleHarness.Flagged(_rule, "发表《新时代新征程的使命任务。"));

    [Fact]
    public void CrossedPairs_FlagTheUnclosedInner() =>
        Assert.Equal(["《"], RuleHarness.Flagged(_rule, "他说“学习《纲要”。"));

    [Theory]
    [InlineData("他说“好“，然后离开。", "他说“好”，然后离开。")]
    [InlineData("会议指出”要加强“落实。", "会议指出“要加强”落实。")]       // a pair back to front
    [InlineData("打造‘标杆型驿站‘。", "打造‘标杆型驿站’。")]
    public void AQuoteTheWrongWayRound_IsTurned(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Theory]
    [InlineData("他说““好””。")]           // doubled marks: deleted, not turned
    [InlineData("他说“甲“乙”丙”。")]       // nested the wrong way: left to pairing
    public void DoubledOrNestedQuotes_AreNotTurned(string text) =>
        Assert.DoesNotContain(RuleHarness.Run(_rule, text), f => f.Message.StartsWith("引号方向有误"));
}
