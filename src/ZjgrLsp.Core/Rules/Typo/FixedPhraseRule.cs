using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>A set phrase or fixed formulation printed with one character wrong, missing or extra.</summary>
public sealed class FixedPhraseRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "typo/fixed-phrase",
        "固定表述有误",
        Severity.Warning,
        "Flags text one slip away from a fixed expression (Data/fixed_phrases.txt: political formulations, "
        + "trade-union wordings, set phrases, each with its accepted variants) or a four-character idiom from jieba's "
        + "dictionary, and equal to none of their forms: 股股嘱托 for 殷殷嘱托, 牢牢意识形态安全防线 for "
        + "守牢意识形态安全防线. For four- to seven-character phrases the wrong character must sound or look like the "
        + "right one (Unihan readings, four-corner and Cangjie codes); longer phrases carry enough context for any "
        + "slip. The stretch must line up with word boundaries and must not itself be a dictionary word (unless it "
        + "is a rare misspelling that the dictionary records beside the phrase), so other words are not bent into idioms; a character missing between two whole words "
        + "leaves a phrase of its own (中国现代化 beside 中国式现代化) and is not flagged; "
        + "against jieba's idiom list, which also holds plain phrases, the text must not already read as words of two or "
        + "more characters and the wrong character must be neither a function word nor a rare character that only an "
        + "old or variant spelling prints (勠力 beside 戮力). The quick fix writes the canonical form.")
    { Precedence = 1 };

    public void Analyze(RuleContext context)
    {
        var lexicon = PhraseLexicon.Default;
        var text = context.Text;
        foreach (var block in TypoScope.Blocks(context.Document))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            Cache.Run(context, block.Span, () => AnalyzeBlock(context, lexicon, text, block.Span));
        }
    }

    /// <summary>A block's findings depend on its text alone: an edit re-reads only the blocks it changed.</summary>
    private static readonly BlockCache Cache = new();

    private static void AnalyzeBlock(RuleContext context, PhraseLexicon lexicon, string text, TextSpan span)
    {
        var folded = PhraseLexicon.Fold(context.Document.Source[span]);
        HashSet<int>? boundaries = null;
        var reportedUpTo = -1;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!HanText.IsHan(folded[i]) || span.Start + i < reportedUpTo) continue;
            foreach (var (start, length, form) in Candidates(lexicon, folded, i))
            {
                boundaries ??= HanText.WordBoundaries(context.Segmenter, text, span);
                if (Check(context, span.Start, folded, start, length, form, boundaries) is not { } end) continue;
                reportedUpTo = end;
                break;
            }
        }
    }

    /// <summary>The blanked positions of the four-character keys: each one alone, and each doubled pair (殷殷).</summary>
    private static readonly int[] Masks = [1, 2, 4, 8, 3, 6, 12];

    /// <summary>Windows starting at or around <paramref name="i"/> that may be one slip from a form.</summary>
    private static IEnumerable<(int Start, int Length, PhraseLexicon.Form Form)> Candidates(PhraseLexicon lexicon, string s, int i)
    {
        if (i + 4 <= s.Length && HanText.AllHan(s.AsSpan(i, 4)) && !lexicon.IsForm(s.AsSpan(i, 4)))
        {
            foreach (var mask in Masks)
                foreach (var form in lexicon.Masked4(HanText.Key4(s.AsSpan(i, 4), mask)))
                    yield return (i, 4, form);
        }
        if (i + 1 >= s.Length || !lexicon.MayStartHalf(s[i], s[i + 1])) yield break;
        foreach (var h in lexicon.HalfLengths)
        {
            if (i + h > s.Length) break;
            foreach (var (form, left) in lexicon.ByHalf(s.AsSpan(i, h)))
            {
                var l = form.Text.Length;
                if (left)
                    for (var len = l - 1; len <= l + 1; len++) yield return (i, len, form);
                else
                    for (var shift = -1; shift <= 1; shift++)
                        for (var len = l - 1; len <= l + 1; len++)
                        {
                            var start = i + h - l + shift;
                            yield return (start, len + 0, form);
                        }
            }
        }
    }

    /// <summary>Reports the slip if the window is exactly one allowed slip from the form; returns the end reported.</summary>
    private static int? Check(RuleContext context, int blockStart, string s, int start, int length, PhraseLexicon.Form form, HashSet<int> boundaries)
    {
        if (start < 0 || length <= 0 || start + length > s.Length) return null;
        var window = s.AsSpan(start, length);
        if (PhraseLexicon.Default.IsForm(window)) return null;
        if (OneEdit.Between(window, form.Text) is not { } edit) return null;
        if (!Allowed(edit, window, form.Text, out var confusion)) return null;
        var absStart = blockStart + start;
        if (!boundaries.Contains(absStart) || !boundaries.Contains(absStart + length)) return null;
        // A character missing between two whole words leaves a phrase of its own (中国|现代化 beside 中国式现代化); a
        // dropped character leaves a broken word behind (中国特|社会主义 for 中国特色社会主义).
        if (edit.Kind == OneEdit.Kinds.Missing && boundaries.Contains(absStart + edit.TextStart)
            && !boundaries.Contains(absStart + edit.TextStart - 1) && !boundaries.Contains(absStart + edit.TextStart + 1)) return null;
        if (context.Config.Dictionary.Contains(window.ToString())) return null;
        // A dictionary word is left alone, unless it is a rare misspelling of the phrase (jieba lists 再接再励, 3 uses,
        // beside 再接再厉, 115).
        var asWord = context.Segmenter.Frequency(window);
        if (asWord > 0 && asWord * 10 >= context.Segmenter.Frequency(form.Text)) return null;
        if (!form.Curated && !LooksLikeASlip(context, window, edit)) return null;

        var why = confusion == Confusion.None ? "固定表述" : $"{confusion.ToChinese()}，固定表述";
        var edits = EditsFor(edit, absStart);
        var span = edit.Kind == OneEdit.Kinds.Missing
            ? new TextSpan(absStart + Math.Max(0, edit.TextStart - 1), Math.Min(2, length))
            : new TextSpan(absStart + edit.TextStart, edit.TextLength);
        context.Report(span, $"“{window}”疑为“{form.Canonical}”（{why}）",
            [new Fix($"改为“{form.Canonical}”", [.. edits])], dictionaryWord: window.ToString());
        return absStart + length;
    }

    /// <summary>
    /// jieba's idiom list holds many plain phrases (完全相同, 任何一方), so against it the text must not already read
    /// as words of two or more characters (完全如同, 任何一边), and the wrong character must not be a function word
    /// (了在其中 inside 为了在其中).
    /// </summary>
    private static bool LooksLikeASlip(RuleContext context, ReadOnlySpan<char> window, OneEdit edit)
    {
        if (edit.Kind != OneEdit.Kinds.Substitution) return true;
        if (HanText.IsFunctionWord(context.Segmenter, window.Slice(edit.TextStart, 1))) return false;
        if (IsRareVariant(context, window[edit.TextStart], edit.Replacement[0])) return false;
        var text = window.ToString();
        return context.Segmenter.Cut(text, hmm: false).Any(t => t.Length == 1 && HanText.IsHan(text[t.Start]));
    }

    /// <summary>
    /// A printed character far rarer than the idiom's is chosen, not slipped into: an input method offers the common
    /// character first, so a rare one that sounds or looks like it is an old or variant spelling (勠力 beside 戮力).
    /// Rare is the segmenter's dictionary's count of the character as a word of its own.
    /// </summary>
    private static bool IsRareVariant(RuleContext context, char printed, char expected)
    {
        var printedCount = context.Segmenter.Frequency([printed]);
        return printedCount < RareCharacterCount && printedCount * 10 < context.Segmenter.Frequency([expected]);
    }

    /// <summary>A character jieba's dictionary counts fewer times than this alone is rare (勠 3; 戮 193, 砺 115).</summary>
    private const int RareCharacterCount = 10;

    private static IEnumerable<Findings.TextEdit> EditsFor(OneEdit edit, int absStart) => edit.Kind switch
    {
        OneEdit.Kinds.Missing => [new(absStart + edit.TextStart, 0, edit.Replacement)],
        _ => [new(absStart + edit.TextStart, edit.TextLength, edit.Replacement)],
    };

    /// <summary>
    /// Short phrases need a slip that sounds or looks alike; long ones carry enough context for any slip inside
    /// them. At either end of a phrase a missing or extra character is only a neighbouring word (等新就业形态劳动者,
    /// 的二十大精神), and a different first or last character is often an accepted variant (努力打造 for 奋力打造),
    /// so an end counts only for a character that sounds or looks alike or repeats its neighbour (牢牢 for 守牢).
    /// </summary>
    private static bool Allowed(OneEdit edit, ReadOnlySpan<char> window, string phrase, out Confusion confusion)
    {
        confusion = Confusion.None;
        var l = phrase.Length;
        var interior = edit.TextStart > 0 && edit.TextStart + edit.TextLength < window.Length;
        // A wrong character that neither sounds nor looks right needs context on both sides: two characters at least.
        var deepInside = edit.TextStart >= 2 && edit.TextStart + edit.TextLength <= window.Length - 2;
        switch (edit.Kind)
        {
            case OneEdit.Kinds.Substitution:
                var wrong = window[edit.TextStart];
                if (!HanText.IsHan(wrong) || !HanText.IsHan(edit.Replacement[0])) return false;
                confusion = CharacterTable.Default.Confuse(wrong, edit.Replacement[0]);
                if (confusion != Confusion.None) return true;
                var repeatsNeighbour = edit.TextStart > 0 && window[edit.TextStart - 1] == wrong
                    || edit.TextStart + 1 < window.Length && window[edit.TextStart + 1] == wrong;
                return l >= 8 && (deepInside || repeatsNeighbour);
            case OneEdit.Kinds.Missing:
                return l >= 6 && interior && HanText.IsHan(edit.Replacement[0]);
            default:
                return l >= 8 && interior && HanText.IsHan(window[edit.TextStart]);
        }
    }
}
