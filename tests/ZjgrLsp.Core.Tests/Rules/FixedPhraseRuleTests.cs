using ZjgrLsp.Core.Rules.Typo;

namespace ZjgrLsp.Core.Tests.Rules;

public class FixedPhraseRuleTests
{
    private readonly FixedPhraseRule _rule = new();

    [Theory]
    [InlineData("希望各级团组织认真践行的股股嘱托，深入群众。", "希望各级团组织认真践行的殷殷嘱托，深入群众。")] // look-alike, doubled pair
    [InlineData("全面落实意识形态工作责任制，牢牢意识形态安全防线；", "全面落实意识形态工作责任制，守牢意识形态安全防线；")] // repeats its neighbour
    [InlineData("我们要再接再励，争取更大成绩。", "我们要再接再厉，争取更大成绩。")] // idiom from jieba, homophone
    [InlineData("深入学习习近平新时代中国特色会主义思想。", "深入学习习近平新时代中国特色社会主义思想。")] // missing inside
    public void OneSlipFromAFixedExpression_IsFixedToTheCanonicalForm(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Theory]
    [InlineData("坚决筑牢意识形态安全防线。")]            // an accepted variant
    [InlineData("帮助新就业形态劳动者建会入会。")]          // the phrase followed by other words
    [InlineData("外卖配送员等新就业形态劳动者。")]          // a neighbouring word at the edge
    [InlineData("学习贯彻党的二十大精神。")]
    [InlineData("努力打造“重要窗口”。")]                    // a different first word is a variant, not a slip
    [InlineData("守好红色根\n\n脉的活动。")]                  // a column break, not a missing character
    [InlineData("这是推进中国现代化建设的必然要求。")]        // 中国|现代化: two whole words, not 中国式现代化 missing 式
    [InlineData("全体干部职工要同心勠力，攻坚克难。")]        // 勠 is rare: an old spelling chosen, not a slip for 戮
    public void RealTextAndVariants_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Fact]
    public void Message_NamesTheKindOfSlip()
    {
        var f = Assert.Single(RuleHarness.Run(_rule, "践行股股嘱托。"));
        Assert.Contains("形近", f.Message);
        Assert.Contains("殷殷嘱托", f.Message);
    }

    [Fact]
    public void AParagraphReadBefore_GivesTheSameFindings_WhereverItNowStands()
    {
        // The rule remembers each paragraph's findings by its text (BlockCache); after an edit above it, the
        // remembered findings must land where the paragraph now is, with their fixes.
        const string slip = "希望各级团组织认真践行的股股嘱托，深入群众。";
        var first = Assert.Single(RuleHarness.Run(_rule, slip));
        var edited = "本报讯 新加的一段。\n\n" + slip;
        var moved = Assert.Single(RuleHarness.Run(_rule, edited));
        var shift = edited.Length - slip.Length;
        Assert.Equal(first.Span.Start + shift, moved.Span.Start);
        Assert.Equal(first.Fixes[0].Edits[0].Offset + shift, moved.Fixes[0].Edits[0].Offset);
        Assert.Equal("本报讯 新加的一段。\n\n希望各级团组织认真践行的殷殷嘱托，深入群众。", RuleHarness.Fixed(_rule, edited));
        // Under a dictionary that accepts the text, the remembered finding does not come back.
        Assert.Empty(RuleHarness.Flagged(_rule, edited, new Core.Config.ZjgrConfig { Dictionary = ["股股嘱托"] }));
    }
}
