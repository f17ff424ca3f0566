using System.Runtime.CompilerServices;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Typos;

/// <summary>
/// Where each run of four Chinese characters occurs across an issue: what the issue itself says is the usual
/// spelling, and the places to compare a suspect stretch with. Positions per page are computed once and kept
/// with the page, since neighbour pages rarely change.
/// </summary>
public sealed class IssueNgrams
{
    /// <summary>A page's folded text and the positions of each of its four-grams.</summary>
    private sealed record PageIndex(string Folded, Dictionary<ulong, List<int>> Positions);

    private static readonly ConditionalWeakTable<NewsDocument, PageIndex> PerPage = new();
    private static readonly ConditionalWeakTable<IssueContext, IssueNgrams> PerIssue = new();

    private readonly List<PageIndex> _pages;
    private readonly Dictionary<ulong, int> _counts = [];
    private Dictionary<ulong, List<(ulong Key, int Count)>>? _masked;
    private int _maskedMin;

    private IssueNgrams(IEnumerable<NewsDocument> pages)
    {
        _pages = pages.Select(IndexOf).ToList();
        foreach (var p in _pages)
            foreach (var (key, positions) in p.Positions) _counts[key] = _counts.GetValueOrDefault(key) + positions.Count;
    }

    /// <summary>
    /// The n-grams of the page's issue, the page included. When the issue holds this very page (as in batch
    /// linting) the index is built once per issue; otherwise (an edited page in the editor) once per page and issue.
    /// </summary>
    public static IssueNgrams For(NewsDocument page, IssueContext issue)
    {
        if (issue.Pages.Any(p => ReferenceEquals(p, page))) return PerIssue.GetValue(issue, i => new IssueNgrams(i.Pages));
        // The rules of one lint (typo/confusable, typo/truncated) share it: the second build cost typo/truncated
        // about 0.7 ms of an 18 ms edit of a seed page.
        if (PerEditedPage.TryGetValue(page, out var known) && ReferenceEquals(known.Issue, issue)) return known.Ngrams;
        var built = new IssueNgrams(issue.OthersThan(page).Append(page));
        PerEditedPage.AddOrUpdate(page, new EditedPage(issue, built));
        return built;
    }

    private sealed record EditedPage(IssueContext Issue, IssueNgrams Ngrams);

    private static readonly ConditionalWeakTable<NewsDocument, EditedPage> PerEditedPage = new();

    /// <summary>Frequent four-grams by key with one position blanked, built once per index.</summary>
    public Dictionary<ulong, List<(ulong Key, int Count)>> MaskedFrequent(int min)
    {
        lock (_counts)
        {
            if (_masked is not null && _maskedMin == min) return _masked;
            var index = new Dictionary<ulong, List<(ulong, int)>>();
            foreach (var (key, count) in Frequent(min))
                for (var i = 0; i < 4; i++)
                {
                    var masked = key & ~(0xFFFFUL << (16 * (3 - i)));
                    if (!index.TryGetValue(masked, out var list)) index[masked] = list = [];
                    list.Add((key, count));
                }
            (_masked, _maskedMin) = (index, min);
            return index;
        }
    }

    public int Count(ulong key) => _counts.GetValueOrDefault(key);

    /// <summary>Four-grams seen at least <paramref name="min"/> times, the issue's own lexicon.</summary>
    public IEnumerable<(ulong Key, int Count)> Frequent(int min) =>
        _counts.Where(kv => kv.Value >= min).Select(kv => (kv.Key, kv.Value));

    /// <summary>How many times a stretch (folded text) is printed across the issue, this page included.</summary>
    public int Count(string stretch) => _pages.Sum(p => TextSearch.Count(p.Folded, stretch));

    /// <summary>
    /// True when <paramref name="stretch"/> (folded text) is printed somewhere in the issue, found through the
    /// four-gram <paramref name="key"/> that starts at <paramref name="keyOffset"/> inside it.
    /// </summary>
    public bool Contains(string stretch, ulong key, int keyOffset)
    {
        foreach (var page in _pages)
        {
            if (!page.Positions.TryGetValue(key, out var positions)) continue;
            foreach (var pos in positions)
            {
                var start = pos - keyOffset;
                if (start >= 0 && start + stretch.Length <= page.Folded.Length
                    && page.Folded.AsSpan(start, stretch.Length).SequenceEqual(stretch)) return true;
            }
        }
        return false;
    }

    private static PageIndex IndexOf(NewsDocument doc) => PerPage.GetValue(doc, d =>
    {
        var positions = new Dictionary<ulong, List<int>>();
        var text = d.Text;
        foreach (var block in d.Blocks)
        {
            if (block.Kind is BlockKind.Masthead) continue;
            for (var i = block.Span.Start; i + 4 <= block.Span.End; i++)
            {
                var window = text.AsSpan(i, 4);
                if (!HanText.AllHan(window)) continue;
                var key = HanText.Key4(window);
                if (!positions.TryGetValue(key, out var list)) positions[key] = list = [];
                list.Add(i);
            }
        }
        return new PageIndex(PhraseLexicon.Fold(text), positions);
    });
}
