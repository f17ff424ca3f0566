using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZjgrLsp.Server.Protocol;

/// <summary>
/// Source-generated JSON metadata for every type the server reads or writes. The server serialises with this alone,
/// no reflection, so the managed server and the Native AOT one (scripts/publish_native.sh) behave the same, and a type
/// missing here fails the managed tests instead of only the native build.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
// Requests and notifications the server handles.
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(ExecuteCommandParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(JsonElement))]
// Results.
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(FullDocumentDiagnosticReport))]
[JsonSerializable(typeof(WorkspaceDiagnosticReport))]
// What the server sends: notifications, the progress request, and the values inside object-typed fields.
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(ProgressParams))]
[JsonSerializable(typeof(WorkDoneProgressCreateParams))]
[JsonSerializable(typeof(WorkDoneProgressBegin))]
[JsonSerializable(typeof(WorkDoneProgressReport))]
[JsonSerializable(typeof(WorkDoneProgressEnd))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(object))]
public sealed partial class LspJsonContext : JsonSerializerContext;
