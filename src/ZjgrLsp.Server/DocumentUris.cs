namespace ZjgrLsp.Server;

/// <summary>Converts between LSP document URIs and file paths; non-file URIs (untitled:) have no path.</summary>
public static class DocumentUris
{
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var u) || !u.IsFile) return null;
        return Path.GetFullPath(u.LocalPath);
    }

    public static string FromPath(string path) => Core.Files.FileUris.FromPath(path);
}
