using ZjgrLsp.Core.Files;

namespace ZjgrLsp.Core.Config;

/// <summary>
/// Finds and loads the zjgr.json nearest to a page: in its folder or the closest folder above, but no higher than
/// a boundary (the workspace root), so a zjgr.json planted above the workspace, in /tmp say, is never read.
/// </summary>
public static class ConfigLocator
{
    /// <param name="boundary">The highest folder searched; null searches up to the file system's root.</param>
    public static string? FindFor(string pagePath, string? boundary = null) => FindUpward(pagePath, ZjgrConfig.FileName, boundary);

    /// <summary>The nearest file of this name in the page's folder or above, up to <paramref name="boundary"/>.</summary>
    public static string? FindUpward(string pagePath, string fileName, string? boundary)
    {
        var dir = Directory.Exists(pagePath) ? Path.GetFullPath(pagePath) : Path.GetDirectoryName(Path.GetFullPath(pagePath));
        var top = boundary is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(boundary));
        if (top is not null && dir is not null && !WorkspaceBounds.IsInside(dir, top)) return null;
        while (!string.IsNullOrEmpty(dir))
        {
            var candidate = Path.Combine(dir, fileName);
            if (File.Exists(candidate)) return candidate;
            if (top is not null && string.Equals(Path.TrimEndingDirectorySeparator(dir), top, StringComparison.Ordinal)) break;
            dir = Path.GetDirectoryName(dir);
        }
        return null;
    }

    /// <summary>
    /// The file an editor command writes: the nearest one of this name, or a new one beside the page. With a
    /// boundary, the page and that file (links resolved) must both lie inside it.
    /// </summary>
    /// <exception cref="ConfigException">The page or the file lies outside the boundary.</exception>
    public static string FileToWrite(string pagePath, string fileName, string? boundary)
    {
        if (boundary is not null) WorkspaceBounds.RequireInside(pagePath, [boundary], "the page");
        var path = FindUpward(pagePath, fileName, boundary) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pagePath))!, fileName);
        if (boundary is not null) WorkspaceBounds.RequireInside(path, [boundary], $"the file {fileName}");
        return path;
    }

    /// <summary>Loads the nearest zjgr.json, or the empty configuration when there is none.</summary>
    /// <exception cref="ConfigException">The file exists but cannot be read or parsed.</exception>
    public static ZjgrConfig LoadFor(string pagePath, string? boundary = null)
    {
        var path = FindFor(pagePath, boundary);
        if (path is null) return ZjgrConfig.Empty;
        string json;
        try { json = File.ReadAllText(path); }
        catch (IOException e) { throw new ConfigException($"{path}: cannot be read ({e.Message})", e); }
        catch (UnauthorizedAccessException e) { throw new ConfigException($"{path}: cannot be read ({e.Message})", e); }
        return ZjgrConfig.Parse(json, path);
    }
}
