using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>A spelling seen once beside a form the rest of the issue uses, one character apart.</summary>
public sealed class ConfusableVariantRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "typo/confusable",
        "疑似错字",
        Severity.Warning,
        "Learns the issue's own vocabulary: every run of four Chinese characters is counted across the pages of the "
        + "issue (the folder). A run seen only here that differs by one character from a run seen at least three "
        + "times is suspect, if the printed character makes no word with its neighbours and either the same stretch "
        + "of five characters on each side is printed elsewhere in the issue with the other character (职工文化建队 "
        + "beside 职工文化建设 on another page; for characters that neither sound nor look alike the dictionary's word "
        + "statistics must also strongly prefer the usual one, since parallel wording repeats a sentence on purpose) "
        + "or the characters sound or look alike (Unihan readings, four-corner "
        + "and Cangjie codes), the usual character makes a dictionary word with a neighbour, the usual form is seen at "
        + "least five times and the dictionary's word statistics do not "
        + "clearly prefer the variant. A printed character that is a common word by itself (和, 已, 在) is never corrected, "
        + "and numerals are left alone. The message names the kind of slip (音近, 形近, 用字) and how "
        + "often the issue prints the usual form; the quick fix writes it.")
    { Precedence = 3 };

    private const int MinUsual = 3;


    /// <summary>How much likelier (log probability) the usual form must read when the characters are unrelated.</summary>
    private const double UnrelatedMargin = 5.0;
    private const int MinUsualWithoutContext = 5;
    private const int ContextChars = 5;
    private const int MinContextChars = 6;
    /// <summary>
    /// How much the word statistics may prefer the text as printed before a sound- or look-alike is let go: a
    /// little (办 is simply commoner than 班), not a lot (the printed character makes a real word there).
    /// </summary>
    private const double MaxPreferenceForOriginal = 3.0;

    private const string Numerals = "〇零一二三四五六七八九十百千万亿两";

    public void Analyze(RuleContext context)
    {
        var doc = context.Document;
        var text = doc.Text;
        var ngrams = IssueNgrams.For(doc, context.Issue);
        var index = ngrams.MaskedFrequent(MinUsual);
        if (index.IsEmpty) return;
        var folded = PhraseLexicon.Fold(text);
        var usuals = new List<(ulong Key, int Count)>();

        foreach (var block in TypoScope.Blocks(doc))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var best = new Dictionary<int, Candidate>();
            for (var p = block.Span.Start; p + 4 <= block.Span.End; p++)
            {
                var window = text.AsSpan(p, 4);
                if (!HanText.AllHan(window) || ngrams.Count(HanText.Key4(window)) > 1) continue;
                // Whether a word of the configuration's dictionary holds the stretch: asked once a usual form is found,
                // since most stretches have none (and asking made a string of every stretch of the page).
                bool? inDictionary = null;
                for (var i = 0; i < 4; i++)
                {
                    if (!index.Usuals(HanText.Key4(window, 1 << i), usuals)) continue;
                    inDictionary ??= InDictionary(context, window.ToString());
                    if (inDictionary.Value) break;
                    var at = p + i;
                    foreach (var (usualKey, count) in usuals)
                    {
                        var right = (char)(usualKey >> (16 * (3 - i)) & 0xFFFF);
                        if (Numerals.Contains(right) || Numerals.Contains(text[at])) continue;
                        var candidate = Evaluate(context, ngrams, folded, block.Span, p, i, right, usualKey, count,
                            string.Concat(window[..i], right.ToString(), window[(i + 1)..]));
                        if (candidate is null) continue;
                        if (best.TryGetValue(at, out var b) && b.CompareTo(candidate) >= 0) continue;
                        best[at] = candidate;
                    }
                }
            }
            foreach (var (at, c) in best.OrderBy(kv => kv.Key))
            {
                var why = c.Kind == Confusion.None ? "用字" : c.Kind.ToChinese();
                context.Report(new TextSpan(at, 1), $"“{text[at]}”疑为“{c.Right}”（{why}；本期他处作“{c.Usual}”{c.Count}次）",
                    [Fix.Replace($"改为“{c.Right}”", at, 1, c.Right.ToString())], dictionaryWord: c.Printed);
            }
        }
    }

    private static bool InDictionary(RuleContext context, string stretch) => context.Config.Dictionary.Any(w => w.Contains(stretch));

    /// <param name="Printed">The four-gram as printed, the word to accept if the editor says it is right.</param>
    private sealed record Candidate(char Right, int Count, bool SameContext, Confusion Kind, string Usual, string Printed) : IComparable<Candidate>
    {
        public int CompareTo(Candidate? other) =>
            other is null ? 1 : SameContext != other.SameContext ? SameContext.CompareTo(other.SameContext) : Count.CompareTo(other.Count);
    }

    private static Candidate? Evaluate(RuleContext context, IssueNgrams ngrams, string folded, TextSpan block, int p, int i, char right, ulong usualKey, int count, string usual)
    {
        var at = p + i;
        var printed = context.Text[at];
        // Function words (和, 已, 在, 与) stand alone everywhere and trade places in honest edits; and a character
        // that makes a word with its neighbours (源文件, 平湖) is not a slip however the issue spells elsewhere.
        if (HanText.IsFunctionWord(context.Segmenter, context.Text.AsSpan(at, 1))) return null;
        if (FormsARealWord(context, block, at)) return null;
        var kind = CharacterTable.Default.Confuse(printed, right);
        var margin = Margin(context, block, at, right);
        var start = Math.Max(block.Start, at - ContextChars);
        var end = Math.Min(block.End, at + ContextChars + 1);
        if (end - start - 1 >= MinContextChars)
        {
            // The four-gram is printed only here (the caller checked), so the original stretch is too.
            var changed = string.Concat(folded.AsSpan(start, at - start), right.ToString(), folded.AsSpan(at + 1, end - at - 1));
            // Parallel wording (有读权限 / 有写权限) repeats a sentence with one character changed on purpose, so an
            // unrelated character needs the words to read far better with the usual one.
            var enough = kind == Confusion.None ? margin >= UnrelatedMargin : margin >= -MaxPreferenceForOriginal;
            if (enough && ngrams.Contains(changed, usualKey, p - start)) return new Candidate(right, count, true, kind, usual, context.Text.Substring(p, 4));
        }
        if (kind == Confusion.None || count < MinUsualWithoutContext) return null;
        // Counted alone, a four-gram may be any phrase (之后的字); it is a term only if the usual character makes a
        // word with a neighbour there.
        if (!FormsAWord(context, block, at, right)) return null;
        return margin >= -MaxPreferenceForOriginal ? new Candidate(right, count, false, kind, usual, context.Text.Substring(p, 4)) : null;
    }

    /// <summary>Whether the character at <paramref name="at"/>, replaced by <paramref name="c"/>, makes a word of two to four characters.</summary>
    private static bool FormsAWord(RuleContext context, TextSpan block, int at, char c) =>
        Windows(block, at).Any(w => WordFrequency(context, w.From, w.To, at, c) > 0);

    /// <summary>
    /// Whether the printed character makes a word with its neighbours. Rare words count too: the dictionary's
    /// recorded misspellings (布署, 2 uses) cannot be told from rare real words (工运, 3) by their counts.
    /// </summary>
    private static bool FormsARealWord(RuleContext context, TextSpan block, int at) => FormsAWord(context, block, at, context.Text[at]);

    private static IEnumerable<(int From, int To)> Windows(TextSpan block, int at)
    {
        for (var len = 2; len <= 4; len++)
            for (var from = at - len + 1; from <= at; from++)
                if (from >= block.Start && from + len <= block.End) yield return (from, from + len);
    }

    private static int WordFrequency(RuleContext context, int from, int to, int at, char c)
    {
        var text = context.Text;
        return context.Segmenter.Frequency(string.Concat(text.AsSpan(from, at - from), c.ToString(), text.AsSpan(at + 1, to - at - 1)));
    }

    /// <summary>How much better the surrounding words read with <paramref name="right"/> at <paramref name="at"/>.</summary>
    private static double Margin(RuleContext context, TextSpan block, int at, char right)
    {
        var start = Math.Max(block.Start, at - 4);
        var end = Math.Min(block.End, at + 5);
        var original = context.Text[start..end];
        var changed = string.Concat(original.AsSpan(0, at - start), right.ToString(), original.AsSpan(at - start + 1));
        return context.Segmenter.LogProbability(changed, 0, changed.Length) - context.Segmenter.LogProbability(original, 0, original.Length);
    }
}
