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
    [InlineData("全市各级工会积极开展劳动境塞活动。", 12, "竞赛")]
    [InlineData("各级工会要切实加强对职工的法律圆竹工作。", 15, "援助")]
    public void WholeWord_OfTheSameReading_IsOneFinding(string text, int at, string expected)
    {
        var f = Assert.Single(RuleHarness.Run(Homophone, text));
        Assert.Equal(new ZjgrLsp.Core.Text.TextSpan(at, 2), f.Span);
        Assert.Equal(expected, f.Fixes[0].Edits[0].NewText);
        Assert.Equal(expected, RuleHarness.Fixed(Homophone, text).Substring(at, 2));
    }

    [Fact]
    public void WhereTheModelAndTheMisspellingListAgree_OneFindingIsReported()
    {
        const string text = "律师在法庭上为当事人作了无罪辨护。";
        // Both rules see the slip on their own…
        Assert.Single(RuleHarness.Run(Homophone, text));
        Assert.Single(RuleHarness.Run(new MisspellingRule(), text));
        // …and the page gets one finding, the list's (it is sure; the model only suspects).
        var findings = new ZjgrLsp.Core.Analyzer().Analyze(ZjgrLsp.Core.Documents.NewsDocument.Parse("/issue/page.txt", text),
            ZjgrLsp.Core.Config.ZjgrConfig.Empty, ZjgrLsp.Core.Workspace.IssueContext.Empty);
        var typo = Assert.Single(findings, f => f.Family == "typo");
        Assert.Equal("typo/misspelling", typo.RuleId);
    }

    [Theory]
    [InlineData("省总工会党组书记吕志良出席会议并讲话。")]                  // a name
    [InlineData("今年以来全市已建成职工之家一百余个，服务职工十万人次。")]   // ordinary copy
    [InlineData("2024年6月，全市GDP增长5.2%。")]                           // numbers and Latin
    [InlineData("他读了《在次》这本书。")]                                  // a title in 《》
    [InlineData("这件瓷器釉色莹润，胎质细腻，堪称精品。")]                  // rare but correct words
    [InlineData("老人家耄耋之年仍笔耕不辍。")]
    [InlineData("村里的池塘边种满了菖蒲和芦苇。")]
    public void CorrectText_IsLeftAlone(string text)
    {
        Assert.Empty(RuleHarness.Run(Homophone, text));
        Assert.Empty(RuleHarness.Run(Shape, text));
        Assert.Empty(RuleHarness.Run(De, text));
    }

    [Fact]
    public void AnUnknownWordOpeningWithARareSurname_IsStillChecked()
    {
        // 祖 is a surname, but not one of the hundred commonest: 祖织 is a slip for 组织, not a name.
        Assert.False(ZjgrLsp.Core.Names.TitleLexicon.Default.IsCommonSurname('祖'));
        Assert.True(ZjgrLsp.Core.Names.TitleLexicon.Default.IsCommonSurname('王'));
        var f = Assert.Single(RuleHarness.Run(Homophone, "各级党委祖织部门要加强对干部的监督。"));
        Assert.Equal("组", f.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("会议由副市长盛丽华主持。")]                 // three characters after a rarer surname: a name
    [InlineData("英国历史学家霍布斯鲍姆的著作影响很大。")]   // the rest of a transliterated name (霍布斯 | 鲍姆)
    public void NamesOfRarerSurnames_AreLeftAlone(string text) => Assert.Empty(RuleHarness.Run(Homophone, text));

    [Fact]
    public void ASentence_GetsAtMostTwoCorrections()
    {
        // Three slips in three sentences are three findings; in one sentence, the model's two likeliest.
        Assert.Equal(3, RuleHarness.Run(Homophone, "全市各级工会积极开展劳动境塞活动。欢迎广大职工积极报名参家。各级工会要切实加强对职工的法律圆竹工作。").Count());
        Assert.Equal(2, RuleHarness.Run(Homophone, "全市各级工会积极开展劳动境塞活动，欢迎广大职工积极报名参家，各级工会要切实加强对职工的法律圆竹工作。").Count());
    }

    [Fact]
    public void AShortQuotedTerm_IsTakenForAName()
    {
        // Copy quotes a short term because it is a brand, a project or a coinage: the model knows those least of all.
        Assert.Single(RuleHarness.Run(Homophone, "全市开展劳动境塞活动。"));
        Assert.Empty(RuleHarness.Run(Homophone, "全市开展“劳动境塞”活动。"));
        // A longer quotation is text like any other.
        Assert.Single(RuleHarness.Run(Homophone, "他说：“全市开展劳动境塞活动。”"));
    }

    [Fact]
    public void EachCandidatesRival_IsTheBestGainOfTheOthersAtItsPlace()
    {
        const string run = "欢迎广大职工积极报名参家";
        var weighed = SpellingChecker.Default!.Explain(run, ZjgrLsp.Core.Segmentation.Segmenter.Default).ToList();
        Assert.Contains(weighed, w => w.Features.Rival > 0);
        foreach (var place in weighed.GroupBy(w => (w.Offset, w.Length)))
            foreach (var w in place)
            {
                var others = place.Where(o => o.Text != w.Text).Select(o => o.Features.Gain).Append(0f).Max();
                Assert.Equal(others, w.Features.Rival, 3);
            }
    }

    [Theory]
    [InlineData(true)] // read from lm_sc.cand
    [InlineData(false)] // built from the groups
    public void Candidates_OfferSameSoundNearSoundAndLookAlikes(bool useFile)
    {
        var candidates = new Candidates(NgramModel.Default!, CharacterTable.Default, useFile);
        Assert.Equal(useFile, candidates.ReadsFile);
        var forZai = candidates.For('在');
        Assert.Contains(forZai, c => c is { Char: '再', Kind: CandidateKind.Sound });
        // Each carries what the checker reads of it at every place.
        var zai = forZai.First(c => c.Char == '再');
        Assert.Equal(candidates.CommonIndex('再'), zai.CommonIndex);
        Assert.Equal(candidates.Unigram('再'), zai.Unigram);
        Assert.True(zai.CommonIndex >= 0);
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
        // Another reading that gains nearly as much makes the place odd rather than this reading right.
        Assert.True(SpellingGate.Margin(sound with { Rival = 4 }) < SpellingGate.Margin(sound));
    }

    [Theory]
    [InlineData(CandidateKind.Sound, 2)]
    [InlineData(CandidateKind.Shape, 2)]
    [InlineData(CandidateKind.Word, 3)]
    [InlineData(CandidateKind.De, 1)]
    public void GainNeeded_IsWhereTheMarginTurnsPositive(CandidateKind kind, int wordLength)
    {
        var features = new SpellingFeatures(kind, 0, 9, true, wordLength, -3, -3, -5, -4);
        var needed = SpellingGate.GainNeeded(features);
        Assert.True(needed >= 0);
        Assert.True(SpellingGate.Margin(features with { Gain = needed + 0.01f }) > 0);
        if (needed > 0.01f) Assert.True(SpellingGate.Margin(features with { Gain = needed - 0.01f }) <= 0);
        // A rival is not known when the bound is taken; it only lowers the margin, so the bound still holds.
        if (needed > 0.01f) Assert.True(SpellingGate.Margin(features with { Gain = needed - 0.01f, Rival = 2 }) <= 0);
    }
}

public class ShapeRuleTests
{
    [Fact]
    public void ALookAlike_IsFlagged_AsShapeNotSound()
    {
        // 淅 (xī) and 浙 (zhè) share no sound; both shape codes agree (four-corner 3212, Cangjie one key apart).
        var f = Assert.Single(RuleHarness.Run(new ShapeRule(), "淅江省今年经济增长较快。"));
        Assert.Equal("浙", f.Fixes[0].Edits[0].NewText);
        Assert.Contains("形近", f.Message);
        Assert.Empty(RuleHarness.Run(new HomophoneRule(), "淅江省今年经济增长较快。"));
    }

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

    [Theory]
    [InlineData("运动会上，他每天都跑的很快。", "得", "程度补语")]
    [InlineData("午饭以后，老师傅们慢慢的走过来。", "地", "状语")]
    public void WrongUse_IsFlagged_WithTheGrammarsReason(string text, string expected, string reason)
    {
        var f = Assert.Single(RuleHarness.Run(new DeDiDeRule(), text));
        Assert.Equal(expected, f.Fixes[0].Edits[0].NewText);
        Assert.Contains(reason, f.Message);
    }
}

/// <summary>The positions where grammar settles 的/地/得, on sentences cut by the shipped segmenter.</summary>
public class DeGrammarTests
{
    private static (char Char, string Why)? ExpectedAtDe(string text)
    {
        var segmenter = ZjgrLsp.Core.Segmentation.Segmenter.Default;
        var tokens = segmenter.Cut(text);
        var at = tokens.FindIndex(t => t.Length == 1 && "的地得".Contains(t.AsSpan()[0]));
        Assert.True(at >= 0, "no 的/地/得 token in " + text);
        return DeGrammar.Expected(tokens, at, segmenter);
    }

    [Theory]
    [InlineData("问题解决的十分彻底", '得')]   // verb, degree adverb, adjective at the clause's end
    [InlineData("他跑的很快", '得')]           // 很快 as one dictionary word
    [InlineData("工人们慢慢的走了", '地')]      // a reduplicated adverbial before a verb with an aspect marker
    [InlineData("大家认真地学习", '地')]        // the dictionary's ad word before a verb ending the clause
    [InlineData("她穿了漂亮得衣服", '的')]      // an adjective before a noun ending the clause
    public void Grammar_AsksFor(string text, char expected) => Assert.Equal(expected, ExpectedAtDe(text)?.Char);

    [Theory]
    [InlineData("积极的推进作用")]             // the verb is an attribute of what follows
    [InlineData("不断的发展经济")]             // a verbal noun: the dictionary's vn
    [InlineData("他写的文章很好")]             // 的 before a noun, nothing to settle
    [InlineData("跑的很快的人")]               // the complement does not close the clause
    public void Grammar_StaysSilent(string text) => Assert.Null(ExpectedAtDe(text));
}
