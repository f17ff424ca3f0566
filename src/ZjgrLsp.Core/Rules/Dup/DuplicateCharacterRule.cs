using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Rules.Dup;

/// <summary>A function character typed twice (我们的的工作, 在在杭州).</summary>
public sealed class DuplicateCharacterRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "dup/char",
        "重复的字",
        Severity.Warning,
        "Flags a function character that never doubles in written Chinese (的, 了, 在, 是, 和, 把, 被, 都, 我, 他 …) "
        + "typed twice in a row, where both copies stand as words by themselves: jieba without HMM cuts them as two "
        + "one-character words. So 目的的确定 (目的|的|确定), 为了了解 (为了|了解) and 现在在 (现在|在) are left alone, "
        + "and so are AABB forms (的的确确, 实实在在), three or more in a row (speech: 是是是), idioms (不了了之), and a "
        + "first copy that ends a word the language model knows though the dictionary does not (颇有见地地). "
        + "The fix deletes one copy.")
    { SafeToFixAll = true };

    private const string FunctionCharacters = "的了在是和与及将把被从也就都还而以向让为并于给有这那我他她它地要已又很才更";

    public void Analyze(RuleContext context)
    {
        var text = context.Text;
        foreach (var block in context.Document.Blocks)
        {
            if (block.Kind is BlockKind.Masthead or BlockKind.ContinuationMarker) continue;
            List<Token>? words = null;
            for (var i = block.Span.Start; i + 1 < block.Span.End; i++)
            {
                var c = text[i];
                if (text[i + 1] != c || !FunctionCharacters.Contains(c)) continue;
                if (IsReduplication(text, i, block.Span)) { i++; continue; }
                words ??= HanText.Words(context.Segmenter, text, block.Span);
                if (!words.Any(w => w.Start == i && w.Length == 1) || !words.Any(w => w.Start == i + 1 && w.Length == 1)) continue;
                // The first copy may end a word the segmenter's dictionary lacks but the language model knows (颇有见地|地).
                if (i > block.Span.Start && Language.NgramModel.Default is { } model && model.Find(text.AsSpan(i - 1, 2)) >= 0
                    && context.Segmenter.Frequency(text.AsSpan(i - 1, 2)) == 0) continue;
                context.Report(new TextSpan(i, 2), $"“{c}”重复了一次", [Fix.Replace($"删去重复的“{c}”", i + 1, 1, "")]);
                i++;
            }
        }
    }

    /// <summary>AABB (的的确确, 实实在在) or a run of three or more (是是是): doubling on purpose.</summary>
    private static bool IsReduplication(string text, int i, TextSpan block)
    {
        var c = text[i];
        if (i + 2 < block.End && text[i + 2] == c || i - 1 >= block.Start && text[i - 1] == c) return true;
        var pairAfter = i + 3 < block.End && text[i + 2] == text[i + 3];
        var pairBefore = i - 2 >= block.Start && text[i - 2] == text[i - 1];
        return pairAfter || pairBefore;
    }
}
