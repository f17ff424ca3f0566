using System.Text.Json;

namespace ZjgrLsp.Server.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    WorkspaceFolder[]? WorkspaceFolders,
    JsonElement? InitializationOptions,
    JsonElement? Capabilities);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record SaveOptions(bool IncludeText);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record CodeActionOptions(string[] CodeActionKinds, bool ResolveProvider);

public sealed record ExecuteCommandOptions(string[] Commands);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider,
    bool HoverProvider,
    ExecuteCommandOptions ExecuteCommandProvider,
    DiagnosticOptions? DiagnosticProvider = null);
