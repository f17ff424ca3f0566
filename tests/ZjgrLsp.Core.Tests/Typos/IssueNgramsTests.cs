using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Typos;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Typos;

/// <summary>The issue's four-gram index: built once per issue, and once per edited page and issue.</summary>
public class IssueNgramsTests
{
    private static NewsDocument Page(string path, string text) => NewsDocument.Parse(path, text);

    [Fact]
    public void AnEditedPage_SharesOneIndexWithinALint_AndGetsAFreshOneForAnotherIssue()
    {
        var other = Page("/x/02.txt", "职工之家建设推进会召开，职工之家建设全面铺开。");
        var edited = Page("/x/01.txt", "职工之家建设推进会召开。");
        var issue = new IssueContext([other]);
        var first = IssueNgrams.For(edited, issue);
        Assert.Same(first, IssueNgrams.For(edited, issue));
        // Counted over the other page and the edited one: 职工之家 twice there, once here.
        Assert.Equal(3, first.Count(HanText.Key4("职工之家")));
        var changed = new IssueContext([Page("/x/02.txt", "今天没有别的稿件。")]);
        var second = IssueNgrams.For(edited, changed);
        Assert.NotSame(first, second);
        Assert.Equal(1, second.Count(HanText.Key4("职工之家")));
    }

    [Fact]
    public void APageOfTheIssue_UsesTheIssuesIndex()
    {
        var a = Page("/x/01.txt", "职工之家建设推进会召开。");
        var b = Page("/x/02.txt", "职工之家建设全面铺开。");
        var issue = new IssueContext([a, b]);
        Assert.Same(IssueNgrams.For(a, issue), IssueNgrams.For(b, issue));
        Assert.Equal(2, IssueNgrams.For(a, issue).Count(HanText.Key4("职工之家")));
    }
}
