using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Rules.Name;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Rules;

public class NameVariantRuleTests
{
    private readonly NameVariantRule _rule = new();

    [Fact]
    public void OnceSeenSoundAlike_IsFixedToTheUsualName()
    {
        const string mine = "省总工会党组成员、副主席胡海标参加会议。";
        var other = NewsDocument.Parse("/issue/02.txt", "省总工会副主席胡海彪出席。副主席胡海彪指出。");
        var issue = new IssueContext([other, NewsDocument.Parse("/issue/page.txt", mine)]);
        Assert.Equal(mine.Replace("胡海标", "胡海彪"), RuleHarness.Fixed(_rule, mine, issue: issue));
    }

    [Fact]
    public void RosterName_CountsAsUsual()
    {
        var config = ZjgrConfig.Parse("""{ "roster": [{ "name": "胡海彪" }] }""");
        Assert.Equal(["胡海标"], RuleHarness.Flagged(_rule, "省总工会副主席胡海标参加会议。", config));
    }

    [Fact]
    public void DifferentPeople_AreLeftAlone() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "省总工会副主席胡海彪出席。市总工会主席许静参加。记者胡冲报道。"));
}
