using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Dup;

/// <summary>A sentence or run of clauses pasted again into another paragraph of the same page.</summary>
public sealed partial class DuplicateSentenceRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "dup/sentence",
        "重复的句子",
        Severity.Warning,
        "Flags a sentence, or a run of whole clauses, that already stands in an earlier paragraph of the same page: "
        + "the trace of a paste that landed twice. The repeated stretch is cut back to clause boundaries and must hold "
        + "at least 20 characters and either end a sentence or span two clauses, so shared names, titles and slogans "
        + "are not flagged. Paragraphs that repeat whole are left to dup/paragraph. When the repeat is made of whole "
        + "sentences the quick fix deletes it.");

    private const int MinRun = 20;
    private const int K = 12;

    public void Analyze(RuleContext context)
    {
        var doc = context.Document;
        var text = doc.Text;
        var paragraphs = doc.BodyParagraphs.ToList();
        var folded = paragraphs.Select(p => FoldChars(p.Text)).ToList();
        // Where each run of K characters was seen, by a hash of the run: a chain of places in the order they were
        // added, through one list (a string and a list for each place of the page were most of an edit's cost). A
        // hash that two runs share only adds a place whose common run is shorter than K, never the one reported.
        var index = new Dictionary<ulong, (int First, int Last)>();
        var places = new List<Place>();
        var wholeSeen = new HashSet<string>();

        for (var p = 0; p < paragraphs.Count; p++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var s = folded[p];
            var whole = TextNormalizer.Fold(paragraphs[p].Text);
            var isWholeRepeat = !wholeSeen.Add(whole);
            for (var i = 0; !isWholeRepeat && i + K <= s.Length; i++)
            {
                if (!index.TryGetValue(KeyAt(s, i), out var hits)) continue;
                var (best, bestLen) = Longest(s, i, hits.First, places, folded, p);
                if (bestLen < MinRun) continue;
                var run = TrimToClauses(s, i, bestLen);
                if (run is not { } r || !IsSentenceLike(s, r.Start, r.Length))
                    continue;
                // A paste lands as a block: whole sentences, or a tail that ends its paragraph. A run that starts
                // mid-sentence in both copies and stops inside the paragraph is parallel wording (…从事证券交易的，要撤销
                // 其行长… in two clauses of a notice), and numbered items of one list share their boilerplate
                // (5. … 该期国库券为贴现国债，期限一年… / 6. … the same).
                var otherStart = best.Pos + (r.Start - i);
                var endsParagraph = s.AsSpan(r.Start + r.Length).Trim().IsEmpty;
                if (!StartsSentence(s, r.Start) && !StartsSentence(folded[best.Para], otherStart) && !endsParagraph) continue;
                if (IsListItem(s) && IsListItem(folded[best.Para])) continue;
                var block = paragraphs[p];
                var span = new TextSpan(block.Span.Start + r.Start, r.Length);
                var other = paragraphs[best.Para];
                var line = other.Line + 1;
                var fixes = StartsSentence(s, r.Start) && EndsSentence(s, r.Start + r.Length)
                    ? new[] { Fix.Replace("删除重复的句子", span.Start, span.Length, "") }
                    : [];
                context.Report(span, $"这段文字与第{line}行重复", fixes,
                    [new RelatedLocation(null, new TextSpan(other.Span.Start + best.Pos + (r.Start - i), r.Length), "先出现的文字")]);
                i = r.Start + r.Length - 1;
            }
            for (var i = 0; i + K <= s.Length; i++)
            {
                ref var chain = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, KeyAt(s, i), out var seen);
                if (seen) places[chain.Last] = places[chain.Last] with { Next = places.Count };
                else chain.First = places.Count;
                chain.Last = places.Count;
                places.Add(new Place(p, i, -1));
            }
        }
    }

    /// <summary>A place a run of K characters was seen, and the next place of the same key (−1: none).</summary>
    private readonly record struct Place(int Para, int Pos, int Next);

    /// <summary>A 64-bit hash of the K characters at <paramref name="i"/>.</summary>
    private static ulong KeyAt(string s, int i)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s.AsSpan(i, K)) h = (h ^ c) * 1099511628211UL;
        return h;
    }

    /// <summary>The longest common run starting at <paramref name="i"/> among earlier paragraphs' matches, the first of equals.</summary>
    private static ((int Para, int Pos) Hit, int Length) Longest(string s, int i, int first, List<Place> places, List<string> folded, int current)
    {
        (int, int) best = default;
        var bestLen = 0;
        for (var at = first; at >= 0; at = places[at].Next)
        {
            var hit = (places[at].Para, places[at].Pos);
            if (hit.Para == current) continue;
            var o = folded[hit.Para];
            var len = 0;
            while (i + len < s.Length && hit.Pos + len < o.Length && s[i + len] == o[hit.Pos + len]) len++;
            if (len > bestLen) (best, bestLen) = (hit, len);
        }
        return (best, bestLen);
    }

    /// <summary>A paragraph that opens with an item number: 5. / 5、 / (5) / 一、 / (一).</summary>
    private static bool IsListItem(string s) => ListItem().IsMatch(s);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")]
    private static partial System.Text.RegularExpressions.Regex ListItem();

    private static bool IsBoundary(char c) => c is ',' or ';' or ':' or '。' or '!' or '?' or '、' or '…';

    private static bool StartsSentence(string s, int start) => start == 0 || Chinese.IsSentenceEnd(s[start - 1]) || s[start - 1] is '”';

    private static bool EndsSentence(string s, int end) => end == s.Length || Chinese.IsSentenceEnd(s[end - 1]) || s[end - 1] is '”';

    /// <summary>Cuts a run back so it starts after a clause boundary and ends on one.</summary>
    private static (int Start, int Length)? TrimToClauses(string s, int start, int length)
    {
        var end = start + length;
        if (start > 0 && !IsBoundary(s[start - 1]))
        {
            while (start < end && !IsBoundary(s[start])) start++;
            start++;
        }
        if (end < s.Length && !IsBoundary(s[end - 1]))
        {
            while (end > start && !IsBoundary(s[end - 1])) end--;
        }
        // A run that ends on a comma reads better without it.
        while (end > start && s[end - 1] is ',' or ';' or '、') end--;
        return end - start >= MinRun ? (start, end - start) : null;
    }

    /// <summary>A sentence ending, or at least two clauses: shared names and slogans are single clauses.</summary>
    private static bool IsSentenceLike(string s, int start, int length)
    {
        var span = s.AsSpan(start, length);
        if (Chinese.IsSentenceEnd(span[^1]) || span[^1] is '”' && span.Length > 1 && Chinese.IsSentenceEnd(span[^2])) return true;
        return span.IndexOfAny(',', ';') >= 0;
    }

    /// <summary>Folds each character on its own (full-width forms to ASCII), so offsets stay those of the text.</summary>
    private static string FoldChars(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '\uFF01' and <= '\uFF5E') chars[i] = (char)(chars[i] - 0xFEE0);
        return new string(chars);
    }
}
