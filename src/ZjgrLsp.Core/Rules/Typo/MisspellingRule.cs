using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>A word printed in a known wrong form (布署 for 部署, 迫不急待 for 迫不及待).</summary>
public sealed class MisspellingRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "typo/misspelling",
        "常见错别字",
        Severity.Warning,
        "Flags the common misspellings of Data/misspellings.txt: forms that are wrong wherever they stand as words, "
        + "such as 布署 for 部署, 签定 for 签订, 帐户 for 账户, 迫不急待 for 迫不及待. It needs no other page, so it "
        + "works on a single sentence. The form must line up with the text's word boundaries (jieba without HMM), "
        + "so a form that is really the end of one word and the start of the next (公布|署名, 预防|犯罪) is left "
        + "alone; inside a longer dictionary word it is flagged only when that word with the correction is a "
        + "dictionary word too (大部份 for 大部分, not 堪察加). A form in zjgr.json's dictionary is accepted. The "
        + "quick fix writes the correct form.")
    { Precedence = 0 };

    public void Analyze(RuleContext context)
    {
        var lexicon = MisspellingLexicon.Default;
        var text = context.Text;
        foreach (var block in TypoScope.Blocks(context.Document))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            List<Token>? words = null;
            for (var p = block.Span.Start; p < block.Span.End; p++)
            {
                if (!HanText.IsHan(text[p])) continue;
                foreach (var length in lexicon.Lengths)
                {
                    if (p + length > block.Span.End) continue;
                    var wrong = text.AsSpan(p, length);
                    if (lexicon.CorrectionOf(wrong) is not { } right) continue;
                    if (context.Config.Dictionary.Contains(wrong.ToString())) continue;
                    words ??= HanText.Words(context.Segmenter, text, block.Span);
                    if (!StandsAsWord(context.Segmenter, words, text, p, length, right)) continue;
                    var kind = OneCharacterApart(wrong, right) is var (a, b) ? CharacterTable.Default.Confuse(a, b) : Confusion.None;
                    var why = kind == Confusion.None ? "常见错别字" : $"常见错别字，{kind.ToChinese()}";
                    context.Report(new TextSpan(p, length), $"“{wrong}”应为“{right}”（{why}）",
                        [Fix.Replace($"改为“{right}”", p, length, right)], dictionaryWord: wrong.ToString());
                    p += length - 1;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// True when the form at [p, p+length) is a word of the text: its edges are word boundaries, or it lies inside
    /// one dictionary word that is also a word once corrected (大部份 → 大部分).
    /// </summary>
    private static bool StandsAsWord(Segmenter segmenter, List<Token> words, string text, int p, int length, string right)
    {
        var end = p + length;
        var startsWord = words.Any(w => w.Start == p);
        var endsWord = words.Any(w => w.End == end);
        if (startsWord && endsWord) return true;
        var i = words.FindIndex(w => w.Start <= p && w.End >= end);
        if (i < 0) return false;
        var holder = words[i];
        var corrected = string.Concat(text.AsSpan(holder.Start, p - holder.Start), right, text.AsSpan(end, holder.End - end));
        return segmenter.Frequency(corrected) > 0;
    }

    private static (char Wrong, char Right)? OneCharacterApart(ReadOnlySpan<char> wrong, string right)
    {
        if (wrong.Length != right.Length) return null;
        (char, char)? found = null;
        for (var i = 0; i < wrong.Length; i++)
        {
            if (wrong[i] == right[i]) continue;
            if (found is not null) return null;
            found = (wrong[i], right[i]);
        }
        return found;
    }
}
