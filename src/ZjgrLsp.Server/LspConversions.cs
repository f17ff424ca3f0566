using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Server.Protocol;
using CoreTextEdit = ZjgrLsp.Core.Findings.TextEdit;
using LspTextEdit = ZjgrLsp.Server.Protocol.TextEdit;
using Range = ZjgrLsp.Server.Protocol.Range;

namespace ZjgrLsp.Server;

/// <summary>The only place where engine findings become LSP types. Offsets are UTF-16 on both sides.</summary>
public static class LspConversions
{
    public const string Source = "zjgr";

    public static Range ToRange(SourceText source, TextSpan span) =>
        new(ToPosition(source.GetPosition(span.Start)), ToPosition(source.GetPosition(span.End)));

    public static Position ToPosition(LinePosition p) => new(p.Line, p.Character);

    public static int ToOffset(SourceText source, Position p) => source.GetOffset(new LinePosition(p.Line, p.Character));

    public static Diagnostic ToDiagnostic(string uri, SourceText source, Finding f, Func<string, SourceText?> otherPage) =>
        new(ToRange(source, f.Span), (int)f.Severity, f.RuleId, Source, f.Message,
            f.Related.IsEmpty ? null : f.Related.Select(r => ToRelated(uri, source, r, otherPage)).OfType<DiagnosticRelatedInformation>().ToArray());

    private static DiagnosticRelatedInformation? ToRelated(string uri, SourceText source, RelatedLocation r, Func<string, SourceText?> otherPage)
    {
        if (r.Path is null) return new(new Location(uri, ToRange(source, r.Span)), r.Message);
        var other = otherPage(r.Path);
        return other is null ? null : new(new Location(DocumentUris.FromPath(r.Path), ToRange(other, r.Span)), r.Message);
    }

    public static LspTextEdit[] ToEdits(SourceText source, IEnumerable<CoreTextEdit> edits) =>
        edits.Select(e => new LspTextEdit(ToRange(source, new TextSpan(e.Offset, e.Length)), e.NewText)).ToArray();
}
