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

    public static IgnoreList LoadFor(string pagePath)
    {
        var path = Find(pagePath);
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
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new ConfigException($"{path}: cannot be read ({e.Message})", e);
        }
    }

    /// <summary>The findings that no entry ignores.</summary>
    public ImmutableArray<Finding> Filter(NewsDocument page, ImmutableArray<Finding> findings)
    {
        if (Entries.IsEmpty) return findings;
        var file = Path.GetFileName(page.Path);
        return [.. findings.Where(f => !Entries.Any(e => e.File == file && e.Rule == f.RuleId && Matches(page.Text, f, e)))];
    }

    private static bool Matches(string text, Finding f, Entry e) =>
        text.Substring(f.Span.Start, f.Span.Length) == e.Text && ContextOf(text, f) == e.Context;

    private static string ContextOf(string text, Finding f)
    {
        var start = Math.Max(0, f.Span.Start - ContextChars);
        var end = Math.Min(text.Length, f.Span.End + ContextChars);
        return text[start..end];
    }

    /// <summary>Records a finding as ignored, writing the file atomically; returns the file written.</summary>
    public static string Add(NewsDocument page, Finding finding)
    {
        var path = Find(page.Path) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(page.Path))!, FileName);
        JsonObject root;
        try { root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? [] : []; }
        catch (JsonException e) { throw new ConfigException($"{path}: not valid JSON ({e.Message})", e); }
        if (root["ignored"] is not JsonArray list) root["ignored"] = list = [];
        list.Add(new JsonObject
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

    private static string? Find(string pagePath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(pagePath));
        while (!string.IsNullOrEmpty(dir))
        {
            var candidate = Path.Combine(dir, FileName);
            if (File.Exists(candidate)) return candidate;
            dir = Path.GetDirectoryName(dir);
        }
        return null;
    }
}
