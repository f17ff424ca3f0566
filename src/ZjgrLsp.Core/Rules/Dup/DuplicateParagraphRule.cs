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

    public void Analyze(RuleContext context)
    {
        var doc = context.Document;
        var seen = new List<(Block Block, string Folded)>();
        foreach (var block in doc.BodyParagraphs)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var folded = TextNormalizer.Fold(block.Text);
            if (folded.Length < MinLength) continue;
            foreach (var (earlier, earlierFolded) in seen)
            {
                var exact = folded == earlierFolded;
                double similarity = 0;
                if (!exact)
                {
                    var ratio = (double)Math.Min(folded.Length, earlierFolded.Length) / Math.Max(folded.Length, earlierFolded.Length);
                    if (ratio < NearThreshold) continue;
                    similarity = Similarity.Dice(folded, earlierFolded);
                    if (similarity < NearThreshold) continue;
                }
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
                break;
            }
            seen.Add((block, folded));
        }
    }
}
