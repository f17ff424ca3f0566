using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Rules.Cont;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Rules;

public class MarkerTargetRuleTests
{
    private readonly MarkerTargetRule _rule = new();

    private static string[] Flag(string page1, params (string Name, string Text)[] others)
    {
        var docs = others.Select(o => NewsDocument.Parse($"/2024-07-01/{o.Name}", o.Text)).Append(NewsDocument.Parse("/2024-07-01/01.txt", page1)).ToList();
        var analyzer = new Analyzer([new MarkerTargetRule()]);
        return analyzer.Analyze(docs[^1], null, new IssueContext(docs)).Select(f => f.Message).ToArray();
    }

    [Fact]
    public void ReciprocalMarkers_AreFine() =>
        Assert.Empty(Flag("头版文章。\n\n（下转第4版）", ("04-要闻.txt", "（上接第1版）文章后半部分。")));

    [Fact]
    public void MissingReciprocal_MissingPage_AndSelfReference_AreFlagged()
    {
        Assert.Contains("没有对应", Assert.Single(Flag("头版文章。\n\n（下转第4版）", ("04.txt", "另一篇文章。"))));
        Assert.Contains("没有第5版", Assert.Single(Flag("头版文章。\n\n（下转第5版）", ("04.txt", "另一篇文章。"))));
        Assert.Contains("本版", Assert.Single(Flag("头版文章。\n\n（下转第1版）", ("04.txt", "另一篇文章。"))));
    }

    [Fact]
    public void AMarkerNumberedWrong_IsRenumberedToTheOnePagePointingBack()
    {
        // Page 1 says (下转第3版); page 3 picks it up as (上接第2版), and there is no page 2 wanting it.
        var docs = new[]
        {
            NewsDocument.Parse("/2024-07-01/01.txt", "头版文章。\n\n（下转第3版）"),
            NewsDocument.Parse("/2024-07-01/03.txt", "（上接第2版）文章后半部分。"),
        };
        var finding = Assert.Single(new Analyzer([new MarkerTargetRule()]).Analyze(docs[1], null, new IssueContext(docs)));
        Assert.Contains("第1版的“（下转第3版）”无人对应", finding.Message);
        Assert.Equal("（上接第1版）", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
        Assert.Equal("/2024-07-01/01.txt", Assert.Single(finding.Related).Path);
    }

    [Fact]
    public void TheRightEndOfAMisnumberedPair_IsNotFlagged()
    {
        // Page 3's (上接第2版) is the slip (and gets the fix): page 1's (下转第3版) is right and says nothing.
        var docs = new[]
        {
            NewsDocument.Parse("/2024-07-01/01.txt", "头版文章。\n\n（下转第3版）"),
            NewsDocument.Parse("/2024-07-01/03.txt", "（上接第2版）文章后半部分。"),
        };
        Assert.Empty(new Analyzer([new MarkerTargetRule()]).Analyze(docs[0], null, new IssueContext(docs)));
    }

    [Fact]
    public void SeveralPagesPointingAtAMisnumberedEnd_TheHeadlineTellsWhichIsItsArticle()
    {
        // Pages 1 and 2 both say (下转第4版); page 4 says (上接第3版) under page 1's headline. Page 1 is its article;
        // page 2's marker has lost its partner.
        var docs = new[]
        {
            NewsDocument.Parse("/2024-07-01/01.txt", "## 强化工会数智化建设\n\n头版文章。\n\n（下转第4版）"),
            NewsDocument.Parse("/2024-07-01/02.txt", "## 全省职工技能大赛开幕\n\n二版文章。\n\n（下转第4版）"),
            NewsDocument.Parse("/2024-07-01/04.txt", "## 强化工会数智化建设\n\n（上接第3版）后半部分。"),
        };
        var analyzer = new Analyzer([new MarkerTargetRule()]);
        var issue = new IssueContext(docs);
        Assert.Empty(analyzer.Analyze(docs[0], null, issue));
        Assert.Contains("没有对应", Assert.Single(analyzer.Analyze(docs[1], null, issue)).Message);
    }

    [Fact]
    public void TwoPagesPointingBack_LeaveTheNumberToTheEditor()
    {
        var docs = new[]
        {
            NewsDocument.Parse("/2024-07-01/01.txt", "头版文章。\n\n（下转第3版）"),
            NewsDocument.Parse("/2024-07-01/02.txt", "二版文章。\n\n（下转第3版）"),
            NewsDocument.Parse("/2024-07-01/03.txt", "（上接第5版）文章后半部分。"),
        };
        var finding = Assert.Single(new Analyzer([new MarkerTargetRule()]).Analyze(docs[2], null, new IssueContext(docs)));
        Assert.Empty(finding.Fixes);
    }

    [Fact]
    public void ContinuedPartUnderAnotherHeadline_IsFlagged()
    {
        const string page1 = "## 强化工会数智化建设 做好新就业形态劳动者工会工作\n\n头版文章。\n\n（下转第4版）";
        Assert.Empty(Flag(page1, ("04.txt", "## 强化工会数智化建设\n\n（上接第1版）后半部分。")));
        Assert.Contains("标题", Assert.Single(Flag(page1, ("04.txt", "## 全省职工技能大赛开幕\n\n（上接第1版）后半部分。"))));
    }

    [Fact]
    public void MarkerInsideItsParagraph_IsFlagged() =>
        Assert.Contains("段落末尾", Assert.Single(Flag("头版文章（下转第4版）还有正文。", ("04.txt", "（上接第1版）后半部分。"))));

    [Fact]
    public void PageAlone_GetsNoTargetCheck() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "头版文章。\n\n（下转第4版）"));

    [Fact]
    public void PageNumber_IsTheFirstIntegerOfTheFileName()
    {
        Assert.Equal(4, MarkerTargetRule.PageNumber("/x/04-要闻.md"));
        Assert.Equal(1, MarkerTargetRule.PageNumber("/x/01.txt"));
        Assert.Null(MarkerTargetRule.PageNumber("/x/头版.txt"));
    }
}
