using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules.Name;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Rules;

/// <summary>Names printed anywhere (bare, in bylines, lists, before 说), all made up, and the shipped leaders' roster.</summary>
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

    [Theory]
    [InlineData("会上，钱卫萍表示，要把好事办好。")] // before a speech verb
    [InlineData("钱卫萍同志的讲话很受欢迎。")] // before 同志
    [InlineData("本报讯（记者钱卫萍）昨天下午，会议召开。")] // in a byline
    [InlineData("出席会议的有孙建华、钱卫萍、赵立新等。")] // in a list
    [InlineData("钱卫萍的发言引起了大家的共鸣。")] // bare: a three-character name needs no context
    public void BareNameOnAnotherPage_IsFixedToTheUsualForm(string mine)
    {
        var issue = RuleHarness.Issue(mine, "钱卫平说，今年的任务很重。钱卫平指出，要抓好落实。");
        var f = Assert.Single(RuleHarness.Run(_rule, mine, issue: issue));
        Assert.Equal("钱卫萍", mine.Substring(f.Span.Start, f.Span.Length));
        Assert.Equal(mine.Replace("钱卫萍", "钱卫平"), RuleHarness.Fixed(_rule, mine, issue: issue));
        Assert.Contains(f.Related, r => r.Path == "/issue/02.txt");
    }

    [Fact]
    public void UsualNameRecognisedOnlyInAList_StillCounts()
    {
        const string mine = "钱卫萍在会上发言。";
        // 钱卫平 is a person only by standing in a list beside 孙建华, whom the page shows speaking.
        var issue = RuleHarness.Issue(mine, "参加活动的有孙建华、钱卫平。孙建华说，活动很成功。", "钱卫平也来了。");
        Assert.Equal(["钱卫萍"], RuleHarness.Flagged(_rule, mine, issue: issue));
    }

    [Fact]
    public void NameWithADot_HasVariantsToo()
    {
        const string mine = "阿不都·热和曼表示，要办好实事。";
        var issue = RuleHarness.Issue(mine, "阿不都·热合曼说，今年收成好。阿不都·热合曼指出，要抓好落实。");
        Assert.Equal(mine.Replace("热和曼", "热合曼"), RuleHarness.Fixed(_rule, mine, issue: issue));
    }

    [Fact]
    public void NameTheSegmenterReadsAsAnUnknownWord_CountsWhenPrintedAgain()
    {
        // No title, no speech verb: 钱卫平 is a person only because the segmenter's HMM reads it as one word.
        const string mine = "钱卫萍的发言引起了共鸣。";
        var issue = RuleHarness.Issue(mine, "昨天钱卫平来到车间，钱卫平看到工人们正在忙碌。");
        Assert.Equal(["钱卫萍"], RuleHarness.Flagged(_rule, mine, issue: issue));
    }

    [Fact]
    public void EquallyOftenPrinted_AreTwoPeople() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "钱卫平说，要抓好落实。钱卫萍表示，要办好实事。"));

    [Fact]
    public void TwoCharacterVariantOutsideAPersonsContext_IsLeftAlone()
    {
        // 夏文 one sound off 夏雯, but printed without a title or a speech verb: two characters may be anything.
        const string usual = "夏雯说，今年要办好十件实事。夏雯强调，要抓落实。";
        const string bare = "夏文的作品在展厅展出。";
        Assert.Empty(RuleHarness.Flagged(_rule, bare, issue: RuleHarness.Issue(bare, usual)));
        const string said = "夏文表示，要办好实事。";
        Assert.Equal(["夏文"], RuleHarness.Flagged(_rule, said, issue: RuleHarness.Issue(said, usual)));
    }

    [Fact]
    public void CommonWordsNearAName_AreNoVariants()
    {
        // 高兴 sounds near 高新 and is printed once, but it is a word of the dictionary, not a name.
        const string mine = "群众很高兴，高新也很高兴。";
        var issue = RuleHarness.Issue(mine, "高新说，要抓好落实。高新强调，要办实事。");
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: issue));
    }

    [Fact]
    public void RosterName_CountsAsUsual()
    {
        var config = ZjgrConfig.Parse("""{ "roster": [{ "name": "胡海彪" }] }""");
        Assert.Equal(["胡海标"], RuleHarness.Flagged(_rule, "省总工会副主席胡海标参加会议。", config));
    }

    [Fact]
    public void LeadersVariantOnAPageAlone_IsAnError()
    {
        const string page = "2024年5月6日 星期一\n\n国家主席习进平在北京会见了来访的客人。";
        var f = Assert.Single(RuleHarness.Run(_rule, page));
        Assert.Equal("习进平", page.Substring(f.Span.Start, f.Span.Length));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(page.Replace("习进平", "习近平"), RuleHarness.Fixed(_rule, page));
    }

    [Fact]
    public void LeadersRoster_HoldsOnlyInItsTerm()
    {
        // A page dated before the current term is not checked against it.
        const string page = "1998年5月6日 星期三\n\n国家主席习进平在北京会见了来访的客人。";
        Assert.Empty(RuleHarness.Run(_rule, page));
    }

    [Fact]
    public void NewsroomsRosterEntry_ReplacesTheShippedOne()
    {
        var config = ZjgrConfig.Parse("""{ "roster": [{ "name": "习近平", "to": "2000-01-01" }] }""");
        Assert.Empty(RuleHarness.Run(_rule, "2024年5月6日 星期一\n\n国家主席习进平在北京会见了来访的客人。", config));
    }

    [Fact]
    public void DifferentPeople_AreLeftAlone() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "省总工会副主席胡海彪出席。市总工会主席许静参加。记者胡冲报道。"));
}
