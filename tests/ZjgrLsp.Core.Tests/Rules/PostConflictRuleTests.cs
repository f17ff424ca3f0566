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

    [Fact]
    public void NationalPostPrintedAlone_MeansItsOrganisation_AndTheOneWithAnotherTitleIsFixed()
    {
        // 总理 with nothing before it is 国务院总理; 钱卫平 is 副总理 on another page, so his 总理 is the slip.
        const string page = "国务院总理孙建华会见了客人。\n\n中共中央政治局委员、总理钱卫平出席。";
        var issue = RuleHarness.Issue(page, "国务院副总理钱卫平在会上讲话。");
        var f = Assert.Single(RuleHarness.Run(_rule, page, issue: issue));
        Assert.Equal(page.LastIndexOf("总理", StringComparison.Ordinal), f.Span.Start);
        Assert.Equal(page.Replace("总理钱卫平", "副总理钱卫平"), RuleHarness.Fixed(_rule, page, issue: issue));
    }

    [Fact]
    public void PostAfterTheName_CountsForTheMajority()
    {
        // No one has another title; 孙建华 is printed as 总理 three times (twice after his name), 钱卫平 once.
        const string page = "国务院总理孙建华会见了客人。孙建华总理说，欢迎。孙建华总理指出，要合作。\n\n国务院总理钱卫平出席。";
        var f = Assert.Single(RuleHarness.Run(_rule, page));
        Assert.Equal(page.LastIndexOf("总理", StringComparison.Ordinal), f.Span.Start);
        Assert.Contains("孙建华", f.Message);
    }

    [Fact]
    public void ForeignHeadOfGovernment_IsNotTheStateCouncils() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "国务院总理孙建华会见了印度总理莫迪。"));

    [Fact]
    public void VariantOfAName_IsNoSecondHolder()
    {
        // 孙建桦 is 孙建华 misprinted (name/variant's finding), not a second 国务院总理.
        const string page = "国务院总理孙建桦会见了客人。";
        var issue = RuleHarness.Issue(page, "国务院总理孙建华出席。孙建华说，欢迎各位。");
        Assert.Empty(RuleHarness.Flagged(_rule, page, issue: issue));
    }
}
