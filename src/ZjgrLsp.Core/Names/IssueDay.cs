using System.Text.RegularExpressions;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Names;

/// <summary>
/// The pages of one day's issue within a folder. A page's date comes from its masthead (2024年7月1日) or its folder
/// name (2024-07-01). A page without a date belongs to the folder's one dated issue, or, when the folder mixes days,
/// to the dated issue whose text it shares (another edition of the same front page); otherwise to the undated pages.
/// Posts change over time, so comparing titles across days would flag promotions as errors.
/// </summary>
public static partial class IssueDay
{
    /// <summary>Shorter paragraphs (credits, formulas) do not show that two pages are editions of one issue.</summary>
    private const int MinSharedParagraph = 20;

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex FolderDate();

    /// <summary>The issue date of a page, from its masthead or its folder name, if it has one.</summary>
    public static DateOnly? DateOf(NewsDocument page)
    {
        foreach (var block in page.Blocks.Where(b => b.Kind == BlockKind.Masthead))
            if (ChineseDate().Match(block.Text) is { Success: true } m && TryDate(m, out var d)) return d;
        var folder = Path.GetFileName(Path.GetDirectoryName(page.Path) ?? "");
        return FolderDate().Match(folder) is { Success: true } f && TryDate(f, out var fd) ? fd : null;
    }

    private static bool TryDate(Match m, out DateOnly date) =>
        DateOnly.TryParse($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", out date);

    /// <summary>The date of the day's issue the page belongs to: its own, or a dated page's of that day.</summary>
    public static DateOnly? DateOfIssue(NewsDocument page, IssueContext issue) => DayOf(page, issue.Memo(DayIndex.Build));

    /// <summary>The pages of the issue that share <paramref name="page"/>'s day, the page itself included.</summary>
    public static IReadOnlyList<NewsDocument> SameDay(NewsDocument page, IssueContext issue)
    {
        var index = issue.Memo(DayIndex.Build);
        var day = DayOf(page, index);
        var result = new List<NewsDocument>();
        if (index.PagesByDay.TryGetValue(new DayKey(day), out var group))
            foreach (var p in group)
                if (!ReferenceEquals(p, page) && !string.Equals(p.Path, page.Path, StringComparison.Ordinal)) result.Add(p);
        result.Add(page);
        return result;
    }

    private static DateOnly? DayOf(NewsDocument page, DayIndex index)
    {
        if (index.OwnDates.TryGetValue(page, out var known) && known is not null) return known;
        if (DateOf(page) is { } own) return own;
        if (index.Days.Count == 1) return index.Days[0];
        return index.BestSharedDay(page);
    }

    /// <summary>A dictionary key for a day that may be unknown (the undated pages' group).</summary>
    private readonly record struct DayKey(DateOnly? Day);

    /// <summary>
    /// Each page's own date, the dated days, the dated pages' long paragraphs (to place an undated page by the text it
    /// shares), and the pages grouped by day: built once per issue, so placing every page is linear in the issue.
    /// </summary>
    private sealed class DayIndex
    {
        public required Dictionary<NewsDocument, DateOnly?> OwnDates { get; init; }
        public required List<DateOnly> Days { get; init; }
        public required Dictionary<string, List<(int Page, int Count)>> DatedParagraphs { get; init; }
        public required List<(NewsDocument Page, DateOnly Date)> Dated { get; init; }
        public Dictionary<DayKey, List<NewsDocument>> PagesByDay { get; } = [];

        public static DayIndex Build(IssueContext issue)
        {
            var own = new Dictionary<NewsDocument, DateOnly?>(ReferenceEqualityComparer.Instance);
            foreach (var p in issue.Pages) own[p] = DateOf(p);
            var dated = issue.Pages.Where(p => own[p] is not null).Select(p => (Page: p, Date: own[p]!.Value)).ToList();
            var paragraphs = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
            for (var i = 0; i < dated.Count; i++)
                foreach (var g in dated[i].Page.FoldedBodyParagraphs.Where(f => f.Length >= MinSharedParagraph).GroupBy(f => f, StringComparer.Ordinal))
                {
                    if (!paragraphs.TryGetValue(g.Key, out var list)) paragraphs[g.Key] = list = [];
                    list.Add((i, g.Count()));
                }
            var index = new DayIndex { OwnDates = own, Days = [.. dated.Select(d => d.Date).Distinct()], DatedParagraphs = paragraphs, Dated = dated };
            foreach (var p in issue.Pages)
            {
                var key = new DayKey(DayOf(p, index));
                if (!index.PagesByDay.TryGetValue(key, out var group)) index.PagesByDay[key] = group = [];
                group.Add(p);
            }
            return index;
        }

        /// <summary>The date of the dated page that shares most long paragraphs with <paramref name="page"/> (first on a tie).</summary>
        public DateOnly? BestSharedDay(NewsDocument page)
        {
            var shared = new Dictionary<int, int>();
            foreach (var f in page.FoldedBodyParagraphs.Where(f => f.Length >= MinSharedParagraph).Distinct(StringComparer.Ordinal))
                if (DatedParagraphs.TryGetValue(f, out var holders))
                    foreach (var (i, count) in holders) shared[i] = shared.GetValueOrDefault(i) + count;
            if (shared.Count == 0) return null;
            var best = shared.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
            return Dated[best].Date;
        }
    }
}
