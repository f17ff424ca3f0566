using ZjgrLsp.Core.Documents;

namespace ZjgrLsp.Core.Workspace;

/// <summary>
/// The pages of one newspaper issue (the folder of one day's pages). Rules that need the whole issue, such as
/// name consistency or punctuation style, read the other pages from here.
/// </summary>
public sealed class IssueContext
{
    public static readonly IssueContext Empty = new([]);

    public IssueContext(IReadOnlyList<NewsDocument> pages) => Pages = pages;

    public IReadOnlyList<NewsDocument> Pages { get; }

    /// <summary>The issue's other pages; a page is matched by path, so a fresher copy of the same page is skipped too.</summary>
    public IEnumerable<NewsDocument> OthersThan(NewsDocument page) =>
        Pages.Where(p => !string.Equals(p.Path, page.Path, StringComparison.Ordinal) && !ReferenceEquals(p, page));
}
