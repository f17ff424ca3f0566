using System.Collections.Concurrent;
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

    private readonly ConcurrentDictionary<(Type, object?), Lazy<object>> _memo = new();

    /// <summary>
    /// Something computed once from the issue's pages and shared by every lint of it (an index over all pages), so
    /// that a folder of n pages costs n, not n², to lint. Keyed by the type built.
    /// </summary>
    public T Memo<T>(Func<IssueContext, T> build) where T : class =>
        (T)_memo.GetOrAdd((typeof(T), null), _ => new Lazy<object>(() => build(this))).Value;

    /// <summary>As <see cref="Memo{T}(Func{IssueContext, T})"/>, one value for each key (a day, a region).</summary>
    public T Memo<T>(object key, Func<T> build) where T : class =>
        (T)_memo.GetOrAdd((typeof(T), key), _ => new Lazy<object>(build)).Value;

    /// <summary>The issue's other pages; a page is matched by path, so a fresher copy of the same page is skipped too.</summary>
    public IEnumerable<NewsDocument> OthersThan(NewsDocument page) =>
        Pages.Where(p => !string.Equals(p.Path, page.Path, StringComparison.Ordinal) && !ReferenceEquals(p, page));
}
