using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>A term left without its last character or two (社会治 for 社会治理).</summary>
public sealed class TruncatedTermRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "typo/truncated",
        "缺字",
        Severity.Warning,
        "Flags the first part of a known term that stops short (在推动基层社会治中 for 社会治理中): the text runs "
        + "along a term of Data/terms.txt or Data/fixed_phrases.txt for at least three characters and then leaves it, "
        + "one or two characters before its end (a stretch that ends its paragraph is a column break, left to layout). To tell a cut-off term from another word that merely starts the "
        + "same way, the stop must fall inside one of the term's words and leave no word of its own (治|理, not 社会|主义 or 理论|体系), the stretch must "
        + "end on a word boundary of the text and must not itself be a word, and only one term may fit. The quick "
        + "fix inserts the missing characters.")
    { Precedence = 2 };

    private const int MinKept = 3;
    private const int MaxMissing = 2;

    public void Analyze(RuleContext context)
    {
        var terms = TermLexicon.Default;
        var text = context.Text;
        foreach (var block in TypoScope.Blocks(context.Document))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            HashSet<int>? boundaries = null;
            for (var p = block.Span.Start; p < block.Span.End; p++)
            {
                var node = 0;
                var depth = 0;
                while (p + depth < block.Span.End && terms.Child(node, text[p + depth]) is var child and >= 0)
                {
                    node = child;
                    depth++;
                }
                // A stretch that runs into the end of its block was cut by a column break, not by a slip: layout's business.
                if (depth < MinKept || terms.TermAt(node) is not null || p + depth == block.Span.End) continue;
                var fits = terms.Completions(node).Where(t => t.Length - depth <= MaxMissing && t.Length > depth).Distinct().ToList();
                if (fits.Count != 1) continue;
                var term = fits[0];
                var fragment = text.AsSpan(p, depth);
                if (context.Segmenter.Frequency(fragment) > 0 || context.Config.Dictionary.Contains(fragment.ToString())) continue;
                if (!StopsInsideAWord(context.Segmenter, term, depth)) continue;
                boundaries ??= HanText.WordBoundaries(context.Segmenter, text, block.Span);
                if (!boundaries.Contains(p) || !boundaries.Contains(p + depth)) continue;
                var missing = term[depth..];
                if (IsWrongRatherThanMissing(context, p, depth, term, block.Span.End)) continue;
                context.Report(new TextSpan(p, depth), $"“{fragment}”疑缺字，应为“{term}”（缺字）",
                    [Fix.Replace($"补为“{term}”", p + depth, 0, missing)], dictionaryWord: fragment.ToString());
                p += depth - 1;
            }
        }
    }

    /// <summary>
    /// A term whose next character is there but wrong (职工文化建队 for 职工文化建设) is a slip for typo/confusable,
    /// not a gap: the character after the stretch sounds or looks like the missing one, or the issue prints the
    /// stretch elsewhere with that character replaced rather than with the missing one added.
    /// </summary>
    private static bool IsWrongRatherThanMissing(RuleContext context, int p, int depth, string term, int blockEnd)
    {
        var next = p + depth;
        if (term.Length - depth != 1 || !HanText.IsHan(context.Text[next])) return false;
        if (Hanzi.CharacterTable.Default.Confuse(context.Text[next], term[depth]) != Hanzi.Confusion.None) return true;
        var tail = context.Text.Substring(next + 1, Math.Min(4, blockEnd - next - 1));
        var texts = IssueNgrams.For(context.Document, context.Issue);
        var replaced = PhraseLexicon.Fold(term + tail);
        var inserted = PhraseLexicon.Fold(term + context.Text[next] + tail);
        return texts.Count(replaced) > 0 && texts.Count(inserted) == 0;
    }

    /// <summary>
    /// True when cutting the term after <paramref name="kept"/> characters splits one of its words and leaves a piece
    /// of it that is no word of its own (治 of 治理). A piece that is a word (理论 of 理论体系, 本世纪 of 本世纪末) makes
    /// the stretch a complete phrase in its own right: 中国特色社会主义理论 is not 中国特色社会主义理论体系 cut short.
    /// </summary>
    private static bool StopsInsideAWord(Segmenter segmenter, string term, int kept)
    {
        var tokens = segmenter.Cut(term, hmm: false);
        if (tokens.Any(t => t.Start == kept)) return false;
        var split = tokens.First(t => t.Start < kept && kept < t.End);
        var piece = term.AsSpan(split.Start, kept - split.Start);
        return piece.Length < 2 || segmenter.Frequency(piece) == 0;
    }
}
