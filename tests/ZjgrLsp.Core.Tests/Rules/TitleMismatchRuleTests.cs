using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Rules.Name;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Rules;

public class TitleMismatchRuleTests
{
    private readonly TitleMismatchRule _rule = new();


    [Fact]
    public void MinorityTitle_IsFixedToTheMajority()
    {
        const string mine = "安吉县总工会党组副书记、副主席周春雨表示。";
        const string other = "安吉县总工会党组书记、副主席周春雨表示。";
        var issue = RuleHarness.Issue(mine, other, other);
        Assert.Equal(mine.Replace("党组副书记", "党组书记"), RuleHarness.Fixed(_rule, mine, issue: issue));
    }

    private const string Dated = "# 浙江工人日报\n\n2024年7月1日 星期一\n\n";

    [Fact]
    public void EvenSplit_IsLeftAloneWhenAPagesDayIsOnlyInferred()
    {
        // The undated page joins the day by the text it shares; it may be an earlier report, from before a promotion.
        const string mine = Dated + "安吉县总工会党组副书记、副主席周春雨表示。";
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: RuleHarness.Issue(mine, "安吉县总工会党组书记、副主席周春雨表示。")));
    }

    [Fact]
    public void EvenSplitOnDatedPages_IsInformationOnBothPlaces()
    {
        const string mine = Dated + "安吉县总工会党组副书记、副主席周春雨表示。";
        const string other = Dated + "安吉县总工会党组书记、副主席周春雨表示。";
        var issue = RuleHarness.Issue(mine, other);
        var here = Assert.Single(RuleHarness.Run(_rule, mine, issue: issue));
        Assert.Equal(Findings.Severity.Information, here.Severity);
        Assert.Equal("党组副书记", mine.Substring(here.Span.Start, here.Span.Length));
        Assert.Equal(mine.Replace("党组副书记", "党组书记"), RuleHarness.Fixed(_rule, mine, issue: issue));
        Assert.Contains(here.Related, r => r.Path == "/issue/02.txt");
        // The other page gets its own finding, on its own title.
        var there = Assert.Single(new Analyzer([_rule]).Analyze(issue.Pages[0], null, issue));
        Assert.Equal("党组书记", other.Substring(there.Span.Start, there.Span.Length));
        Assert.Equal(Findings.Severity.Information, there.Severity);
        // The option silences them.
        var off = ZjgrConfig.Parse("""{ "rules": { "name/title-mismatch": { "evenSplit": "off" } } }""");
        Assert.Empty(RuleHarness.Run(_rule, mine, off, issue));
    }

    [Fact]
    public void OtherDays_AreNotCompared()
    {
        const string mine = "# 浙江工人日报\n\n2023年1月18日 星期三\n\n省总工会党组书记、副主席吕志良出席。";
        const string later = "# 浙江工人日报\n\n2024年7月1日 星期一\n\n省总工会党组书记、常务副主席吕志良出席。";
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: RuleHarness.Issue(mine, later, later)));
    }
}
