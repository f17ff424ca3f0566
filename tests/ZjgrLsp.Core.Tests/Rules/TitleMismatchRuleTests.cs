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

    [Fact]
    public void EvenSplit_IsLeftAlone()
    {
        const string mine = "安吉县总工会党组副书记、副主席周春雨表示。";
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: RuleHarness.Issue(mine, "安吉县总工会党组书记、副主席周春雨表示。")));
    }

    [Fact]
    public void OtherDays_AreNotCompared()
    {
        const string mine = "# 浙江工人日报\n\n2023年1月18日 星期三\n\n省总工会党组书记、副主席吕志良出席。";
        const string later = "# 浙江工人日报\n\n2024年7月1日 星期一\n\n省总工会党组书记、常务副主席吕志良出席。";
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: RuleHarness.Issue(mine, later, later)));
    }
}
