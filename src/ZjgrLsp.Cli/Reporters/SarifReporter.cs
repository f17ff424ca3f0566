using System.Text.Json;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Linting;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Cli.Reporters;

/// <summary>
/// SARIF 2.1.0, for code-scanning dashboards. Columns are 1-based UTF-16 code units (SARIF's default column kind);
/// fixes become SARIF fixes with replacements by character offset.
/// </summary>
public sealed class SarifReporter : IReporter
{
    private readonly JsonOutput _json;

    public SarifReporter(TextWriter output)
    {
        _json = new JsonOutput(output);
        var w = _json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w);
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("results");
    }

    public void WritePage(PageReport page)
    {
        foreach (var f in page.Findings) WriteResult(_json.Writer, page, f);
        _json.Flush();
    }

    public void Finish()
    {
        var w = _json.Writer;
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        _json.Finish();
    }

    private static void WriteTool(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "zjgr");
        w.WriteString("informationUri", "https://github.com/zjgr/ZjgrLsp");
        w.WriteStartArray("rules");
        foreach (var rule in RuleRegistry.All)
        {
            var d = rule.Descriptor;
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteStartObject("shortDescription"); w.WriteString("text", d.Title); w.WriteEndObject();
            w.WriteStartObject("fullDescription"); w.WriteString("text", d.Doc); w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration"); w.WriteString("level", Level(d.DefaultSeverity)); w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, PageReport page, Finding f)
    {
        var uri = ArtifactUri(page.Path);
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("level", Level(f.Severity));
        w.WriteStartObject("message"); w.WriteString("text", f.Message); w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation"); w.WriteString("uri", uri); w.WriteEndObject();
        WriteRegion(w, "region", page.Source, f.Span);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("fixes");
        foreach (var fix in f.Fixes)
        {
            w.WriteStartObject();
            w.WriteStartObject("description"); w.WriteString("text", fix.Title); w.WriteEndObject();
            w.WriteStartArray("artifactChanges");
            w.WriteStartObject();
            w.WriteStartObject("artifactLocation"); w.WriteString("uri", uri); w.WriteEndObject();
            w.WriteStartArray("replacements");
            foreach (var e in fix.Edits)
            {
                w.WriteStartObject();
                WriteRegion(w, "deletedRegion", page.Source, new TextSpan(e.Offset, e.Length));
                w.WriteStartObject("insertedContent"); w.WriteString("text", e.NewText); w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter w, string name, SourceText source, TextSpan span)
    {
        var start = source.GetPosition(span.Start);
        var end = source.GetPosition(span.End);
        w.WriteStartObject(name);
        w.WriteNumber("startLine", start.Line + 1);
        w.WriteNumber("startColumn", start.Character + 1);
        w.WriteNumber("endLine", end.Line + 1);
        w.WriteNumber("endColumn", end.Character + 1);
        w.WriteNumber("charOffset", span.Start);
        w.WriteNumber("charLength", span.Length);
        w.WriteEndObject();
    }

    private static string ArtifactUri(string path) =>
        Path.IsPathRooted(path) ? Core.Files.FileUris.FromPath(path) : Core.Files.FileUris.FromRelativePath(path);

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
