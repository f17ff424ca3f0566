using System.Text.Json;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Linting;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Cli.Reporters;

/// <summary>
/// The machine report that ../shared/eval/score.py reads:
/// {"version":1,"files":[{"path","encoding","diagnostics":[{"rule","severity","offset","length","range","message","fixes"}]}]}.
/// Offsets and characters are UTF-16 code units; lines and characters are 0-based as in LSP.
/// </summary>
public sealed class JsonReporter : IReporter
{
    private readonly JsonOutput _json;

    public JsonReporter(TextWriter output)
    {
        _json = new JsonOutput(output);
        var w = _json.Writer;
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteStartArray("files");
    }

    public void WritePage(PageReport page)
    {
        var w = _json.Writer;
        w.WriteStartObject();
        w.WriteString("path", page.Path);
        w.WriteString("encoding", (page.Encoding ?? Core.Linting.PageEncoding.Utf8).Name);
        w.WriteStartArray("diagnostics");
        foreach (var f in page.Findings) WriteFinding(w, page.Source, f);
        w.WriteEndArray();
        w.WriteEndObject();
        _json.Flush();
    }

    public void Finish()
    {
        _json.Writer.WriteEndArray();
        _json.Writer.WriteEndObject();
        _json.Finish();
    }

    private static void WriteFinding(Utf8JsonWriter w, SourceText source, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.RuleId);
        w.WriteString("severity", f.Severity.ToName());
        w.WriteNumber("offset", f.Span.Start);
        w.WriteNumber("length", f.Span.Length);
        w.WriteStartObject("range");
        WritePosition(w, "start", source.GetPosition(f.Span.Start));
        WritePosition(w, "end", source.GetPosition(f.Span.End));
        w.WriteEndObject();
        w.WriteString("message", f.Message);
        w.WriteStartArray("fixes");
        foreach (var fix in f.Fixes)
        {
            w.WriteStartObject();
            w.WriteString("title", fix.Title);
            w.WriteStartArray("edits");
            foreach (var e in fix.Edits)
            {
                w.WriteStartObject();
                w.WriteNumber("offset", e.Offset);
                w.WriteNumber("length", e.Length);
                w.WriteString("newText", e.NewText);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter w, string name, LinePosition p)
    {
        w.WriteStartObject(name);
        w.WriteNumber("line", p.Line);
        w.WriteNumber("character", p.Character);
        w.WriteEndObject();
    }
}
