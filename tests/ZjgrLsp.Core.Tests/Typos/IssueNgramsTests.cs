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

    [Fact]
    public void EditsOfAPage_KeepTheOtherPagesCounts_UntilAnOtherPageChanges()
    {
        var other = Page("/x/02.txt", "职工之家建设推进会召开，职工之家建设全面铺开。");
        var third = Page("/x/03.txt", "今天没有别的稿件。");
        var firstEdit = IssueNgrams.For(Page("/x/01.txt", "职工之家建设推进会召开。"), new IssueContext([other, third]));
        var secondEdit = IssueNgrams.For(Page("/x/01.txt", "职工之家建设推进会闭幕。"), new IssueContext([other, third]));
        Assert.True(firstEdit.SharesCountsWith(secondEdit));
        Assert.Equal(3, secondEdit.Count(HanText.Key4("职工之家")));
        Assert.Equal(1, secondEdit.Count(HanText.Key4("推进会召"))); // the other page's; the edited page no longer prints it
        var otherChanged = IssueNgrams.For(Page("/x/01.txt", "职工之家建设推进会闭幕。"),
            new IssueContext([Page("/x/02.txt", "职工之家建设推进会召开。"), third]));
        Assert.False(secondEdit.SharesCountsWith(otherChanged));
        Assert.Equal(2, otherChanged.Count(HanText.Key4("职工之家")));
    }

    [Fact]
    public void MaskedFrequent_CountsTheEditedPageToo_InTheOrderFormsWereFirstPrinted()
    {
        // 职工之家 twice on the other page and once on the edited one: frequent (3) only with the edited page.
        // 职工小家 three times on the other page, printed after 职工之家 there.
        var other = Page("/x/02.txt", "职工之家好。职工之家好。职工小家好。职工小家好。职工小家好。");
        var edited = Page("/x/01.txt", "职工之家建成。职工大家来。");
        var index = IssueNgrams.For(edited, new IssueContext([other])).MaskedFrequent(3);
        var usuals = new List<(ulong Key, int Count)>();
        Assert.True(index.Usuals(HanText.Key4("职工某家", 1 << 2), usuals));
        Assert.Equal([(HanText.Key4("职工之家"), 3), (HanText.Key4("职工小家"), 3)], usuals);
        // Below the bound without the edited page: only 职工小家.
        var alone = IssueNgrams.For(other, new IssueContext([other])).MaskedFrequent(3);
        Assert.True(alone.Usuals(HanText.Key4("职工某家", 1 << 2), usuals));
        Assert.Equal([(HanText.Key4("职工小家"), 3)], usuals);
        Assert.False(alone.Usuals(HanText.Key4("某某某某", 1 << 2), usuals));
        Assert.Empty(usuals);
    }

    [Fact]
    public void Contains_FindsAStretchAtAnyOfItsKeysPlaces()
    {
        var page = Page("/x/01.txt", "职工之家建设。职工之家落成。职工之家开放。");
        var ngrams = IssueNgrams.For(page, new IssueContext([page]));
        var key = HanText.Key4("职工之家");
        Assert.Equal(3, ngrams.Count(key));
        foreach (var stretch in new[] { "职工之家建设", "职工之家落成", "职工之家开放" })
            Assert.True(ngrams.Contains(stretch, key, 0));
        Assert.False(ngrams.Contains("职工之家关闭", key, 0));
        Assert.True(ngrams.Contains("。职工之家落", key, 1));
    }
}
