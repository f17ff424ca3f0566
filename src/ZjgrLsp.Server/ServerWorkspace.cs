using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Files;
using ZjgrLsp.Core.Linting;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Server;

/// <summary>
/// What the server knows beyond the open documents: each folder's zjgr.json, the client's settings, and the
/// pages of each issue folder on disk, overlaid with the editor's unsaved text so a page open alone still sees
/// its issue. Disk pages are cached and re-read when their timestamp changes.
/// </summary>
public sealed class ServerWorkspace(DocumentStore documents, ILogger logger)
{
    private readonly ConcurrentDictionary<string, (DateTime Stamp, NewsDocument Page)> _diskPages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ZjgrConfig> _folderConfigs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IgnoreList> _folderIgnores = new(StringComparer.Ordinal);
    private volatile ZjgrConfig _clientSettings = ZjgrConfig.Empty;

    /// <summary>Called when the user reported a broken zjgr.json, so the editor can show it.</summary>
    public event Action<string>? ConfigError;

    /// <summary>Called with each setting of a zjgr.json that means nothing (unknown rule id, bad option value).</summary>
    public event Action<string>? ConfigWarning;

    public void SetClientSettings(ZjgrConfig settings)
    {
        _clientSettings = settings;
    }

    /// <summary>The workspace folders: the only places the server writes, and the highest it reads zjgr.json from.</summary>
    public IReadOnlyList<string> Roots { get; set; } = [];

    /// <summary>Pages on disk larger than this are not read (initializationOptions "maxFileSize", in bytes).</summary>
    public long MaxPageBytes { get; set; } = PageReader.DefaultMaxBytes;

    /// <summary>Set by the client (initializationOptions "configAboveWorkspace": true) to read zjgr.json above the workspace.</summary>
    public bool ConfigAboveWorkspace { get; set; }

    /// <summary>The workspace folder holding <paramref name="path"/>, or null when it lies outside them all.</summary>
    public string? RootOf(string path) => Roots.Where(r => WorkspaceBounds.IsInside(path, r)).OrderByDescending(r => r.Length).FirstOrDefault();

    /// <summary>How high configuration is read for a page: its workspace folder, or only its own folder outside them.</summary>
    private string? ConfigBoundary(string path) =>
        ConfigAboveWorkspace ? null : RootOf(path) ?? Path.GetDirectoryName(Path.GetFullPath(path));

    /// <summary>Forgets cached configuration, e.g. after a zjgr.json was saved.</summary>
    public void InvalidateConfig()
    {
        _folderConfigs.Clear();
        _folderIgnores.Clear();
    }

    /// <summary>The findings the editors chose to ignore for pages of this folder (.zjgr-ignore.json).</summary>
    public IgnoreList IgnoredFor(string path) =>
        _folderIgnores.GetOrAdd(Path.GetDirectoryName(path)!, _ =>
        {
            try { return IgnoreList.LoadFor(path, ConfigBoundary(path)); }
            catch (ConfigException e)
            {
                logger.LogWarning("{Message}", e.Message);
                ConfigError?.Invoke(e.Message);
                return IgnoreList.Empty;
            }
        });

    public ZjgrConfig ConfigFor(string? path)
    {
        if (path is null) return _clientSettings;
        var folder = Path.GetDirectoryName(path)!;
        var config = _folderConfigs.GetOrAdd(folder, _ =>
        {
            try
            {
                var loaded = ConfigLocator.LoadFor(path, ConfigBoundary(path));
                foreach (var warning in Core.Rules.RuleRegistry.Check(loaded))
                {
                    logger.LogWarning("{Warning}", warning);
                    ConfigWarning?.Invoke(warning);
                }
                return loaded;
            }
            catch (ConfigException e)
            {
                logger.LogWarning("{Message}", e.Message);
                ConfigError?.Invoke(e.Message);
                return ZjgrConfig.Empty;
            }
        });
        return config.MergedWith(_clientSettings);
    }

    public IssueContext IssueFor(string? path)
    {
        if (path is null) return IssueContext.Empty;
        var pages = new Dictionary<string, NewsDocument>(StringComparer.Ordinal);
        foreach (var file in SafeSameIssue(path))
            if (DiskPage(file) is { } page) pages[file] = page;
        foreach (var open in documents.All)
        {
            var openPath = DocumentUris.ToPath(open.Uri);
            if (openPath is not null && Path.GetDirectoryName(openPath) == Path.GetDirectoryName(path))
                pages[openPath] = NewsDocument.Parse(openPath, open.Source.Text);
        }
        return new IssueContext(pages.Values.ToList());
    }

    /// <summary>The text of a page for related-location ranges: the open copy if any, else the disk copy.</summary>
    public SourceText? SourceOf(string path)
    {
        var open = documents.All.FirstOrDefault(d => DocumentUris.ToPath(d.Uri) == path);
        return open?.Source ?? DiskPage(path)?.Source;
    }

    private static IEnumerable<string> SafeSameIssue(string path)
    {
        try { return PageFiles.SameIssue(path).Select(Path.GetFullPath).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    private NewsDocument? DiskPage(string file)
    {
        DateTime stamp;
        try { stamp = File.GetLastWriteTimeUtc(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (_diskPages.TryGetValue(file, out var cached) && cached.Stamp == stamp) return cached.Page;
        var (text, _) = PageReader.TryRead(file, MaxPageBytes);
        if (text is null) return null;
        var page = NewsDocument.Parse(file, text);
        _diskPages[file] = (stamp, page);
        return page;
    }
}
