using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Core.Config;

/// <summary>
/// Findings the editors chose to ignore, kept in .zjgr-ignore.json (in the page's folder or the nearest above).
/// An entry names the page's file name, the rule, the text the finding covers and a few characters around it, so it
/// survives edits elsewhere on the page and dies with the text it was about.
/// </summary>
public sealed record IgnoreList(ImmutableArray<IgnoreList.Entry> Entries)
{
    public const string FileName = ".zjgr-ignore.json";
    private const int ContextChars = 6;

    public sealed record Entry(string File, string Rule, string Text, string Context);

    public static readonly IgnoreList Empty = new([]);

    public static IgnoreList LoadFor(string pagePath, string? boundary = null)
    {
        var path = ConfigLocator.FindUpward(pagePath, FileName, boundary);
        if (path is null) return Empty;
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
            var entries = (root?["ignored"] as JsonArray ?? [])
                .OfType<JsonObject>()
                .Select(e => new Entry((string?)e["file"] ?? "", (string?)e["rule"] ?? "", (string?)e["text"] ?? "", (string?)e["context"] ?? ""))
                .ToImmutableArray();
            return new IgnoreList(entries);
        }
        catch (JsonException e) { throw new ConfigException($"{path}: {ZjgrConfig.DescribeJsonError(e)}", e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new ConfigException($"{path}: cannot be read ({e.Message})", e);
        }
    }

    /// <summary>The findings that no entry ignores.</summary>
    public ImmutableArray<Finding> Filter(NewsDocument page, ImmutableArray<Finding> findings)
    {
        if (Entries.IsEmpty) return findings;
        var file = Path.GetFileName(page.Path);
        var ignored = _byFile.Value.TryGetValue(file, out var set) ? set : null;
        if (ignored is null) return findings;
        return [.. findings.Where(f => !ignored.Contains(new Entry(file, f.RuleId, page.Text.Substring(f.Span.Start, f.Span.Length), ContextOf(page.Text, f))))];
    }

    /// <summary>The entries by file name, as sets: a file of many thousand entries costs a lookup a finding, not a scan.</summary>
    private readonly Lazy<Dictionary<string, HashSet<Entry>>> _byFile = new(() =>
        Entries.GroupBy(e => e.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToHashSet(), StringComparer.Ordinal));

    private static string ContextOf(string text, Finding f)
    {
        var start = Math.Max(0, f.Span.Start - ContextChars);
        var end = Math.Min(text.Length, f.Span.End + ContextChars);
        return text[start..end];
    }

    /// <summary>Records a finding as ignored, writing the file atomically; returns the file written.</summary>
    /// <param name="boundary">When given, the page and the file written (links resolved) must lie inside it.</param>
    public static string Add(NewsDocument page, Finding finding, string? boundary = null)
    {
        var path = ConfigLocator.FileToWrite(page.Path, FileName, boundary);
        JsonObject root;
        try { root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? [] : []; }
        catch (JsonException e) { throw new ConfigException($"{path}: {ZjgrConfig.DescribeJsonError(e)}", e); }
        if (root["ignored"] is not JsonArray list) root["ignored"] = list = [];
        // Added as a JsonNode: the generic Add<T> would serialise by reflection, which Native AOT cannot do.
        list.Add((JsonNode)new JsonObject
        {
            ["file"] = Path.GetFileName(page.Path),
            ["rule"] = finding.RuleId,
            ["text"] = page.Text.Substring(finding.Span.Start, finding.Span.Length),
            ["context"] = ContextOf(page.Text, finding),
        });
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        AtomicFile.WriteAllBytes(path, PageReader.Encode(json + "\n"));
        return path;
    }
}
