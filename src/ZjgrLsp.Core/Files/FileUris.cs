namespace ZjgrLsp.Core.Files;

/// <summary>
/// file: URIs for paths, every segment percent-encoded (RFC 3986), so that spaces, Chinese and '#' or '?' in a file
/// name survive. System.Uri takes a '#' in a path for the start of a fragment.
/// </summary>
public static class FileUris
{
    public static string FromPath(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        var segments = full.Split('/').Select(s => s.Length == 2 && s[1] == ':' ? s : Uri.EscapeDataString(s));
        var joined = string.Join('/', segments);
        return "file://" + (joined.StartsWith('/') ? joined : "/" + joined);
    }

    /// <summary>A relative path as a relative URI reference, each segment percent-encoded.</summary>
    public static string FromRelativePath(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
