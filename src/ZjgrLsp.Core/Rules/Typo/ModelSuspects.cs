using System.Runtime.CompilerServices;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Language;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>
/// The language-model spelling checker's suspects on a page, found once per page for the three rules that report
/// them (typo/homophone, typo/shape, typo/de). Runs of Han characters in the page's text blocks are checked; titles
/// in 《》 are left alone, as are words in the configuration's dictionary.
/// </summary>
internal static class ModelSuspects
{
    private sealed record Cached(string Dictionary, IReadOnlyList<(int Offset, SpellingSuspect Suspect)> Suspects);

    private static readonly ConditionalWeakTable<NewsDocument, Cached> Cache = new();

    /// <summary>
    /// Whether the analyzer should start the pass ahead on another core: only while the spelling checker's tables are
    /// still being built (a process's first lint), so the pass waits for them there while the other rules run. Once
    /// they are built it is not worth it: the pass spreads a large page over the cores itself, and doing that from a
    /// pool thread that the analyzer's thread (often a pool thread too) blocks on left it short of threads (the
    /// server's first lint of a 100k page, 0.7 → 0.9 s).
    /// </summary>
    public static bool WorthPreparingAhead => !SpellingChecker.DefaultIsBuilt;

    public static IReadOnlyList<(int Offset, SpellingSuspect Suspect)> Of(RuleContext context)
    {
        var key = string.Join('\n', context.Config.Dictionary);
        if (Cache.TryGetValue(context.Document, out var cached) && cached.Dictionary == key) return cached.Suspects;
        var result = new List<(int, SpellingSuspect)>();
        // Each word is counted over the page and the issue once, however often the model suspects it.
        var printedElsewhere = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (SpellingChecker.Default is { } checker)
        {
            var text = context.Text;
            var runs = Runs(context);
            var suspects = Check(checker, runs, context);
            var names = NamesByContext(context);
            for (var r = 0; r < runs.Count; r++)
                foreach (var s in suspects[r])
                {
                    var at = runs[r].Start + s.Offset;
                    if (InDictionary(context, text, at)) continue;
                    if (names.Any(n => n.Start < at + s.Length && at < n.End)) continue;
                    if (!printedElsewhere.TryGetValue(s.Word, out var elsewhere)) printedElsewhere[s.Word] = elsewhere = PrintedElsewhere(context, s.Word);
                    if (!elsewhere) result.Add((at, s));
                }
            result = AtMostTwoASentence(text, result);
        }
        var found = new Cached(key, result);
        Cache.AddOrUpdate(context.Document, found);
        return found.Suspects;
    }

    /// <summary>The runs of Han characters the model reads: in paragraphs, headlines and captions, outside 《》, short quoted names and classical quotations.</summary>
    private static List<(int Start, string Text)> Runs(RuleContext context)
    {
        var text = context.Text;
        var runs = new List<(int, string)>();
        foreach (var block in context.Document.Blocks)
        {
            if (block.Kind is not (BlockKind.Paragraph or BlockKind.Headline or BlockKind.Caption)) continue;
            var title = 0;
            var start = -1;
            var classical = ClassicalQuotations.In(text, block.Span);
            for (var i = block.Span.Start; i <= block.Span.End; i++)
            {
                var c = i < block.Span.End ? text[i] : '\0';
                if (c == '《') title++;
                else if (c == '》' && title > 0) title--;
                var han = HanText.IsHan(c) && title == 0;
                if (han && start < 0) start = i;
                if (!han && start >= 0)
                {
                    if (!IsQuotedName(text, start, i) && !classical.Exists(q => q.Start <= start && i <= q.End)) runs.Add((start, text[start..i]));
                    start = -1;
                }
            }
        }
        return runs;
    }

    /// <summary>Longest quoted run taken for a name: a brand, a project or a coinage in quotes (“甬工惠”, “浙里办”).</summary>
    private const int QuotedNameLength = 4;

    /// <summary>
    /// Whether the run between start and end is all there is inside a pair of quotes and short: copy quotes a short
    /// term because it is a name or a coinage, which the model knows least of all.
    /// </summary>
    private static bool IsQuotedName(string text, int start, int end) =>
        end - start <= QuotedNameLength && start > 0 && end < text.Length
        && (text[start - 1], text[end]) is ('“', '”') or ('‘', '’');

    /// <summary>A page with more text than this, linted alone, is checked on every core: a first lint waits mostly for the model.</summary>
    private const int ParallelFrom = 2000;

    /// <summary>
    /// Each run's suspects, in the runs' order. Runs are independent and the checker is safe across threads, so a
    /// long page linted alone (<see cref="Analyzer.Alone"/>) has its runs checked on every core; an edit finds all
    /// but the runs it touched in the checker's cache.
    /// </summary>
    private static SpellingSuspect[][] Check(SpellingChecker checker, List<(int Start, string Text)> runs, RuleContext context)
    {
        var result = new SpellingSuspect[runs.Count][];
        var segmenter = context.Segmenter;
        if (!Analyzer.Alone || runs.Sum(r => r.Text.Length) < ParallelFrom)
        {
            for (var r = 0; r < runs.Count; r++)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                result[r] = checker.CheckRun(runs[r].Text, segmenter);
            }
            return result;
        }
        Parallel.For(0, runs.Count, new ParallelOptions { CancellationToken = context.Cancellation }, r => result[r] = checker.CheckRun(runs[r].Text, segmenter));
        return result;
    }

    /// <summary>
    /// A word printed more than once on the page or in its issue is the copy's own usage (数智化, a new coinage), not a
    /// slip the model should correct; a real slip is rarely repeated.
    /// </summary>
    private static bool PrintedElsewhere(RuleContext context, string word)
    {
        if (word.Length < 2) return false;
        var count = TextSearch.Count(context.Text, word);
        foreach (var page in context.Issue.OthersThan(context.Document))
        {
            if (count >= 3) break;
            count += TextSearch.Count(page.Text, word);
        }
        // Twice is enough for a coinage of three characters or more; a two-character slip may be pasted twice.
        return count >= 3 || count >= 2 && word.Length >= 3;
    }

    /// <summary>Most suspects kept in one sentence: the checker keeps two a run, and a sentence may hold several runs.</summary>
    private const int MaxPerSentence = 2;

    /// <summary>
    /// The suspects, at most two to a sentence (the likeliest): a sentence the model finds wrong in many places is
    /// more likely text it does not know than a string of slips.
    /// </summary>
    private static List<(int Offset, SpellingSuspect Suspect)> AtMostTwoASentence(string text, List<(int Offset, SpellingSuspect Suspect)> found)
    {
        if (found.Count <= MaxPerSentence) return found;
        return [.. found.GroupBy(f => SentenceStart(text, f.Offset))
            .SelectMany(g => g.OrderByDescending(f => f.Suspect.Margin).Take(MaxPerSentence))
            .OrderBy(f => f.Offset)];
    }

    /// <summary>Where the sentence holding <paramref name="offset"/> starts: after the last 。！？ or line break before it.</summary>
    private static int SentenceStart(string text, int offset) => text.AsSpan(0, offset).LastIndexOfAny("。！？\n") + 1;

    /// <summary>
    /// People's names the name rules read from where the copy puts them: after a title (社长沓泽虔太郎), in a byline or
    /// before 说 / 表示, in a list beside another name, joined by ·. Not the names they guess from an unknown word alone:
    /// the checker has its own, narrower, rule for those (a slip also makes unknown words).
    /// </summary>
    private static List<TextSpan> NamesByContext(RuleContext context) =>
        [.. Names.PersonNames.Of(context.Document, context.Config.Region)
            .Where(n => n.Evidence is "title" or "context" or "list" or "dotted").Select(n => n.Span)];

    private static bool InDictionary(RuleContext context, string text, int offset) =>
        context.Config.Dictionary.Any(w => w.Length > 0 && TextSearch.Occurrences(text, w).Any(o => o <= offset && offset < o + w.Length));

    /// <summary>Reports the suspects of the given kinds, each with its suggestions as quick fixes.</summary>
    public static void Report(RuleContext context, Func<CandidateKind, bool> kinds, string why)
    {
        foreach (var (offset, s) in Of(context))
        {
            if (!kinds(s.Kind)) continue;
            var best = s.Suggestions[0];
            var others = s.Suggestions.Count > 1 ? "；或为" + string.Join("、", s.Suggestions.Skip(1).Select(x => $"“{x.Word}”")) : "";
            var fixes = s.Suggestions.Select(x => Fix.Replace(x.Text == x.Word ? $"改为“{x.Text}”" : $"改为“{x.Text}”（{x.Word}）", offset, s.Length, x.Text));
            context.Report(new TextSpan(offset, s.Length), $"“{s.Word}”疑为“{best.Word}”（{s.Why ?? why}）{others}", fixes, dictionaryWord: s.Word.Length > 1 ? s.Word : null);
        }
    }
}
