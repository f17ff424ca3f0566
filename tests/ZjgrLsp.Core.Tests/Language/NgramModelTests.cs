using ZjgrLsp.Core.Language;

namespace ZjgrLsp.Core.Tests.Language;

/// <summary>
/// The memory-mapped model against values read by hand from libime's lm_sc.arpa (the lines quoted beside each case),
/// and the generator's output pinned by its hash, so a conversion change cannot pass unnoticed.
/// </summary>
public class NgramModelTests
{
    private static NgramModel Model => NgramModel.Default ?? throw new InvalidOperationException($"{NgramModel.DefaultPath} is missing");

    // Bigram probabilities are stored as 16-bit steps over their range: about 2e-4 log10 apart.
    private const float Quantum = 3e-4f;

    [Fact]
    public void Sizes_AreThoseOfTheArpaHeader()
    {
        Assert.Equal(164887, Model.WordCount);
        Assert.Equal(1983152, Model.BigramCount);
        Assert.Equal(634213, Model.TrigramCount);
    }

    [Fact]
    public void Unigrams_AreExact()
    {
        Assert.Equal(-3.7733452f, Model.Unigram(Model.Find("如何")));       // -3.7733452	如何	-0.4638014
        Assert.Equal(-6.2637887f, Model.Unigram(Model.UnknownId));          // -6.2637887	<unk>	0
        Assert.Equal(-1, Model.Find("不是一个词语吧"));
    }

    [Fact]
    public void Bigram_IsReadFromItsEntry()
    {
        // -3.7210898	太 貴	0
        Assert.Equal(-3.7210898f, Model.Score(-1, Model.Find("太"), Model.Find("貴")), Quantum);
    }

    [Fact]
    public void MissingBigram_BacksOffToTheUnigram()
    {
        // No bigram 哭 如何: backoff(哭) + P(如何) = -0.51329815 + -3.7733452
        var cry = Model.Find("哭");
        var how = Model.Find("如何");
        Assert.Equal(-0.51329815f + -3.7733452f, Model.Score(-1, cry, how), 1e-5f);
    }

    [Fact]
    public void Trigram_IsReadFromItsEntry()
    {
        // -2.309317	有 这 本   (3-grams carry 16-bit steps over their own range)
        Assert.Equal(-2.309317f, Model.Score(Model.Find("有"), Model.Find("这"), Model.Find("本")), Quantum);
    }

    [Fact]
    public void Find_GivesEveryWordItsId_OneCharacterWordsFromTheirTable()
    {
        var singles = 0;
        for (var id = 0; id < Model.WordCount; id++)
        {
            var word = Model.Word(id);
            if (word == "<unk>") continue;
            Assert.Equal(id, Model.Find(word));
            if (word.Length == 1) singles++;
        }
        Assert.True(singles > 1000, $"{singles}");
        // A character no word is, and a word's first character alone where that is no word.
        Assert.Equal(-1, Model.Find("\u0001"));
        Assert.Equal(-1, Model.Find("<"));
    }

    [Fact]
    public void Scorer_PrefersTheRightHomophone()
    {
        var scorer = new LatticeScorer(Model);
        Assert.True(scorer.Score("我们再次来到这里") > scorer.Score("我们在次来到这里") + 2);
    }

    [Fact]
    public void Begin_GivenTheRunsJoins_ScoresAsWhenItAsksThemItself()
    {
        const string run = "全国人大常委会批准了地方性法规和规章我们再次来到这里看望大家";
        var scorer = new LatticeScorer(Model, Pairs);
        var joins = new bool[run.Length];
        for (var k = 1; k < run.Length; k++) joins[k] = Pairs.MayContain(run[k - 1], run[k]);
        for (var from = 0; from + 11 <= run.Length; from += 3)
        {
            scorer.Begin(run);
            var asked = scorer.Window(from, from + 11);
            scorer.Begin(run, joins);
            Assert.Equal(asked, scorer.Window(from, from + 11));
        }
        Assert.Throws<ArgumentException>(() => scorer.Begin(run, joins.AsSpan(1)));
    }

    [Fact]
    public void Rescore_GivenTheExactJoinsOfTheChange_ScoresAsWithoutThem()
    {
        // A checker passes whether a candidate stands with its neighbours in some word (exactly, where the pairs filter
        // may say "maybe"): the score must not change, only the look-ups it saves. A candidate that joins neither is
        // bounded from the kept states alone; a floor above its score must still be refused, one below it never.
        const string run = "全市职工职业技能竞赛在市体育中心开幕市总工会主席出席并讲话";
        const string candidates = "的在再是事大市工会职技";
        var scorer = new LatticeScorer(Model, Pairs);
        var joined = new HashSet<(char, char)>();
        for (var id = 0; id < Model.WordCount; id++)
        {
            var word = Model.WordSpan(id);
            for (var k = 1; k < word.Length; k++) joined.Add((word[k - 1], word[k]));
        }
        var (joinedSome, alone) = (0, 0);
        for (var at = 0; at < run.Length; at++)
        {
            var (from, to) = (Math.Max(0, at - 5), Math.Min(run.Length, at + 6));
            foreach (var c in candidates)
            {
                if (c == run[at]) continue;
                var changed = Changed(run.Substring(from, to - from), at - from, c.ToString());
                var k = at - from;
                bool[] joins = [k > 0 && joined.Contains((changed[k - 1], c)), k + 1 < changed.Length && joined.Contains((c, changed[k + 1]))];
                if (joins[0] || joins[1]) joinedSome++;
                else alone++;
                scorer.Begin(run);
                scorer.Window(from, to);
                var without = scorer.Rescore(changed, k, 1);
                Assert.Equal(without, scorer.Rescore(changed, k, 1, changedJoins: joins));
                Assert.Equal(without, scorer.Rescore(changed, k, 1, without - 0.01f, joins));
                Assert.Equal(float.NegativeInfinity, scorer.Rescore(changed, k, 1, without + 0.01f, joins));
                Assert.Equal(without, scorer.Rescore(changed, k, 1, without - 0.01f, joins));
            }
        }
        Assert.True(joinedSome > 20, $"only {joinedSome} candidates joined a neighbour");
        Assert.True(alone > 20, $"only {alone} candidates stood alone");
        // One join for each changed position and one past them: a span of another length is the caller's mistake.
        scorer.Window(0, 11);
        Assert.Throws<InvalidOperationException>(() => scorer.Rescore(run.Substring(0, 11), 2, 1, changedJoins: [true]));
    }

    [Fact]
    public void RunWord_GivesTheIdOfEveryStretchAsTheModelDoes()
    {
        // A checker reads the printed text's words from the scorer instead of looking them up again: a word's
        // neighbours always stand together in some word, so Begin looked up every stretch that is one.
        const string run = "全市职工职业技能竞赛在市体育中心开幕市总工会主席出席并讲话";
        var scorer = new LatticeScorer(Model, Pairs);
        scorer.Begin(run);
        var words = 0;
        for (var start = 0; start < run.Length; start++)
            for (var length = 1; length <= 6 && start + length <= run.Length; length++)
            {
                var id = Model.Find(run.AsSpan(start, length));
                Assert.Equal(id, scorer.RunWord(start, length));
                if (id >= 0 && length > 1) words++;
            }
        Assert.True(words > 10, $"only {words} words of two or more characters");
        Assert.Throws<InvalidOperationException>(() => scorer.RunWord(run.Length - 1, 2));
    }

    [Fact]
    public void Rescore_OfAWordThatJoinsNeitherNeighbour_ScoresAsWithoutTheJoins()
    {
        // A checker trying a word of the same reading tells the scorer its joins: inside the word every pair joins, at
        // its ends the pairs filter answers. Where neither end joins, the word is bounded from the kept states alone;
        // the score must be the one the full search gives, and a floor above it refused.
        const string run = "全市职工职业技能竞赛在市体育中心开幕市总工会主席出席并讲话";
        string[] words = ["世纪", "市长", "公会", "工作", "体育", "总工", "出息", "技能", "主席", "中心"];
        var scorer = new LatticeScorer(Model, Pairs);
        var alone = 0;
        foreach (var word in words)
            for (var at = 0; at + word.Length <= run.Length; at++)
            {
                var (from, to) = (Math.Max(0, at - 5), Math.Min(run.Length, at + word.Length + 5));
                var changed = Changed(run.Substring(from, to - from), at - from, word);
                var k = at - from;
                var joins = new bool[word.Length + 1];
                Array.Fill(joins, true);
                joins[0] = k > 0 && Pairs.MayContain(changed[k - 1], word[0]);
                joins[^1] = k + word.Length < changed.Length && Pairs.MayContain(word[^1], changed[k + word.Length]);
                if (!joins[0] && !joins[^1]) alone++;
                scorer.Begin(run);
                scorer.Window(from, to);
                var without = scorer.Rescore(changed, k, word.Length);
                Assert.Equal(without, scorer.Rescore(changed, k, word.Length, changedJoins: joins));
                Assert.Equal(without, scorer.Rescore(changed, k, word.Length, without - 0.01f, joins));
                Assert.Equal(float.NegativeInfinity, scorer.Rescore(changed, k, word.Length, without + 0.01f, joins));
                Assert.Equal(without, scorer.Rescore(changed, k, word.Length, without - 0.01f));
            }
        Assert.True(alone > 50, $"only {alone} words stood alone");
    }

    [Theory]
    [InlineData("我们在次来到这里看望大家", 2, "再")]
    [InlineData("我们在次来到这里看望大家", 0, "他")]
    [InlineData("我们在次来到这里看望大家", 11, "伙")]
    [InlineData("全国人大肠胃会批准了决定", 4, "常委")]
    [InlineData("地方性罚跪和规章", 3, "法规")]
    public void Rescore_EqualsAFreshScoreOfTheChangedText(string text, int at, string replacement)
    {
        var changed = Changed(text, at, replacement);
        var plain = new LatticeScorer(Model);
        var fresh = plain.Score(changed);
        // With the neighbour filter too: it must only skip look-ups that would have failed.
        foreach (var scorer in new[] { plain, new LatticeScorer(Model, Pairs) })
        {
            Assert.Equal(fresh, scorer.Score(changed));
            scorer.Score(text);
            Assert.Equal(fresh, scorer.Rescore(changed, at, replacement.Length));
            // A second candidate at the same place is rescored from the same kept states.
            Assert.Equal(fresh, scorer.Rescore(changed, at, replacement.Length));
        }
    }

    [Fact]
    public void Ceiling_BoundsTheWordInEveryContext()
    {
        // -2.309317	有 这 本: a word's ceiling is at least its best trigram.
        Assert.True(Model.Ceiling(Model.Find("本")) >= -2.309317f - Quantum);
        int[] contexts = [-1, Model.Find("有"), Model.Find("这"), Model.Find("的"), Model.Find("我们"), Model.Find("发展"), Model.UnknownId];
        for (var w = 0; w < Model.WordCount; w += 211)
            foreach (var a in contexts)
                foreach (var b in contexts)
                    if (b >= 0 || a < 0) Assert.True(Model.Score(a, b, w) <= Model.Ceiling(w), Model.Word(w));
    }

    [Fact]
    public void CeilingsFile_HoldsTheComputedCeilingsRaisedForRounding()
    {
        // scripts/gen_lm_ceilings.py on the pinned model: its own printout gives the same hash.
        AssertHash(Path.ChangeExtension(NgramModel.DefaultPath, ".ceil"), "1ac00f3a3efc99b140dd834773fc6518b4c2a0132a819abc091fda0e266b4b96");
        var computed = Model.ComputeCeilings();
        for (var w = 0; w < Model.WordCount; w++)
        {
            Assert.True(Model.Ceiling(w) >= computed[w], Model.Word(w));
            Assert.True(Model.Ceiling(w) <= computed[w] + 2e-4f, Model.Word(w));
        }
    }

    [Fact]
    public void PairCeiling_BoundsTheWordAfterItsPredecessor_WhateverCameBefore()
    {
        // -2.309317	有 这 本: the pair's ceiling is at least its best trigram.
        Assert.True(Model.PairCeiling(Model.Find("这"), Model.Find("本")) >= -2.309317f - Quantum);
        int[] contexts = [-1, Model.Find("有"), Model.Find("这"), Model.Find("的"), Model.Find("我们"), Model.Find("发展"), Model.Find("哭"), Model.UnknownId];
        var tighter = 0;
        for (var w = 0; w < Model.WordCount; w += 211)
            foreach (var b in contexts.Where(b => b >= 0))
            {
                var pair = Model.PairCeiling(b, w);
                foreach (var a in contexts) Assert.True(Model.Score(a, b, w) <= pair, $"{Model.Word(b)} {Model.Word(w)}");
                // Never looser than the word's ceiling in any context, and often far tighter.
                Assert.True(pair <= Model.Ceiling(w) + 2e-4f, $"{Model.Word(b)} {Model.Word(w)}");
                if (pair < Model.Ceiling(w) - 1) tighter++;
            }
        Assert.True(tighter > 1500, $"{tighter}"); // of 5,474 pairs
    }

    [Fact]
    public void PairsFile_HoldsTheComputedCeilingsRoundedUp()
    {
        // scripts/gen_lm_pairs.py on the pinned model: its own printout gives the same hash.
        AssertHash(Path.ChangeExtension(NgramModel.DefaultPath, ".pair"), "7401768bf4abc0bb811bbe9aa65f23905e8780cec23a81961ff1c4b9be40ec13");
        var (pairs, contextBack) = Model.ComputePairCeilings();
        var notBigram = Model.Find("如何");
        for (var b = 0; b < Model.WordCount; b++)
        {
            var successors = Model.Successors(b, out var first);
            for (var k = 0; k < successors.Length; k++)
            {
                var ceiling = Model.PairCeiling(b, successors[k]);
                // Both carry the 1e-4 raised for rounding; they differ by float against double arithmetic and a step.
                Assert.True(ceiling >= pairs[first + k] - 1e-5f && ceiling <= pairs[first + k] + 2e-4f, $"{Model.Word(b)} {Model.Word(successors[k])}");
            }
            if (successors.IndexOf(notBigram) < 0)
            {
                // A pair that is no bigram: the backed-off unigram plus b's largest context back-off.
                var backedOff = Model.Score(-1, b, notBigram) + contextBack[b];
                Assert.InRange(Model.PairCeiling(b, notBigram), backedOff - 1e-5f, backedOff + 2e-4f);
            }
        }
    }

    [Fact]
    public void PairCeilings_AreComputed_WhenTheFileIsMissing()
    {
        var folder = Directory.CreateTempSubdirectory("zjgr-model-").FullName;
        try
        {
            var copy = Path.Combine(folder, "lm_sc.zlm");
            File.Copy(NgramModel.DefaultPath, copy);
            using var model = NgramModel.Open(copy);
            for (var w = 0; w < Model.WordCount; w += 997)
                foreach (var b in new[] { Model.Find("的"), Model.Find("我们"), w })
                    Assert.InRange(model.PairCeiling(b, w), Model.PairCeiling(b, w) - 2e-4f, Model.PairCeiling(b, w) + 1e-6f);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Rescore_WithAFloorJustBelowTheExactScore_NeverGivesUp()
    {
        // The bounds a rescore gives up by (word and pair ceilings) must never fall below the score itself: every
        // place of a run, each of a few candidates, in every window the checker would ask for.
        const string run = "全市职工职业技能竞赛在市体育中心开幕市总工会主席出席并讲话要求推动社会保障工作落到实处";
        const string candidates = "的在再是事大市工会";
        var scorer = new LatticeScorer(Model, Pairs);
        var fresh = new LatticeScorer(Model, Pairs);
        for (var at = 0; at < run.Length; at++)
        {
            var (from, to) = (Math.Max(0, at - 5), Math.Min(run.Length, at + 6));
            foreach (var c in candidates)
            {
                if (c == run[at]) continue;
                var changed = Changed(run.Substring(from, to - from), at - from, c.ToString());
                var exact = fresh.Score(changed);
                scorer.Begin(run);
                scorer.Window(from, to);
                Assert.Equal(exact, scorer.Rescore(changed, at - from, 1, exact - 0.01f));
            }
        }
    }

    [Theory]
    [InlineData("我们在次来到这里看望大家", 2, "再")]
    [InlineData("我们在次来到这里看望大家", 11, "伙")]
    [InlineData("全国人大肠胃会批准了决定", 4, "常委")]
    public void Rescore_WithAFloor_GivesTheExactScoreOrGivesUp(string text, int at, string replacement)
    {
        var changed = Changed(text, at, replacement);
        var scorer = new LatticeScorer(Model, Pairs);
        var exact = scorer.Score(changed);
        scorer.Score(text);
        // Below the exact score the search must go all the way; above it, it gives up, and a search given up
        // (early or at the end) must not disturb the next one.
        Assert.Equal(exact, scorer.Rescore(changed, at, replacement.Length, exact - 0.01f));
        Assert.Equal(float.NegativeInfinity, scorer.Rescore(changed, at, replacement.Length, exact + 50));
        Assert.Equal(float.NegativeInfinity, scorer.Rescore(changed, at, replacement.Length, exact + 0.01f));
        Assert.Equal(exact, scorer.Rescore(changed, at, replacement.Length));
    }

    [Fact]
    public void Window_EqualsAFreshScoreOfItsText_WhateverWasScoredBefore()
    {
        const string run = "全国人大常委会批准了地方性法规和规章我们再次来到这里看望大家";
        var scorer = new LatticeScorer(Model, Pairs);
        var fresh = new LatticeScorer(Model, Pairs);
        // Windows in the order the checker asks for them (a start's windows together, shortest first), then out of it.
        (int From, int To)[] windows = [(0, 6), (0, 7), (0, 9), (0, 8), (1, 12), (1, 13), (2, 14), (0, 14), (5, run.Length), (5, 9)];
        // A thread's scorers share one search: each fresh score is taken before the run is begun again.
        foreach (var (from, to) in windows)
        {
            var expected = fresh.Score(run.AsSpan(from, to - from));
            scorer.Begin(run);
            Assert.Equal(expected, scorer.Window(from, to));
        }
        var all = windows.Select(w => fresh.Score(run.AsSpan(w.From, w.To - w.From))).ToArray();
        scorer.Begin(run);
        for (var k = 0; k < windows.Length; k++) Assert.Equal(all[k], scorer.Window(windows[k].From, windows[k].To));
    }

    [Fact]
    public void Rescore_InASharedWindow_EqualsAFreshScore_AfterOtherRescores()
    {
        const string run = "全国人大肠胃会批准了地方性罚跪和规章";
        var scorer = new LatticeScorer(Model, Pairs);
        var fresh = new LatticeScorer(Model, Pairs);
        // One window's candidates at several places, later places first and then earlier, each against a fresh score,
        // and a longer window of the same start after them.
        (int From, int To, int At, string Replacement)[] tries =
            [(0, 12, 4, "常委"), (0, 12, 9, "了"), (0, 12, 2, "代"), (0, 12, 6, "汇"), (0, 14, 4, "常委"), (0, 14, 11, "性"), (3, 16, 11, "法规")];
        var windows = tries.Select(t => fresh.Score(run.AsSpan(t.From, t.To - t.From))).ToArray();
        var changed = tries.Select(t => Changed(run.Substring(t.From, t.To - t.From), t.At, t.Replacement)).ToArray();
        var expected = changed.Select(c => fresh.Score(c)).ToArray();
        scorer.Begin(run);
        for (var k = 0; k < tries.Length; k++)
        {
            var (from, to, at, replacement) = tries[k];
            Assert.Equal(windows[k], scorer.Window(from, to));
            Assert.Equal(expected[k], scorer.Rescore(changed[k], at, replacement.Length));
            Assert.Equal(expected[k], scorer.Rescore(changed[k], at, replacement.Length, expected[k] - 0.01f));
            Assert.Equal(float.NegativeInfinity, scorer.Rescore(changed[k], at, replacement.Length, expected[k] + 0.01f));
        }
    }

    [Fact]
    public void Window_RefusesARunBegunByAnotherScorer()
    {
        var scorer = new LatticeScorer(Model, Pairs);
        scorer.Begin("我们再次来到这里");
        new LatticeScorer(Model).Score("看望大家");
        Assert.Throws<InvalidOperationException>(() => scorer.Window(0, 4));
    }

    /// <summary>That the file's sha256 is the one its generator printed.</summary>
    private static void AssertHash(string path, string sha256)
    {
        using var stream = File.OpenRead(path);
        Assert.Equal(sha256, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream)).ToLowerInvariant());
    }

    /// <summary>The text with <paramref name="replacement"/> written over it at <paramref name="at"/>.</summary>
    private static char[] Changed(string text, int at, string replacement)
    {
        var changed = text.ToCharArray();
        replacement.CopyTo(changed.AsSpan(at));
        return changed;
    }

    private static readonly Lazy<AdjacentPairs> _pairs = new(() => new AdjacentPairs(Model));
    private static AdjacentPairs Pairs => _pairs.Value;

    [Fact]
    public void AdjacentPairs_NeverDenyAPairOfAWord()
    {
        for (var id = 0; id < Model.WordCount; id += 97)
        {
            var word = Model.Word(id);
            for (var i = 1; i < word.Length; i++) Assert.True(Pairs.MayContain(word[i - 1], word[i]), word);
        }
        // Most pairs that are no word's are denied (the filter is worth its megabyte).
        var denied = 0;
        for (var c = 0x4E00; c < 0x4E00 + 1000; c++) if (!Pairs.MayContain((char)c, '鑫')) denied++;
        Assert.True(denied > 900, $"{denied}");
    }

    [Fact]
    public void Rescore_RefusesATextOfAnotherLength()
    {
        var scorer = new LatticeScorer(Model);
        scorer.Score("我们再次来到这里");
        Assert.Throws<InvalidOperationException>(() => scorer.Rescore("我们再次来到", 2));
    }

    [Fact]
    public void GeneratedFile_HasThePinnedHash()
    {
        // scripts/gen_lm_data.py from libime 1.0.16 (Debian bookworm): its own printout gives the same hash.
        AssertHash(NgramModel.DefaultPath, "c52b579b03e25ca8d100e74674e5a08128eb939881ddd17274ca5b2da414d1a0");
    }

    [Theory]
    [InlineData("")]
    [InlineData("ZJLM0002 but far too short")]
    [InlineData("not a model at all, though long enough to hold a header of one hundred and thirty-six bytes: 0123456789012345678901234567890123456789")]
    public void Open_RejectsAFileThatIsNoModel_WithAClearError(string content) =>
        AssertOpenRefuses(System.Text.Encoding.UTF8.GetBytes(content), "is not a zjgr language model");

    [Fact]
    public void Open_RefusesAModelCutShort()
    {
        var model = File.ReadAllBytes(NgramModel.DefaultPath);
        AssertOpenRefuses(model[..(model.Length / 2)], "cut short or damaged");
    }

    private static void AssertOpenRefuses(byte[] file, string why)
    {
        var path = Path.Combine(Path.GetTempPath(), $"zjgr-bad-model-{Guid.NewGuid():N}.zlm");
        File.WriteAllBytes(path, file);
        try { Assert.Contains(why, Assert.Throws<InvalidDataException>(() => NgramModel.Open(path)).Message); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void WordsFile_HasThePinnedHash()
    {
        using var stream = File.OpenRead(WordReadings.PathBeside(NgramModel.DefaultPath));
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream)).ToLowerInvariant();
        // scripts/gen_lm_data.py from libime 1.0.16's dict_sc.txt: its own printout gives the same hash.
        Assert.Equal("fe3d134c22f8a3d034d73f74af2f38068c8b115a619e18f3f7017be4984e9d57", hash);
    }

    [Fact]
    public void WordReadings_FileWordsOfOneReadingTogether_LikeliestFirst()
    {
        var words = WordReadings.Default ?? throw new InvalidOperationException("words_sc.tsv is missing");
        Assert.Equal(["度过", "渡过"], words.Under("du'guo"));
        // 肠胃 sounds like 常委; the printed text itself is not offered; a polyphone's second reading counts (重 chong).
        Assert.Contains("常委", words.SoundingLike("肠胃"));
        Assert.DoesNotContain("肠胃", words.SoundingLike("肠胃"));
        Assert.Contains("冲突", words.SoundingLike("重涂"));
        Assert.Empty(words.SoundingLike("a1"));
    }

    [Fact]
    public void WordReadings_LinesSoundingLike_HoldTheSoundingWordsLineByLine()
    {
        // 重涂: zhong'tu and chong'tu, two lines; SoundingLike is their words in order, each once, the printed text out.
        var words = WordReadings.Default ?? throw new InvalidOperationException("words_sc.tsv is missing");
        foreach (var printed in new[] { "重涂", "肠胃", "行长", "a1" })
        {
            var lines = words.LinesSoundingLike(printed);
            var flat = new List<string>();
            for (var l = 0; l < lines.Count; l++)
                flat.AddRange(lines[l].Where(w => w != printed && !flat.Contains(w)));
            Assert.Equal(flat, words.SoundingLike(printed));
        }
        Assert.Equal(2, words.LinesSoundingLike("重涂").Count);
        Assert.Equal(0, words.LinesSoundingLike("a1").Count);
    }

    [Fact]
    public void WordReadings_FindEveryLineOfTheFile_AndNothingBetween_ThroughTheIndex()
    {
        var words = WordReadings.Default ?? throw new InvalidOperationException("words_sc.tsv is missing");
        Assert.True(words.IsIndexed, "words_sc.idx is missing beside words_sc.tsv, or was made for another file");
        AssertFindsEveryLineAndNothingBetween(words);
    }

    [Fact]
    public void WordReadings_FindEveryLineOfTheFile_AndNothingBetween_ByBinarySearch_WithoutTheIndex()
    {
        // The words file alone in a folder of its own: no index beside it, so lines are found by binary search.
        InAFolderOfItsOwn(copy =>
        {
            File.Copy(WordReadings.PathBeside(NgramModel.DefaultPath), copy);
            var words = WordReadings.Load(copy, Core.Hanzi.CharacterTable.Default);
            Assert.False(words.IsIndexed);
            AssertFindsEveryLineAndNothingBetween(words);
        });
    }

    [Fact]
    public void WordReadings_IgnoreAnIndexMadeForAnotherFile()
    {
        InAFolderOfItsOwn(copy =>
        {
            File.WriteAllText(copy, "du'guo\t度过 渡过\n");
            File.Copy(Path.ChangeExtension(WordReadings.PathBeside(NgramModel.DefaultPath), ".idx"), Path.ChangeExtension(copy, ".idx"));
            var words = WordReadings.Load(copy, Core.Hanzi.CharacterTable.Default);
            Assert.False(words.IsIndexed);
            Assert.Equal(["度过", "渡过"], words.Under("du'guo"));
        });
    }

    [Fact]
    public void WordReadings_ADamagedIndex_AnswersAbsent_NeverThrowsNorLoops()
    {
        // The header of a table for this very file, its slots all full of offsets past the file's end and of the hash
        // every look-up might have: no probe ends at an empty slot, and none points into the file. Its table of two
        // syllables points into the middle of the line ("u'guo…"), its bloom bits are all set.
        InAFolderOfItsOwn(copy =>
        {
            File.WriteAllText(copy, "du'guo\t度过 渡过\n");
            var length = (uint)new FileInfo(copy).Length;
            const uint slots = 8, bloomBits = 64;
            using (var w = new BinaryWriter(File.Create(Path.ChangeExtension(copy, ".idx"))))
            {
                w.Write("ZJWI0002"u8);
                w.Write(slots);
                w.Write(length);
                w.Write(2u); // syllables: du, guo
                w.Write(bloomBits);
                for (var k = 0; k < slots; k++)
                {
                    w.Write(length + 100);
                    w.Write(Fnv1a("du'guo"u8));
                }
                w.Write("du\0\0\0\0\0\0guo\0\0\0\0\0"u8);
                for (var k = 0; k < 4; k++) w.Write(2u); // offset 1, + 1
                w.Write(new byte[bloomBits / 8].Select(_ => (byte)0xFF).ToArray());
            }
            var words = WordReadings.Load(copy, Core.Hanzi.CharacterTable.Default);
            Assert.True(words.IsIndexed);
            Assert.Empty(words.Under("du'guo"));
            Assert.Empty(words.Under("zzz"));
            Assert.Empty(words.SoundingLike("度过"));
            Assert.Empty(words.SoundingLike("度过度"));
        });
    }

    [Fact]
    public void WordReadings_SoundingLike_TheSameThroughTheIndexsSyllableNumbers_AsByBinarySearch()
    {
        // Every two- and three-character stretch of a seed page, and a sample of the model's words of two to four
        // characters: the index's tables of syllable numbers find the lines the binary search over the bytes finds.
        var indexed = WordReadings.Default ?? throw new InvalidOperationException("words_sc.tsv is missing");
        Assert.True(indexed.IsIndexed);
        InAFolderOfItsOwn(copy =>
        {
            File.Copy(WordReadings.PathBeside(NgramModel.DefaultPath), copy);
            var searched = WordReadings.Load(copy, Core.Hanzi.CharacterTable.Default);
            Assert.False(searched.IsIndexed);
            var page = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "seeds"), "*.txt").Order().First());
            var stretches = Enumerable.Range(0, page.Length - 2).SelectMany(i => new[] { page.Substring(i, 2), page.Substring(i, 3) })
                .Concat(Enumerable.Range(0, Model.WordCount / 53).Select(k => Model.Word(k * 53)).Where(w => w.Length is >= 2 and <= 4))
                .Distinct().ToList();
            var sounding = 0;
            foreach (var stretch in stretches)
            {
                var expected = searched.SoundingLike(stretch);
                Assert.Equal(expected, indexed.SoundingLike(stretch));
                Assert.Equal(searched.LinesSoundingLike(stretch).Count, indexed.LinesSoundingLike(stretch).Count);
                if (expected.Count > 0) sounding++;
            }
            Assert.True(sounding > stretches.Count / 4, $"{sounding} of {stretches.Count} stretches sound like some word");
        });
    }

    /// <summary>Runs <paramref name="test"/> on the path of a words file (not yet written) in a temporary folder of its own.</summary>
    private static void InAFolderOfItsOwn(Action<string> test)
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-words-");
        try { test(Path.Combine(dir.FullName, "words_sc.tsv")); }
        finally { dir.Delete(true); }
    }

    private static uint Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var h = 2166136261u;
        foreach (var b in bytes) h = (h ^ b) * 16777619u;
        return h;
    }

    [Fact]
    public void WordsIndex_IsWhatTheGeneratorMakesOfTheWordsFile_ByteForByte()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-words-index-");
        try
        {
            var words = Path.Combine(TestPaths.RepoRoot, "src", "ZjgrLsp.Core", "Data", "lm", "words_sc.tsv");
            var made = Path.Combine(dir.FullName, "words_sc.idx");
            var script = Path.Combine(TestPaths.RepoRoot, "scripts", "gen_words_index.py");
            var psi = new System.Diagnostics.ProcessStartInfo("python3", [script, "--words", words, "--out", made])
            { RedirectStandardError = true, RedirectStandardOutput = true };
            using var p = System.Diagnostics.Process.Start(psi)!;
            var err = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"gen_words_index.py failed: {err}");
            var committed = File.ReadAllBytes(Path.ChangeExtension(words, ".idx"));
            Assert.True(committed.AsSpan().SequenceEqual(File.ReadAllBytes(made)), "words_sc.idx differs from the generator's output");
        }
        finally { dir.Delete(true); }
    }

    private static void AssertFindsEveryLineAndNothingBetween(WordReadings words)
    {
        var lines = File.ReadAllLines(WordReadings.PathBeside(NgramModel.DefaultPath)).Where(l => l.Contains('\t')).ToArray();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            Assert.Equal(line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), words.Under(line[..tab]));
        }
        // Readings that sort before the first, after the last and between two lines are not there.
        foreach (var absent in new[] { "", "a'", "zzzz", lines[100][..lines[100].IndexOf('\t')] + "'zz" })
            Assert.Empty(words.Under(absent));
    }
}
