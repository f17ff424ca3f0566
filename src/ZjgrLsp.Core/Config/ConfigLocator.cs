namespace ZjgrLsp.Core.Config;

/// <summary>Finds and loads the zjgr.json nearest to a page: in its folder or the closest folder above.</summary>
public static class ConfigLocator
{
    public static string? FindFor(string pagePath)
    {
        var dir = Directory.Exists(pagePath) ? pagePath : Path.GetDirectoryName(Path.GetFullPath(pagePath));
        while (!string.IsNullOrEmpty(dir))
        {
            var candidate = Path.Combine(dir, ZjgrConfig.FileName);
            if (File.Exists(candidate)) return candidate;
            dir = Path.GetDirectoryName(dir);
        }
        return null;
    }

    /// <summary>Loads the nearest zjgr.json, or the empty configuration when there is none.</summary>
    /// <exception cref="ConfigException">The file exists but cannot be read or parsed.</exception>
    public static ZjgrConfig LoadFor(string pagePath)
    {
        var path = FindFor(pagePath);
        if (path is null) return ZjgrConfig.Empty;
        string json;
        try { json = File.ReadAllText(path); }
        catch (IOException e) { throw new ConfigException($"{path}: cannot be read ({e.Message})", e); }
        catch (UnauthorizedAccessException e) { throw new ConfigException($"{path}: cannot be read ({e.Message})", e); }
        return ZjgrConfig.Parse(json, path);
    }
}
