using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Dup;

/// <summary>A body paragraph that appears twice on a page, word for word or nearly so.</summary>
public sealed class DuplicateParagraphRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "dup/paragraph",
        "重复的段落",
        Severity.Warning,
        "Flags a body paragraph that repeats an earlier paragraph of the same page, either word for word "
        + "(ignoring white space and the width of punctuation) or nearly so (character-bigram similarity of at least 85%, "
        + "which catches a pasted paragraph that was then lightly edited). Short paragraphs are left alone, because "
        + "formulas such as a credit line may repeat. The finding sits on the later copy and points at the earlier one; "
        + "the quick fixes delete either copy.");

    /// <summary>Below this many characters a repeat is likely a formula, not a pasted paragraph.</summary>
    private const int MinLength = 20;

    private const double NearThreshold = 0.85;

    /// <summary>Shingle length for finding near-duplicate candidates.</summary>
    private const int Shingle = 6;

    /// <summary>A shingle shared by more paragraphs than this is boilerplate and says nothing about duplication.</summary>
    private const int MaxPostings = 50;

    public void Analyze(RuleContext context)
    {
        var doc = context.Document;
        var seen = new List<(Block Block, string Folded)>();
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new Dictionary<int, List<int>>();
        foreach (var block in doc.BodyParagraphs)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var folded = TextNormalizer.Fold(block.Text);
            if (folded.Length < MinLength) continue;
            var shingles = Shingles(folded);
            var match = exact.TryGetValue(folded, out var same) ? (same, 1.0) : Nearest(seen, postings, folded, shingles);
            if (match is var (earlierIndex, similarity) && earlierIndex >= 0)
                Report(context, doc, block, seen[earlierIndex].Block, similarity >= 1.0, similarity);
            var index = seen.Count;
            seen.Add((block, folded));
            exact.TryAdd(folded, index);
            foreach (var h in shingles)
            {
                if (!postings.TryGetValue(h, out var list)) postings[h] = list = [];
                if (list.Count <= MaxPostings) list.Add(index);
            }
        }
    }

    /// <summary>
    /// The earlier paragraph most like this one, if similar enough: candidates share at least half of their shingles
    /// (found through the postings), and only they get the full bigram comparison.
    /// </summary>
    private static (int Index, double Similarity) Nearest(List<(Block Block, string Folded)> seen, Dictionary<int, List<int>> postings, string folded, HashSet<int> shingles)
    {
        var shared = new Dictionary<int, int>();
        foreach (var h in shingles)
            if (postings.TryGetValue(h, out var list) && list.Count <= MaxPostings)
                foreach (var i in list) shared[i] = shared.GetValueOrDefault(i) + 1;
        var best = (-1, 0.0);
        foreach (var (i, count) in shared.OrderBy(kv => kv.Key))
        {
            if (count * 2 < shingles.Count) continue;
            var other = seen[i].Folded;
            // Dice can reach the threshold only if the shorter is at least t / (2 − t) of the longer (0.74 for 0.85): a
            // pasted paragraph with a clause cut out is still a near copy.
            var ratio = (double)Math.Min(folded.Length, other.Length) / Math.Max(folded.Length, other.Length);
            if (ratio < NearThreshold / (2 - NearThreshold)) continue;
            var similarity = Similarity.Dice(folded, other);
            if (similarity >= NearThreshold && similarity > best.Item2) best = (i, similarity);
        }
        return best;
    }

    private static HashSet<int> Shingles(string folded)
    {
        var result = new HashSet<int>();
        for (var i = 0; i + Shingle <= folded.Length; i++) result.Add(string.GetHashCode(folded.AsSpan(i, Shingle)));
        return result;
    }

    private static void Report(RuleContext context, Documents.NewsDocument doc, Block block, Block earlier, bool exact, double similarity)
    {
        var line = earlier.Line + 1;
        var message = exact
            ? $"本段与第{line}行的段落完全重复"
            : $"本段与第{line}行的段落几乎相同（相似度{similarity:P0}）";
        context.Report(block.Span, message,
            [
                new Fix("删除本段（重复）", [BlockEdits.Delete(doc, block)]),
                new Fix($"删除第{line}行的那一段", [BlockEdits.Delete(doc, earlier)]),
            ],
            [new RelatedLocation(null, earlier.Span, "先出现的段落")]);
    }
}
