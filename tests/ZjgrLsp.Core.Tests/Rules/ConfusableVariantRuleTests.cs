using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Rules.Typo;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Rules;

public class ConfusableVariantRuleTests
{
    private readonly ConfusableVariantRule _rule = new();


    [Fact]
    public void HomophoneOfTheSameStretchElsewhere_IsFlagged()
    {
        const string mine = "省总工会出台了关于推进“守好红色根脉·办前十分钟活动”的指导意见。";
        string[] others = ["全省推进“守好红色根脉·班前十分钟活动”。", "开展“班前十分钟”宣讲。", "班前十分钟里学精神。"];
        var f = Assert.Single(RuleHarness.Run(_rule, mine, issue: RuleHarness.Issue(mine, others)));
        Assert.Equal("办", mine.Substring(f.Span.Start, f.Span.Length));
        Assert.Contains("音近", f.Message);
        Assert.Equal(mine.Replace("办前", "班前"), RuleHarness.Fixed(_rule, mine, issue: RuleHarness.Issue(mine, others)));
    }

    [Fact]
    public void HomophoneOfATermTheIssueUsesOften_IsFlaggedWithoutTheSameContext()
    {
        const string mine = "他说，既使困难再大也要完成任务。";
        var others = Enumerable.Range(1, 5).Select(i => $"第{i}条：即使困难重重，也要坚持。").ToArray();
        Assert.Equal(mine.Replace("既使", "即使"), RuleHarness.Fixed(_rule, mine, issue: RuleHarness.Issue(mine, others)));
    }

    [Fact]
    public void ParallelWording_IsNotFlagged()
    {
        const string mine = "用户必须有读权限才能打开文件。";
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: RuleHarness.Issue(mine, "用户必须有写权限才能打开文件。", "有写权限，有写权限，有写权限。")));
    }

    [Fact]
    public void UnrelatedCharacter_NeedsTheSameStretchElsewhere()
    {
        const string mine = "培育一批职工文化建队领军人才、一批精品力作。";
        const string sibling = "培育一批职工文化建设领军人才、一批精品力作。";
        const string filler = "加强职工文化建设，推进文化建设工程。";
        Assert.Equal(["队"], RuleHarness.Flagged(_rule, mine, issue: RuleHarness.Issue(mine, sibling, filler)));
        // Without the sibling sentence the issue only says 文化建设 is common: not enough for an unrelated character.
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: RuleHarness.Issue(mine, filler, filler)));
    }

    [Theory]
    [InlineData("许静结合平湖工会工作实践。")]           // 平湖 is a word
    [InlineData("新昌县总工会已累计发放补助。")]         // 以/已 needs more than three uses
    [InlineData("中国工会第十八次全国代表大会。")]        // numerals
    public void WordsAndWeakEvidence_AreNotFlagged(string mine)
    {
        var others = new[] { "区总工会以服务为本，和工会工作者一起，和工会工作者一起。", "第十一次全国会议，市总工会以此为据，和工会工作者一起。", "十一次全会，县总工会以此为据，和工会工作者一起。" };
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: RuleHarness.Issue(mine, others)));
    }

    [Fact]
    public void PageAlone_HasNoIssueToLearnFrom() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "推进“守好红色根脉·办前十分钟活动”。"));
}
