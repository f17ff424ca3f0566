using System.Runtime.CompilerServices;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Typos;

/// <summary>
/// The issue's pages as folded text (full-width forms as ASCII, character for character), kept with each page,
/// for asking whether a stretch is printed elsewhere in the issue.
/// </summary>
public sealed class IssueTexts(NewsDocument page, IssueContext issue)
{
    private static readonly ConditionalWeakTable<NewsDocument, string> Folded = new();

    private readonly List<string> _texts = issue.OthersThan(page).Append(page).Select(FoldedText).ToList();

    public static string FoldedText(NewsDocument doc) => Folded.GetValue(doc, d => PhraseLexicon.Fold(d.Text));

    /// <summary>How many times the stretch occurs across the issue, this page included.</summary>
    public int Count(string stretch)
    {
        return _texts.Sum(t => TextSearch.Count(t, stretch));
    }
}
