using System.Text.RegularExpressions;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Names;

namespace ZjgrLsp.Core.Rules.Cont;

/// <summary>A continuation marker whose other end is missing or wrong within the day's issue.</summary>
public sealed partial class MarkerTargetRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "cont/target",
        "转版标识不对应",
        Severity.Warning,
        "Checks continuation markers against the day's issue (the pages of the folder with the page's date; a page's "
        + "number is the first integer in its file name, 01.txt or 04-要闻.md). A marker must not point to its own page, "
        + "the page it points to must be in the issue, and that page must carry the reciprocal marker (（下转第4版） on "
        + "page 1 wants （上接第1版） on page 4), under a headline that shares words with the article's own (continued "
        + "parts often shorten it). When a marker finds no partner and exactly one page points back at this page "
        + "without a partner here either, the quick fix renumbers the marker to that page (（上接第2版） on page 3 "
        + "becomes （上接第1版） when page 1 says （下转第3版）), and page 1's marker, which is right, is not flagged (when "
        + "several pages point at page 3, the one whose headline the continued part shares is taken as its article). A "
        + "（下转…） marker must close its paragraph, not stand "
        + "inside it. A page alone, or a page without a number, gets only cont/format.");

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstInteger();

    public static int? PageNumber(string path) =>
        FirstInteger().Match(Path.GetFileName(path)) is { Success: true } m && int.TryParse(m.Value, out var n) ? n : null;

    public void Analyze(RuleContext context)
    {
        var doc = context.Document;
        if (doc.ContinuationMarkers.Count == 0 || PageNumber(doc.Path) is not { } own) return;
        var pages = IssueDay.SameDay(doc, context.Issue)
            .Select(p => (Page: p, Number: PageNumber(p.Path)))
            .Where(p => p.Number is not null && !ReferenceEquals(p.Page, doc) && p.Page.Path != doc.Path)
            .ToList();
        foreach (var marker in doc.ContinuationMarkers)
        {
            CheckPlacement(context, marker);
            if (pages.Count == 0) continue; // a page alone
            if (marker.Page == own)
            {
                context.Report(marker.Span, $"转版标识指向本版（第{own}版）");
                continue;
            }
            var target = pages.FirstOrDefault(p => p.Number == marker.Page);
            var back = target.Page?.ContinuationMarkers.FirstOrDefault(m => m.Forward != marker.Forward && m.Page == own);
            if (back is null)
            {
                var partner = LonePartner(doc, own, marker, pages);
                // The page pointed at answers another page that does not answer it (page 1 says （下转第3版）, page 3
                // says （上接第2版）, page 2 says nothing): page 3's number is the slip, and its finding carries the fix.
                if (partner is null && target.Page is { } t && DanglingAnswer(t, target.Number!.Value, marker, own, pages) is { } answer
                    && IsTheAnswersArticle(doc, marker, t, answer, own, pages)) continue;
                Fix[] fixes = partner is { } q ? [Fix.Replace($"改为“{MarkerFormatRule.HouseForm(marker.Forward, q.Number)}”",
                    marker.Span.Start, marker.Span.Length, MarkerFormatRule.HouseForm(marker.Forward, q.Number))] : [];
                var hint = partner is { } h ? $"；第{h.Number}版的“{h.Marker.Text}”无人对应，应是指向它" : "";
                RelatedLocation[] related = partner is { } r ? [new RelatedLocation(r.Path, r.Marker.Span, $"第{r.Number}版的转版标识")]
                    : target.Page is not null ? [new RelatedLocation(target.Page.Path, new Text.TextSpan(0, 0), $"第{marker.Page}版")] : [];
                var problem = target.Page is null ? $"本期没有第{marker.Page}版，转版标识无处可接"
                    : $"第{marker.Page}版没有对应的“{MarkerFormatRule.HouseForm(!marker.Forward, own)}”";
                context.Report(marker.Span, problem + hint, fixes, related);
            }
            else if (marker.Forward && HeadlineAbove(doc, marker.Span.Start) is { } mine
                     && HeadlineAbove(target.Page!, back.Span.Start + back.Span.Length) is { } theirs
                     && !ShareWords(mine.Text, theirs.Text))
            {
                context.Report(marker.Span, $"第{marker.Page}版接续部分的标题“{theirs.Text}”与本文标题“{mine.Text}”对不上",
                    related: [new RelatedLocation(target.Page!.Path, theirs.Span, "接续部分的标题")]);
            }
        }
    }

    /// <summary>
    /// The one page whose marker points at this page from the other side and finds no partner here: (上接第2版) on
    /// page 3 when page 1 says (下转第3版) and page 2 says nothing. Then this marker's number is the slip.
    /// </summary>
    private static (int Number, string Path, ContinuationMarker Marker)? LonePartner(
        NewsDocument doc, int own, ContinuationMarker marker, List<(NewsDocument Page, int? Number)> pages)
    {
        var candidates = pages
            .SelectMany(p => p.Page.ContinuationMarkers
                .Where(m => m.Forward != marker.Forward && m.Page == own)
                .Where(_ => !doc.ContinuationMarkers.Any(mine => mine.Forward == marker.Forward && mine.Page == p.Number))
                .Select(m => (Number: p.Number!.Value, p.Page.Path, Marker: m)))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// The target page's marker of the other direction that points at a third page which has no marker back to the
    /// target, if any: a dangling answer, the likelier slip when this marker has no partner.
    /// </summary>
    private static ContinuationMarker? DanglingAnswer(NewsDocument target, int targetNumber, ContinuationMarker marker, int own,
        List<(NewsDocument Page, int? Number)> pages) =>
        target.ContinuationMarkers.FirstOrDefault(m => m.Forward != marker.Forward && m.Page != own && m.Page != targetNumber
            && !pages.Any(p => p.Number == m.Page
                && p.Page.ContinuationMarkers.Any(x => x.Forward == marker.Forward && x.Page == targetNumber)));

    /// <summary>
    /// Whether this page's article is the one the dangling answer belongs to: the only page pointing at the target
    /// without a partner, or, when several do, the one whose headline the continued part shares words with.
    /// </summary>
    private static bool IsTheAnswersArticle(NewsDocument doc, ContinuationMarker marker, NewsDocument target, ContinuationMarker answer,
        int own, List<(NewsDocument Page, int? Number)> pages)
    {
        var targetNumber = marker.Page;
        var rivals = pages.Count(p => p.Number != own && p.Page.ContinuationMarkers.Any(m => m.Forward == marker.Forward && m.Page == targetNumber)
            && !target.ContinuationMarkers.Any(m => m.Forward != marker.Forward && m.Page == p.Number));
        if (rivals == 0) return true;
        var continued = HeadlineAbove(target, answer.Span.Start);
        var mine = HeadlineAbove(doc, marker.Span.Start);
        return continued is not null && mine is not null && ShareWords(mine.Text, continued.Text);
    }

    /// <summary>The nearest headline before an offset: the article a marker belongs to.</summary>
    private static Block? HeadlineAbove(NewsDocument page, int offset) =>
        page.Blocks.LastOrDefault(b => b.Kind == BlockKind.Headline && b.Span.End <= offset);

    /// <summary>Continued parts carry the headline or part of it: the two must share a run of four characters.</summary>
    private static bool ShareWords(string a, string b)
    {
        for (var i = 0; i + 4 <= a.Length; i++)
            if (b.Contains(a.AsSpan(i, 4), StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>（下转…） ends the text it continues: at the end of a paragraph or on its own line after one.</summary>
    private static void CheckPlacement(RuleContext context, ContinuationMarker marker)
    {
        if (!marker.Forward) return;
        var block = context.Document.Blocks.FirstOrDefault(b => b.Span.Contains(marker.Span.Start));
        if (block is null || block.Kind != BlockKind.Paragraph) return;
        var after = context.Text[marker.Span.End..block.Span.End].Trim();
        if (after.Length > 0)
            context.Report(marker.Span, "“下转”标识应在段落末尾，其后不应再有正文");
    }
}
