using ZjgrLsp.Core.Segmentation;

namespace ZjgrLsp.Core.Tests.Segmentation;

/// <summary>
/// Issue 3's correctness bar: output identical to jieba.lcut(s, HMM=True) and HMM=False, line by line, on every
/// seed line and on over 1 MB of other Chinese text, and with user words added.
/// </summary>
public class JiebaReferenceTests
{
    [Fact]
    public void Seeds_MatchReferenceJieba() => AssertSameAsReference(ReferenceCorpus.Seeds(), new Segmenter());

    [Fact]
    public void OneMegabyteOfOtherText_MatchesReferenceJieba() =>
        AssertSameAsReference(ReferenceCorpus.ManPageText(minBytes: 1_100_000), new Segmenter());

    [Fact]
    public void WithUserWords_MatchesReferenceJieba()
    {
        string[] words = ["数智化", "新就业形态", "工会驿站", "班前十分钟", "强化工"];
        var segmenter = new Segmenter();
        foreach (var w in words) segmenter.AddWord(w);
        AssertSameAsReference(ReferenceCorpus.Seeds(), segmenter, words);
    }

    private static void AssertSameAsReference(string text, Segmenter segmenter, params string[] userWords)
    {
        var lines = text.Split('\n');
        var (hmm, noHmm) = ReferenceCorpus.Reference(text, userWords);
        Assert.Equal(lines.Length, hmm.Length);
        var mismatches = new List<string>();
        for (var i = 0; i < lines.Length && mismatches.Count < 5; i++)
        {
            foreach (var (useHmm, expected) in new[] { (true, hmm[i]), (false, noHmm[i]) })
            {
                var actual = segmenter.Cut(lines[i], useHmm).Select(t => t.Word).ToArray();
                if (!actual.SequenceEqual(expected))
                    mismatches.Add($"line {i + 1} HMM={useHmm}: expected [{string.Join("|", expected)}] got [{string.Join("|", actual)}]");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
