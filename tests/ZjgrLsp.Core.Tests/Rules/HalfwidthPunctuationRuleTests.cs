using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Rules.Punct;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Rules;

public class HalfwidthPunctuationRuleTests
{
    private readonly HalfwidthPunctuationRule _rule = new();

    [Fact]
    public void MixedPage_FlagsEveryHalfwidthMarkInChineseText()
    {
        const string text = "会议强调，要聚焦聚力,落细落实;创新创优(2024年)?好!";
        Assert.Equal([",", ";", "(", ")", "?", "!"], RuleHarness.Flagged(_rule, text));
        Assert.Equal("会议强调，要聚焦聚力，落细落实；创新创优（2024年）？好！", RuleHarness.Fixed(_rule, text));
    }

    [Theory]
    [InlineData("新华社北京5月12日电(记者奚启新）据报道，会议召开。", "新华社北京5月12日电（记者奚启新）据报道，会议召开。")]
    [InlineData("它建成了数据库（简称CECDB)，边建库，边销售。", "它建成了数据库（简称CECDB），边建库，边销售。")]
    [InlineData("王常力(右二）与科技人员一起调试。", "王常力（右二）与科技人员一起调试。")]
    public void BracketPairedWithOneOfTheOtherWidth_GoesFullwidth(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Fact]
    public void StraightQuotesInChineseText_BecomeCurlyInPairs() =>
        Assert.Equal("会议强调，要深入学习“两个确立”的意义。职工说：“很好。”",
            RuleHarness.Fixed(_rule, "会议强调，要深入学习\"两个确立\"的意义。职工说：\"很好。\""));

    [Theory]
    [InlineData("会议强调，要深入学习\"两个确立的意义。")]       // an odd one: which way it faces cannot be told
    [InlineData("会议强调，命令是 grep \"abc\" 即可。")]      // Latin text inside
    [InlineData("会议强调，使用冒号\":\"分隔。")]                // a symbol quoted as itself
    public void StraightQuotesThatCannotBePaired_AreLeftAlone(string text) =>
        Assert.DoesNotContain("\"", RuleHarness.Flagged(_rule, text));

    [Fact]
    public void NumbersTimesUrlsAndMarkers_AreLeftAlone()
    {
        const string text = "会议，共1,000人,10:30开始,详见http://a.cn/x?y=1,请查阅(下转第4版)";
        Assert.Equal([",", ",", ","], RuleHarness.Flagged(_rule, text));
    }

    [Fact]
    public void PageHalfwidthThroughout_IsTakenAsAnExport()
    {
        Assert.Empty(RuleHarness.Flagged(_rule, "会议强调,要聚焦聚力,落细落实。"));
    }

    [Fact]
    public void PageHalfwidthThroughout_IsFlaggedWhenTheIssueCarriesTheSameTextFullwidth()
    {
        const string mine = "全省工会宣传思想文化工作会议6月28日在杭州召开,会议深入学习贯彻。";
        var sibling = NewsDocument.Parse("/issue/01.txt", mine.Replace(',', '，'));
        var page = NewsDocument.Parse("/issue/02.txt", mine);
        var issue = new IssueContext([sibling, page]);
        Assert.Equal([","], RuleHarness.Flagged(_rule, mine, issue: issue));
    }

    [Fact]
    public void StyleOption_OverridesTheEvidence()
    {
        const string text = "会议强调,要聚焦聚力。";
        Assert.Equal([","], RuleHarness.Flagged(_rule, text, ZjgrConfig.Parse("""{"rules":{"punct/halfwidth":{"style":"fullwidth"}}}""")));
        Assert.Empty(RuleHarness.Flagged(_rule, "会议，强调,要聚焦。", ZjgrConfig.Parse("""{"rules":{"punct/halfwidth":{"style":"any"}}}""")));
    }

    [Fact]
    public void NonBmpNeighbour_CountsAsChinese()
    {
        const string text = "，𠮷,野家";
        var f = Assert.Single(RuleHarness.Run(_rule, text));
        Assert.Equal(3, f.Span.Start);
    }
}
