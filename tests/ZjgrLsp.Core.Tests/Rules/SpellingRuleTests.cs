using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Language;
using ZjgrLsp.Core.Rules.Typo;

namespace ZjgrLsp.Core.Tests.Rules;

/// <summary>The language-model rules on sentences written for them, and on sentences they must leave alone.</summary>
public class HomophoneRuleTests
{
    private static readonly HomophoneRule Homophone = new();
    private static readonly ShapeRule Shape = new();
    private static readonly DeDiDeRule De = new();

    [Theory]
    [InlineData("本次大赛面向全市一线职工，欢迎广大职工积极报名参家。", "加")]
    public void Homophone_IsFlagged_WithTheRightCharacterFirst(string text, string expected)
    {
        var f = Assert.Single(RuleHarness.Run(Homophone, text));
        Assert.Equal(expected, f.Fixes[0].Edits[0].NewText);
        Assert.Contains("音近", f.Message);
    }

    [Theory]
    [InlineData("省总工会党组书记吕志良出席会议并讲话。")]                  // a name
    [InlineData("今年以来全市已建成职工之家一百余个，服务职工十万人次。")]   // ordinary copy
    [InlineData("2024年6月，全市GDP增长5.2%。")]                           // numbers and Latin
    [InlineData("他读了《在次》这本书。")]                                  // a title in 《》
    public void CorrectText_IsLeftAlone(string text)
    {
        Assert.Empty(RuleHarness.Run(Homophone, text));
        Assert.Empty(RuleHarness.Run(Shape, text));
        Assert.Empty(RuleHarness.Run(De, text));
    }

    [Fact]
    public void Candidates_OfferSameSoundNearSoundAndLookAlikes()
    {
        var candidates = new Candidates(NgramModel.Default!, CharacterTable.Default);
        var forZai = candidates.For('在');
        Assert.Contains(new Candidate('再', CandidateKind.Sound), forZai);
        Assert.Contains(forZai, c => c.Kind == CandidateKind.NearSound && c.Char == '宅'); // zh/z
        Assert.Contains(candidates.For('戌'), c => c.Char == '戍' && c.Kind == CandidateKind.Shape);
        Assert.DoesNotContain(candidates.For('豆'), c => c.Char == '工'); // one shape code alone is not enough
    }

    [Fact]
    public void Gate_WeighsKindAndGain()
    {
        var sound = new SpellingFeatures(CandidateKind.Sound, 5, 9, true, 2, -3, -3);
        Assert.True(SpellingGate.Margin(sound) > SpellingGate.Margin(sound with { Kind = CandidateKind.Shape }));
        Assert.True(SpellingGate.Margin(sound with { Gain = 8 }) > SpellingGate.Margin(sound));
        Assert.True(SpellingGate.Margin(sound with { Gain = 0.5f }) < 0);
    }
}

public class ShapeRuleTests
{
    [Fact]
    public void LookAlikes_NeedBothShapeCodes()
    {
        var candidates = new Candidates(NgramModel.Default!, CharacterTable.Default);
        Assert.Contains(candidates.For('戌'), c => c.Char == '戍' && c.Kind == CandidateKind.Shape);
        Assert.DoesNotContain(candidates.For('豆'), c => c.Char == '工');
        Assert.Empty(RuleHarness.Run(new ShapeRule(), "他们坚持不懈地努力工作，终于取得了明显的成绩。"));
    }
}

public class DeDiDeRuleTests
{
    [Theory]
    [InlineData("他认真地学习了这份文件。")]
    [InlineData("我们的工作做得很好。")]
    public void RightUse_IsLeftAlone(string text) => Assert.Empty(RuleHarness.Run(new DeDiDeRule(), text));
}
