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
    public void Scorer_PrefersTheRightHomophone()
    {
        var scorer = new LatticeScorer(Model);
        Assert.True(scorer.Score("我们再次来到这里") > scorer.Score("我们在次来到这里") + 2);
    }

    [Fact]
    public void GeneratedFile_HasThePinnedHash()
    {
        using var stream = File.OpenRead(NgramModel.DefaultPath);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream)).ToLowerInvariant();
        // scripts/gen_lm_data.py from libime 1.0.16 (Debian bookworm): its own printout gives the same hash.
        Assert.Equal("c52b579b03e25ca8d100e74674e5a08128eb939881ddd17274ca5b2da414d1a0", hash);
    }
}
