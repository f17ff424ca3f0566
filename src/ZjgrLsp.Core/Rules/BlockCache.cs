using ZjgrLsp.Core.Caching;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules;

/// <summary>
/// A rule's findings in one block, remembered by the block's text, so a rule that reads each block alone re-reads
/// only the blocks an edit changed: on a 100k-character page an edit then costs such a rule a paragraph, not the page.
/// Findings are kept relative to the block and moved to where the block now stands; a block whose findings point
/// outside it (other blocks or pages) is not remembered. Of the configuration, what such a rule may depend on is
/// part of the key: the dictionary's words (through the segmenter built on them, one per set of words) and the
/// rule's severity. A rule whose findings depend on anything else (its options, the issue) must not use it.
/// </summary>
public sealed class BlockCache
{
    /// <summary>Enough for every paragraph of a day's open pages; past it the cache starts afresh.</summary>
    private const int MaxEntries = 50_000;

    private readonly BoundedCache<(Segmenter Dictionary, Severity? Severity, string Text), Finding[]> _found = new(MaxEntries);

    /// <summary>Reports the findings <paramref name="analyze"/> makes in <paramref name="block"/>, from the cache when the block was read before.</summary>
    public void Run(RuleContext context, TextSpan block, Action analyze)
    {
        var key = (context.Segmenter, context.Setting.Severity, context.Document.Source[block]);
        if (_found.TryGetValue(key, out var known))
        {
            foreach (var f in known) context.Add(Moved(f, block.Start));
            return;
        }
        var before = context.Reported;
        analyze();
        var made = context.ReportedSince(before);
        if (made.Any(f => !Inside(f, block))) return;
        _found.Set(key, [.. made.Select(f => Moved(f, -block.Start))]);
    }

    private static bool Inside(Finding f, TextSpan block) =>
        f.Related.IsEmpty && Within(f.Span, block) && f.Fixes.All(fix => fix.Edits.All(e => Within(new TextSpan(e.Offset, e.Length), block)));

    private static bool Within(TextSpan span, TextSpan block) => span.Start >= block.Start && span.End <= block.End;

    private static Finding Moved(Finding f, int by) => f with
    {
        Span = new TextSpan(f.Span.Start + by, f.Span.Length),
        Fixes = [.. f.Fixes.Select(fix => fix with { Edits = [.. fix.Edits.Select(e => e with { Offset = e.Offset + by })] })],
    };
}
