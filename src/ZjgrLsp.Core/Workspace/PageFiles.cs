using ZjgrLsp.Core.Files;

namespace ZjgrLsp.Core.Workspace;

/// <summary>A path the walk or the reader left out, and why, in plain words.</summary>
public sealed record SkippedPath(string Path, string Reason);

/// <summary>
/// Which files are pages: regular *.txt, *.md and *.docx files, found recursively under a folder. The walk follows symbolic
/// links but enters each real folder once (by device and inode), so a link loop (ln -s . x) or a link to a parent
/// (ln -s .. up) costs nothing; a page reached by two paths is listed once. FIFOs, devices and sockets named *.txt
/// are never opened. What cannot be read (a folder without read permission, a name that is not valid UTF-8, a path
/// too long) is reported to <c>skipped</c> rather than dropped silently.
/// </summary>
public static class PageFiles
{
    public static bool IsPage(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Pages under a folder, sorted so that reports come out in a stable order.</summary>
    public static List<string> Under(string folder, Action<SkippedPath>? skipped = null, CancellationToken cancellation = default)
    {
        var pages = new List<string>();
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        var root = Path.GetFullPath(folder);
        if (FileFacts.Of(root) is { Kind: FileKind.Directory } rootFacts) seenFolders.Add(rootFacts.Identity);
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var dir = pending.Pop();
            List<string> entries;
            try { entries = [.. Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal)]; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                skipped?.Invoke(new SkippedPath(dir, $"folder cannot be read ({e.Message})"));
                continue;
            }
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                if (entry.Contains('\uFFFD'))
                {
                    skipped?.Invoke(new SkippedPath(entry, "its name is not valid UTF-8 (rename it, e.g. with convmv -f gbk -t utf8)"));
                    continue;
                }
                var facts = FileFacts.Of(entry);
                switch (facts.Kind)
                {
                    case FileKind.Directory:
                        if (seenFolders.Add(facts.Identity)) subfolders.Add(entry);
                        break;
                    case FileKind.Regular:
                        if (IsPage(entry) && seenFiles.Add(facts.Identity)) pages.Add(entry);
                        break;
                    case FileKind.Other:
                        if (IsPage(entry)) skipped?.Invoke(new SkippedPath(entry, FileFacts.NotRegularFile));
                        break;
                    case FileKind.Missing:
                        // A dangling link or a path too long: worth a word only when it looks like a page or a folder.
                        if (IsPage(entry) || facts.Error is not "no such file or folder")
                            skipped?.Invoke(new SkippedPath(entry, facts.Error ?? "cannot be read"));
                        break;
                }
            }
            // Depth first, in name order.
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
        pages.Sort(StringComparer.Ordinal);
        return pages;
    }

    /// <summary>Pages in the same folder as <paramref name="pagePath"/> (its issue), itself included.</summary>
    public static IEnumerable<string> SameIssue(string pagePath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(pagePath));
        if (dir is null || !Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir).Where(f => IsPage(f) && !f.Contains('\uFFFD') && FileFacts.Of(f).Kind == FileKind.Regular)
            .Order(StringComparer.Ordinal);
    }
}
