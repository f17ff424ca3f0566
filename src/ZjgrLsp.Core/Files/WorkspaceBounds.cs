namespace ZjgrLsp.Core.Files;

/// <summary>
/// Whether a path lies inside a folder, judged on real paths (symbolic links resolved, ../ collapsed), so that
/// neither file:///ws/../etc/passwd nor a link inside the workspace that points out of it gets past the check.
/// </summary>
public static class WorkspaceBounds
{
    public static bool IsInside(string path, string folder)
    {
        var real = FileFacts.RealPath(path);
        var root = Path.TrimEndingDirectorySeparator(FileFacts.RealPath(folder));
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(real, root, comparison) || real.StartsWith(root + Path.DirectorySeparatorChar, comparison)
            || root == Path.GetPathRoot(root) && real.StartsWith(root, comparison);
    }

    /// <summary>Throws unless <paramref name="path"/> is inside one of <paramref name="folders"/>; returns the folder.</summary>
    public static string RequireInside(string path, IEnumerable<string> folders, string what)
    {
        foreach (var folder in folders)
            if (IsInside(path, folder)) return folder;
        throw new Config.ConfigException($"{what} {path} is outside the workspace; zjgr writes only inside the workspace folders");
    }
}
