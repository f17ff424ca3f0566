using ZjgrLsp.Core.Data;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Dup;

/// <summary>A word typed twice in a row (社会保障保障局), while legitimate reduplication is left alone.</summary>
public sealed class DuplicateWordRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "dup/word",
        "重复的词语",
        Severity.Warning,
        "Flags a run of two to six Chinese characters typed twice in a row (保障保障, 转化转化), the commonest "
        + "slip when text is cut and pasted. Legitimate reduplication is not flagged: AABB forms (实实在在) never match, "
        + "a repeated single character (天天, 人人) is left alone, numeral phrases (一步一步) are skipped, and verbs "
        + "that are reduplicated in ordinary usage (研究研究) come from a word list. Doubling that grammar or rhythm makes "
        + "is left alone too: A不A before another 不 (算不算不幸), a verb tried out at the end of its clause or before "
        + "吧/了/一下 (闯荡闯荡，), and a pair that is no word but a clause of its own (嫁汉嫁汉，穿衣吃饭). "
        + "The fix deletes the second copy.")
    { SafeToFixAll = true };

    private const int MaxUnit = 6;

    public void Analyze(RuleContext context)
    {
        var text = context.Text;
        var accepted = context.Config.Dictionary;
        foreach (var block in context.Document.Blocks)
        {
            if (block.Kind is BlockKind.Masthead or BlockKind.ContinuationMarker) continue;
            var end = block.Span.End;
            for (var i = block.Span.Start; i < end; i++)
            {
                if (!Chinese.IsHanAt(text, i)) continue;
                for (var n = MaxUnit; n >= 2; n--)
                {
                    if (i + 2 * n > end || !IsDoubled(text, i, n)) continue;
                    var unit = text.Substring(i, n);
                    if (IsLegitimate(unit, text, i) || IsUsage(unit, text, i, end, context.Segmenter) || accepted.Contains(unit + unit)) break;
                    context.Report(new TextSpan(i, 2 * n), $"“{unit}”重复了一次",
                        [Fix.Replace($"删去重复的“{unit}”", i + n, n, "")]);
                    i += 2 * n - 1;
                    break;
                }
            }
        }
    }

    private static bool IsDoubled(string text, int i, int n)
    {
        for (var k = 0; k < n; k++)
        {
            var c = text[i + k];
            if (c != text[i + n + k] || !Chinese.IsHanAt(text, i + k) && !char.IsLowSurrogate(c)) return false;
        }
        // A unit made of one character repeated (哈哈哈哈) is reduplication, not a slip.
        return text.AsSpan(i, n).IndexOfAnyExcept(text[i]) >= 0;
    }

    /// <summary>
    /// Doubling that grammar or rhythm makes, not a paste: the A不A question before another 不 (算不算不幸: 算不|算不);
    /// a verb tried out (闯荡闯荡, 商量商量) that ends its clause or takes 吧/了/一下/看; and a pair that is no word but
    /// a whole clause of its own, as sayings go (嫁汉嫁汉，穿衣吃饭).
    /// </summary>
    private static bool IsUsage(string unit, string text, int start, int end, Segmenter segmenter)
    {
        if (unit.Length == 2 && unit[1] is '不' or '没') return true;
        var after = start + 2 * unit.Length;
        var clauseEnds = after >= end || !Chinese.IsHanAt(text, after);
        if (unit.Length == 2 && segmenter.Tag(unit) == "v" && (clauseEnds || "吧了看".Contains(text[after]) || text.AsSpan(after).StartsWith("一下")))
            return true;
        var clauseStarts = start == 0 || !Chinese.IsHanAt(text, start - 1);
        return clauseStarts && clauseEnds && segmenter.Frequency(unit) == 0;
    }

    private static bool IsLegitimate(string unit, string text, int start)
    {
        // Numeral and classifier phrases repeat on purpose: 一步一步, 一个一个, 一年一年.
        if (unit[0] is '一' or '两' or '几' or '每' or '这' or '那') return true;
        if (Lexicons.Reduplication.Contains(unit)) return true;
        // A longer repeat that continues the same way (哈哈哈哈哈哈) is emphasis, not a slip.
        return start >= unit.Length && text.AsSpan(start - unit.Length, unit.Length).SequenceEqual(unit);
    }
}
