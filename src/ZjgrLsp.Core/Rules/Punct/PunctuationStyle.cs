using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Rules.Punct;

/// <summary>
/// Decides whether a page is held to full-width punctuation. Chinese house style is full-width, but some text
/// exports set every mark half-width; flagging each of hundreds of marks on such a page would bury the real
/// findings. So a page is held to full-width when it shows the house style itself (any full-width mark), when
/// another page of its issue carries the same text set full-width, or when zjgr.json says so ("style": "fullwidth").
/// A page that is half-width throughout with no such evidence is taken as an export ("style": "auto").
/// </summary>
public static class PunctuationStyle
{
    /// <summary>Paragraphs shorter than this are too generic to prove two pages share an article.</summary>
    private const int MinSharedParagraph = 20;

    public static bool RequiresFullwidth(NewsDocument page, IssueContext issue, string? configuredStyle)
    {
        switch (configuredStyle)
        {
            case "fullwidth": return true;
            case "any": return false;
        }
        if (HalfwidthMarks.CountFullwidth(page) > 0) return true;
        var fullwidthCopies = issue.Memo(FullwidthParagraphs.Build).PagesOf;
        foreach (var paragraph in page.FoldedBodyParagraphs)
            if (paragraph.Length >= MinSharedParagraph && fullwidthCopies.TryGetValue(paragraph, out var paths)
                && paths.Any(p => !string.Equals(p, page.Path, StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>The long paragraphs of the issue's pages set in the house style, with the pages that carry them.</summary>
    private sealed record FullwidthParagraphs(Dictionary<string, List<string>> PagesOf)
    {
        public static FullwidthParagraphs Build(IssueContext issue)
        {
            var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var other in issue.Pages.Where(p => HalfwidthMarks.CountFullwidth(p) > 0))
                foreach (var paragraph in other.FoldedBodyParagraphs.Where(t => t.Length >= MinSharedParagraph).Distinct(StringComparer.Ordinal))
                {
                    if (!map.TryGetValue(paragraph, out var paths)) map[paragraph] = paths = [];
                    paths.Add(other.Path);
                }
            return new FullwidthParagraphs(map);
        }
    }
}
