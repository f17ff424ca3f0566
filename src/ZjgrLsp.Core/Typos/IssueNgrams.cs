using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Typos;

/// <summary>
/// Where each run of four Chinese characters occurs across an issue: what the issue itself says is the usual
/// spelling, and the places to compare a suspect stretch with. Positions per page are computed once and kept with
/// the page, since neighbour pages rarely change; the counts of an edited page's other pages are kept between edits,
/// so an edit counts only the edited page afresh.
/// </summary>
public sealed class IssueNgrams
{
    /// <summary>
    /// A page's folded text and where each of its four-grams occurs: for each key its count and last position, and
    /// for each position the previous one of the same key, or −1. One chain through one array, not a list a key: a
    /// page has thousands of keys, nearly all seen once, and a list each was most of the index's cost.
    /// </summary>
    private sealed class PageIndex(string folded, Dictionary<ulong, (int Last, int Count)> keys, int[] previous)
    {
        public string Folded { get; } = folded;
        public Dictionary<ulong, (int Last, int Count)> Keys { get; } = keys;
        public int[] Previous { get; } = previous;

        public int Count(ulong key) => Keys.TryGetValue(key, out var k) ? k.Count : 0;
    }

    /// <summary>
    /// Pages' counts merged, each key with the order it was first seen in (the pages in order, each in text order):
    /// the order the usual forms of a masked key are offered in. Shared by every lint whose pages (or whose edited
    /// page's other pages) are these.
    /// </summary>
    private sealed class Counts
    {
        public Counts(IReadOnlyList<PageIndex> pages)
        {
            Pages = pages;
            ByKey = new Dictionary<ulong, (int Count, int Rank)>(pages.Sum(p => p.Keys.Count));
            foreach (var page in pages)
                foreach (var (key, at) in page.Keys)
                {
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(ByKey, key, out var seen);
                    slot = seen ? (slot.Count + at.Count, slot.Rank) : (at.Count, ByKey.Count - 1);
                }
        }

        public IReadOnlyList<PageIndex> Pages { get; }
        public Dictionary<ulong, (int Count, int Rank)> ByKey { get; }

        private Dictionary<ulong, List<ulong>>? _masked;
        private int _maskedMin;

        /// <summary>The keys seen at least <paramref name="min"/> times, by their key with one position blanked, in order of rank.</summary>
        public Dictionary<ulong, List<ulong>> Masked(int min)
        {
            lock (this)
            {
                if (_masked is not null && _maskedMin == min) return _masked;
                var index = new Dictionary<ulong, List<ulong>>();
                foreach (var (key, at) in ByKey)
                    if (at.Count >= min) AddMasked(index, key, key);
                (_masked, _maskedMin) = (index, min);
                return index;
            }
        }
    }

    private static readonly ConditionalWeakTable<NewsDocument, PageIndex> PerPage = new();
    private static readonly ConditionalWeakTable<IssueContext, IssueNgrams> PerIssue = new();

    /// <summary>The counts of the other pages of the pages last edited, kept between edits (a few, for a few issues open at once).</summary>
    private static readonly List<Counts> RecentOthers = [];
    private const int RecentOthersKept = 4;

    /// <summary>The issue's pages, or an edited page's other pages.</summary>
    private readonly Counts _pages;
    /// <summary>The edited page when it is not one of the issue's pages (<see cref="_pages"/>); null otherwise.</summary>
    private readonly PageIndex? _edited;
    private MaskedIndex? _masked;

    private IssueNgrams(Counts pages, PageIndex? edited) => (_pages, _edited) = (pages, edited);

    /// <summary>
    /// The n-grams of the page's issue, the page included. When the issue holds this very page (as in batch
    /// linting) the index is built once per issue; otherwise (an edited page in the editor) once per page and issue,
    /// over counts of the other pages that last as long as those pages do.
    /// </summary>
    public static IssueNgrams For(NewsDocument page, IssueContext issue)
    {
        if (issue.Pages.Any(p => ReferenceEquals(p, page)))
            return PerIssue.GetValue(issue, i => new IssueNgrams(new Counts(i.Pages.Select(IndexOf).ToList()), null));
        // The rules of one lint (typo/confusable, typo/truncated) share it: the second build cost typo/truncated
        // about 0.7 ms of an 18 ms edit of a seed page.
        if (PerEditedPage.TryGetValue(page, out var known) && ReferenceEquals(known.Issue, issue)) return known.Ngrams;
        var built = new IssueNgrams(OthersCounts(issue.OthersThan(page).Select(IndexOf).ToList()), IndexOf(page));
        PerEditedPage.AddOrUpdate(page, new EditedPage(issue, built));
        return built;
    }

    /// <summary>
    /// The merged counts of these pages: kept from an earlier edit when its other pages were the very same (the
    /// workspace keeps a page read from disk until the file changes), else counted now.
    /// </summary>
    private static Counts OthersCounts(List<PageIndex> others)
    {
        lock (RecentOthers)
        {
            var at = RecentOthers.FindIndex(c => c.Pages.Count == others.Count && c.Pages.Zip(others).All(p => ReferenceEquals(p.First, p.Second)));
            var counts = at >= 0 ? RecentOthers[at] : new Counts(others);
            if (at >= 0) RecentOthers.RemoveAt(at);
            else if (RecentOthers.Count == RecentOthersKept) RecentOthers.RemoveAt(RecentOthersKept - 1);
            RecentOthers.Insert(0, counts);
            return counts;
        }
    }

    /// <summary>Whether two indexes count the same other pages with one table (for tests).</summary>
    internal bool SharesCountsWith(IssueNgrams other) => ReferenceEquals(_pages, other._pages);

    private sealed record EditedPage(IssueContext Issue, IssueNgrams Ngrams);

    private static readonly ConditionalWeakTable<NewsDocument, EditedPage> PerEditedPage = new();

    /// <summary>How many times a four-gram is printed across the issue.</summary>
    public int Count(ulong key) => (_pages.ByKey.TryGetValue(key, out var at) ? at.Count : 0) + (_edited?.Count(key) ?? 0);

    /// <summary>
    /// The four-grams seen at least <paramref name="min"/> times (the issue's own lexicon), by their key with one
    /// position blanked; built once per index.
    /// </summary>
    public MaskedIndex MaskedFrequent(int min)
    {
        lock (_pages)
        {
            if (_masked is { } known && known.Min == min) return known;
            // An edited page adds the keys its own occurrences make frequent; the rest are the other pages' own.
            Dictionary<ulong, List<(ulong Key, int Rank)>>? added = null;
            if (_edited is { } edited)
            {
                var rank = _pages.ByKey.Count;
                foreach (var (key, at) in edited.Keys)
                {
                    var (count, keyRank) = _pages.ByKey.TryGetValue(key, out var other) ? other : (0, rank++);
                    if (count >= min || count + at.Count < min) continue;
                    AddMasked(added ??= [], key, (key, keyRank));
                }
                if (added is not null)
                    foreach (var list in added.Values) list.Sort((a, b) => a.Rank.CompareTo(b.Rank));
            }
            return _masked = new MaskedIndex(this, _pages.Masked(min), added, min);
        }
    }

    /// <summary>The frequent four-grams of an issue by masked key (<see cref="MaskedFrequent"/>).</summary>
    public sealed class MaskedIndex
    {
        private readonly IssueNgrams _ngrams;
        private readonly Dictionary<ulong, List<ulong>> _pages;
        private readonly Dictionary<ulong, List<(ulong Key, int Rank)>>? _added;

        internal MaskedIndex(IssueNgrams ngrams, Dictionary<ulong, List<ulong>> pages, Dictionary<ulong, List<(ulong, int)>>? added, int min)
        {
            (_ngrams, _pages, _added, Min) = (ngrams, pages, added, min);
        }

        internal int Min { get; }

        public bool IsEmpty => _pages.Count == 0 && (_added is null || _added.Count == 0);

        /// <summary>
        /// The frequent four-grams under a masked key, each with its count across the issue, into
        /// <paramref name="usuals"/> (cleared first) in the order they were first printed; false when there are none.
        /// </summary>
        public bool Usuals(ulong masked, List<(ulong Key, int Count)> usuals)
        {
            usuals.Clear();
            _pages.TryGetValue(masked, out var fromPages);
            List<(ulong Key, int Rank)>? fromEdited = null;
            _added?.TryGetValue(masked, out fromEdited);
            if (fromPages is null && fromEdited is null) return false;
            // Two lists each in order of rank, merged.
            int i = 0, j = 0;
            var byKey = _ngrams._pages.ByKey;
            while (i < (fromPages?.Count ?? 0) || j < (fromEdited?.Count ?? 0))
            {
                var takePages = fromEdited is null || j == fromEdited.Count
                    || fromPages is not null && i < fromPages.Count && byKey[fromPages[i]].Rank < fromEdited[j].Rank;
                var key = takePages ? fromPages![i++] : fromEdited![j++].Key;
                usuals.Add((key, _ngrams.Count(key)));
            }
            return true;
        }
    }

    private static ulong Masked(ulong key, int i) => key & ~(0xFFFFUL << (16 * (3 - i)));

    /// <summary>Files <paramref name="value"/> under each of the four keys <paramref name="key"/> makes with one position blanked.</summary>
    private static void AddMasked<T>(Dictionary<ulong, List<T>> index, ulong key, T value)
    {
        for (var i = 0; i < 4; i++)
        {
            var masked = Masked(key, i);
            if (!index.TryGetValue(masked, out var list)) index[masked] = list = [];
            list.Add(value);
        }
    }

    private IEnumerable<PageIndex> Pages => _edited is null ? _pages.Pages : _pages.Pages.Append(_edited);

    /// <summary>How many times a stretch (folded text) is printed across the issue, this page included.</summary>
    public int Count(string stretch) => Pages.Sum(p => TextSearch.Count(p.Folded, stretch));

    /// <summary>
    /// True when <paramref name="stretch"/> (folded text) is printed somewhere in the issue, found through the
    /// four-gram <paramref name="key"/> that starts at <paramref name="keyOffset"/> inside it.
    /// </summary>
    public bool Contains(string stretch, ulong key, int keyOffset)
    {
        foreach (var page in Pages)
        {
            if (!page.Keys.TryGetValue(key, out var at)) continue;
            for (var pos = at.Last; pos >= 0; pos = page.Previous[pos])
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
        var keys = new Dictionary<ulong, (int Last, int Count)>();
        var text = d.Text;
        var previous = new int[text.Length];
        foreach (var block in d.Blocks)
        {
            if (block.Kind is BlockKind.Masthead) continue;
            for (var i = block.Span.Start; i + 4 <= block.Span.End; i++)
            {
                var window = text.AsSpan(i, 4);
                if (!HanText.AllHan(window)) continue;
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, HanText.Key4(window), out var seen);
                previous[i] = seen ? slot.Last : -1;
                slot = (i, seen ? slot.Count + 1 : 1);
            }
        }
        return new PageIndex(PhraseLexicon.Fold(text), keys, previous);
    });
}
