namespace ZjgrLsp.Core.Workspace;

/// <summary>Which files are pages: *.txt and *.md, found recursively under a folder.</summary>
public static class PageFiles
{
    public static bool IsPage(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Pages under a folder, sorted so that reports come out in a stable order.</summary>
    public static IEnumerable<string> Under(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(IsPage)
            .Order(StringComparer.Ordinal);

    /// <summary>Pages in the same folder as <paramref name="pagePath"/> (its issue), itself included.</summary>
    public static IEnumerable<string> SameIssue(string pagePath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(pagePath));
        if (dir is null || !Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir).Where(IsPage).Order(StringComparer.Ordinal);
    }
}
