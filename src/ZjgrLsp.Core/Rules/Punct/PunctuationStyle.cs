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
        var mine = page.FoldedBodyParagraphs.Where(t => t.Length >= MinSharedParagraph).ToList();
        if (mine.Count == 0) return false;
        return issue.OthersThan(page).Any(other =>
            HalfwidthMarks.CountFullwidth(other) > 0 && mine.Any(other.FoldedBodyParagraphs.Contains));
    }
}
