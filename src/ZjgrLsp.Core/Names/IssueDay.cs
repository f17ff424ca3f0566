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
    public static DateOnly? DateOfIssue(NewsDocument page, IssueContext issue) =>
        SameDay(page, issue).Select(DateOf).FirstOrDefault(d => d is not null);

    /// <summary>The pages of the issue that share <paramref name="page"/>'s day, the page itself included.</summary>
    public static IReadOnlyList<NewsDocument> SameDay(NewsDocument page, IssueContext issue)
    {
        var pages = issue.OthersThan(page).Append(page).ToList();
        var day = DayOf(page, pages);
        return pages.Where(p => ReferenceEquals(p, page) || DayOf(p, pages) == day).ToList();
    }

    private static DateOnly? DayOf(NewsDocument page, List<NewsDocument> pages)
    {
        if (DateOf(page) is { } own) return own;
        var dated = pages.Select(p => (Page: p, Date: DateOf(p))).Where(x => x.Date is not null).ToList();
        var days = dated.Select(x => x.Date).Distinct().ToList();
        if (days.Count == 1) return days[0];
        var best = dated
            .Select(x => (x.Date, Shared: x.Page.FoldedBodyParagraphs.Count(f => f.Length >= MinSharedParagraph && page.FoldedBodyParagraphs.Contains(f))))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared)
            .FirstOrDefault();
        return best.Date;
    }
}
