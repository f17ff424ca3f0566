using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Rules.Name;

namespace ZjgrLsp.Core.Tests.Rules;

public class RosterRuleTests
{
    private readonly RosterRule _rule = new();

    private static readonly ZjgrConfig Roster = ZjgrConfig.Parse("""
        { "roster": [{ "name": "吕志良", "titles": ["省总工会党组书记", "省总工会常务副主席"], "aliases": ["吕志亮"] }] }
        """);

    [Fact]
    public void Alias_IsFixedToTheName() =>
        Assert.Equal("吕志良同志出席。", RuleHarness.Fixed(_rule, "吕志亮同志出席。", Roster));

    [Fact]
    public void OtherTitleOfTheSameKind_IsFixedToTheRosters() =>
        Assert.Equal("浙江省总工会党组书记、常务副主席吕志良出席。",
            RuleHarness.Fixed(_rule, "浙江省总工会党组书记、副主席吕志良出席。", Roster));

    [Fact]
    public void MatchingTitles_AndNoRoster_AreNotFlagged()
    {
        Assert.Empty(RuleHarness.Flagged(_rule, "省总工会党组书记、常务副主席吕志良出席。", Roster));
        Assert.Empty(RuleHarness.Flagged(_rule, "吕志亮同志出席。"));
    }
}
