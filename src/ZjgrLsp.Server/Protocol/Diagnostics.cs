namespace ZjgrLsp.Server.Protocol;

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record Diagnostic(
    Range Range,
    int Severity,
    string Code,
    string Source,
    string Message,
    DiagnosticRelatedInformation[]? RelatedInformation);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record CodeActionContext(Diagnostic[] Diagnostics, string[]? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record Command(string Title, string CommandName, object[]? Arguments)
{
    // LSP names the field "command"; the record keeps a clearer name in code.
    [System.Text.Json.Serialization.JsonPropertyName("command")]
    public string CommandName { get; init; } = CommandName;
}

public sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit? Edit, Command? Command = null);

public sealed record ExecuteCommandParams(string Command, System.Text.Json.JsonElement[]? Arguments);

public sealed record Hover(MarkupContent Contents, Range? Range);

public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string SourceFixAll = "source.fixAll";
    public const string SourceFixAllZjgr = "source.fixAll.zjgr";
}

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument);

public sealed record FullDocumentDiagnosticReport(string Kind, Diagnostic[] Items);

public sealed record WorkspaceFullDocumentDiagnosticReport(string Kind, string Uri, int? Version, Diagnostic[] Items);

public sealed record WorkspaceDiagnosticReport(WorkspaceFullDocumentDiagnosticReport[] Items);

public sealed record WorkDoneProgressCreateParams(string Token);

public sealed record ProgressParams(string Token, object Value);

public sealed record WorkDoneProgressBegin(string Kind, string Title, int Percentage);

public sealed record WorkDoneProgressReport(string Kind, string Message, int Percentage);

public sealed record WorkDoneProgressEnd(string Kind, string Message);
