using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Rules.Name;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Rules;

public class PostConflictRuleTests
{
    private readonly PostConflictRule _rule = new();

    private const string Page = "省总工会党组书记、常务副主席吕志良作部署。\n\n省总工会党组书记、副主席胡柯参加会议并讲话。";

    [Fact]
    public void TwoHolders_TheOneWithAnotherTitleElsewhereIsFixed()
    {
        var other = NewsDocument.Parse("/issue/02.txt", "省总工会党组成员、副主席胡柯参加会议并讲话。");
        var issue = new IssueContext([other, NewsDocument.Parse("/issue/page.txt", Page)]);
        var f = Assert.Single(RuleHarness.Run(_rule, Page, issue: issue));
        Assert.Equal(Page.LastIndexOf("党组书记", StringComparison.Ordinal), f.Span.Start);
        Assert.Contains("吕志良", f.Message);
        Assert.Equal(Page.Replace("党组书记、副主席胡柯", "党组成员、副主席胡柯"), RuleHarness.Fixed(_rule, Page, issue: issue));
        Assert.Contains(f.Related, r => r.Path is null);
    }

    [Fact]
    public void TwoHoldersAndNoOtherEvidence_BothAreFlaggedWithoutFix()
    {
        var findings = RuleHarness.Run(_rule, Page);
        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Empty(f.Fixes));
    }

    [Theory]
    [InlineData("省总工会党组成员、副主席孙耀铜主持。\n\n省总工会党组成员、副主席胡海彪参加。")] // shared posts
    [InlineData("省总工会主席刘忻出席。\n\n市总工会主席许静参加。")]                            // different organisations
    public void SharedPostsAndOtherOrganisations_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));
}
