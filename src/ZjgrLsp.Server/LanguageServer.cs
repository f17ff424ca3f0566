using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolyType;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using ZjgrLsp.Core;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Linting;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Server.Protocol;
using Range = ZjgrLsp.Server.Protocol.Range;

namespace ZjgrLsp.Server;

/// <summary>
/// The LSP methods. Handlers run one at a time in message order (the JSON-RPC layer uses a non-concurrent
/// synchronization context), so document changes apply in order; linting itself is scheduled on the thread pool.
/// </summary>
[GenerateShape]
[TypeShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public sealed partial class LanguageServer : IDisposable
{
    private readonly DocumentStore _documents = new();
    private readonly LintResultCache _results = new();
    private readonly ServerWorkspace _workspace;
    private readonly LintScheduler _scheduler;
    private readonly Analyzer _analyzer;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _shutdownRequested;
    private bool _pull;
    private bool _workDoneProgress;
    private string[] _roots = [];

    public LanguageServer(ILoggerFactory loggers, TimeSpan? debounce = null)
    {
        _logger = loggers.CreateLogger("zjgr.server");
        _analyzer = new Analyzer(RuleRegistry.All, loggers.CreateLogger("zjgr.engine"));
        _workspace = new ServerWorkspace(_documents, _logger);
        _workspace.ConfigError += message => _ = Notify("window/showMessage", new ShowMessageParams(1, message));
        _workspace.ConfigWarning += message => _ = Notify("window/showMessage", new ShowMessageParams(2, message));
        _scheduler = new LintScheduler(LintAndPublishAsync, debounce, _logger);
    }

    /// <summary>The JSON-RPC connection; set once by whoever wires the transport.</summary>
    [PropertyShape(Ignore = true)]
    public JsonRpc? Rpc { get; set; }

    /// <summary>Completes with the process exit code after the "exit" notification.</summary>
    [PropertyShape(Ignore = true)]
    public Task<int> ExitCode => _exit.Task;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams p)
    {
        _logger.LogInformation("Initialize from process {Pid}, root {Root}", p.ProcessId, p.RootUri ?? p.RootPath);
        if (p.InitializationOptions is { ValueKind: JsonValueKind.Object } options)
        {
            ApplySettings(options);
            // Pull diagnostics are opt-in: a client that pulls and is also pushed to would show every finding twice.
            _pull = options.TryGetProperty("pullDiagnostics", out var pull) && pull.ValueKind == JsonValueKind.True;
            _workspace.ConfigAboveWorkspace = options.TryGetProperty("configAboveWorkspace", out var above) && above.ValueKind == JsonValueKind.True;
            if (options.TryGetProperty("maxFileSize", out var max) && max.TryGetInt64(out var bytes) && bytes > 0) _workspace.MaxPageBytes = bytes;
        }
        // The server may ask for a progress token only from a client that says it shows them (LSP 3.15); a client
        // that does not would never answer, and indexing would wait on it.
        _workDoneProgress = p.Capabilities is { ValueKind: JsonValueKind.Object } capabilities
            && capabilities.TryGetProperty("window", out var window) && window.ValueKind == JsonValueKind.Object
            && window.TryGetProperty("workDoneProgress", out var workDone) && workDone.ValueKind == JsonValueKind.True;
        _roots = (p.WorkspaceFolders?.Select(f => f.Uri) ?? (p.RootUri is { } r ? [r] : []))
            .Select(DocumentUris.ToPath).OfType<string>().Where(Directory.Exists).ToArray();
        _workspace.Roots = _roots;
        var version = typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        return new InitializeResult(
            new ServerCapabilities(
                "utf-16",
                new TextDocumentSyncOptions(true, 2, new SaveOptions(false)),
                new CodeActionOptions([CodeActionKinds.QuickFix, CodeActionKinds.SourceFixAllZjgr], false),
                HoverProvider: true,
                new ExecuteCommandOptions([CodeActions.AddToDictionary, CodeActions.IgnoreFinding]),
                _pull ? new DiagnosticOptions("zjgr", InterFileDependencies: true, WorkspaceDiagnostics: true) : null),
            new ServerInfo("zjgr-lsp", version));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
        _logger.LogInformation("Client initialized");
        // Dictionaries load and the workspace's pages are read in the background while the editor settles.
        _ = Task.Run(async () =>
        {
            try { await IndexWorkspaceAsync(); }
            catch (Exception e) { _logger.LogError(e, "Indexing the workspace failed"); }
        });
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdownRequested = true;
        _scheduler.Dispose();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_shutdownRequested ? 0 : 1);

    // didOpen and didChange read their params from the raw JSON: a field the server cannot read must mark the
    // document out of sync, not throw inside the JSON-RPC layer, where the message would be dropped silently.
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(JsonElement p)
    {
        if (!TryTextDocument(p, out var document, out var uri))
        {
            _logger.LogWarning("didOpen without a document URI: ignored");
            return;
        }
        var version = document.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : 0;
        var text = document.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        _documents.Open(uri, version, text ?? "");
        if (text is null)
        {
            ReportOutOfSync(_documents.MarkOutOfSync(uri, "didOpen without text"), "didOpen without text");
            return;
        }
        _scheduler.Schedule(uri, now: true);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(JsonElement p)
    {
        if (!TryTextDocument(p, out var document, out var uri))
        {
            _logger.LogWarning("didChange without a document URI: ignored");
            return;
        }
        int? version = document.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : null;
        var changes = p.TryGetProperty("contentChanges", out var c) ? c : default;
        var result = _documents.Change(uri, version, changes);
        if (result.Document is null)
        {
            _logger.LogWarning("didChange for {Uri}, which is not open", uri);
            return;
        }
        if (result.WentOutOfSync) ReportOutOfSync(result, result.Document.OutOfSync!);
        else _scheduler.Schedule(uri);
    }

    /// <summary>A text-sync message the transport could not read (see MessageGate): the document can no longer be trusted.</summary>
    [JsonRpcMethod(Wire.MessageGate.OutOfSyncMethod, UseSingleObjectParameterDeserialization = true)]
    public void OutOfSync(JsonElement p)
    {
        var uri = p.TryGetProperty("uri", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : null;
        var reason = p.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "unreadable change";
        if (uri is null) return;
        var result = _documents.MarkOutOfSync(uri, reason);
        if (result.WentOutOfSync) ReportOutOfSync(result, reason);
    }

    /// <summary>A request the gate refused (before initialize, after shutdown, unreadable params): answer with its error.</summary>
    [JsonRpcMethod(Wire.MessageGate.RejectMethod, UseSingleObjectParameterDeserialization = true)]
    public object? Reject(JsonElement p)
    {
        var code = p.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : Wire.MessageGate.InvalidRequest;
        var message = p.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "request refused";
        throw new LocalRpcException(message) { ErrorCode = code };
    }

    private static bool TryTextDocument(JsonElement p, out JsonElement document, out string uri)
    {
        uri = "";
        document = default;
        if (p.ValueKind != JsonValueKind.Object || !p.TryGetProperty("textDocument", out document) || document.ValueKind != JsonValueKind.Object) return false;
        if (!document.TryGetProperty("uri", out var u) || u.ValueKind != JsonValueKind.String) return false;
        uri = u.GetString()!;
        return true;
    }

    /// <summary>
    /// LSP has no request for a document's full text, so the server says so plainly, withdraws the document's
    /// diagnostics (their positions may be wrong now) and offers nothing on it until a full-text change or a reopen.
    /// </summary>
    private void ReportOutOfSync(DocumentStore.ChangeResult result, string reason)
    {
        if (result.Document is not { } doc) return;
        _scheduler.Cancel(doc.Uri);
        _results.Remove(doc.Uri);
        _logger.LogWarning("{Uri} is out of sync: {Reason}. Diagnostics withdrawn until the document is reopened", doc.Uri, reason);
        var name = DocumentUris.ToPath(doc.Uri) is { } path ? Path.GetFileName(path) : doc.Uri;
        _ = Notify("window/showMessage", new ShowMessageParams(2, $"zjgr 无法读取对“{name}”的一处修改（{reason}），为免提示位置出错，已暂停检查此文件。请关闭后重新打开它。"));
        if (!_pull) _ = Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(doc.Uri, doc.Version, []));
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams p)
    {
        if (p.TextDocument.Uri.EndsWith("/" + ZjgrConfig.FileName, StringComparison.Ordinal)
            || p.TextDocument.Uri.EndsWith("/" + IgnoreList.FileName, StringComparison.Ordinal))
        {
            _workspace.InvalidateConfig();
            foreach (var doc in _documents.All) _scheduler.Schedule(doc.Uri);
        }
        else if (_documents.Get(p.TextDocument.Uri) is not null) _scheduler.Schedule(p.TextDocument.Uri);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public async Task DidClose(DidCloseTextDocumentParams p)
    {
        var uri = p.TextDocument.Uri;
        _scheduler.Cancel(uri);
        _documents.Close(uri);
        _results.Remove(uri);
        await Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
    }

    /// <summary>zjgr.json or a page of an issue changed on disk: reload configuration and lint the open pages again.</summary>
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams p)
    {
        if ((p.Changes ?? []).Any(c => c.Uri.EndsWith("/" + ZjgrConfig.FileName, StringComparison.Ordinal)
                                       || c.Uri.EndsWith("/" + IgnoreList.FileName, StringComparison.Ordinal)))
            _workspace.InvalidateConfig();
        foreach (var doc in _documents.All) _scheduler.Schedule(doc.Uri);
    }

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(DidChangeConfigurationParams p)
    {
        ApplySettings(p.Settings);
        foreach (var doc in _documents.All) _scheduler.Schedule(doc.Uri);
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<CodeAction[]> CodeAction(CodeActionParams p, CancellationToken cancellation)
    {
        var snapshot = await CurrentSnapshotAsync(p.TextDocument.Uri, cancellation);
        if (snapshot is null) return [];
        var actions = new List<CodeAction>();
        var only = p.Context?.Only;
        bool Wants(string kind) => only is null || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

        if (Wants(CodeActionKinds.QuickFix))
            actions.AddRange(CodeActions.QuickFixes(p.TextDocument.Uri, snapshot, p.Range, Diagnose));
        if (Wants(CodeActionKinds.SourceFixAllZjgr) && CodeActions.FixAll(p.TextDocument.Uri, snapshot) is { } fixAll)
            actions.Add(fixAll);
        return [.. actions];
    }

    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public object? ExecuteCommand(ExecuteCommandParams p)
    {
        if (p.Command == CodeActions.IgnoreFinding) return IgnoreFinding(p);
        if (p.Command != CodeActions.AddToDictionary)
            throw new LocalRpcException($"Unknown command {p.Command}") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        if (p.Arguments is not [{ ValueKind: JsonValueKind.String } uriArg, { ValueKind: JsonValueKind.String } wordArg])
            throw new LocalRpcException("zjgr.addToDictionary takes a document URI and a word") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        var path = DocumentUris.ToPath(uriArg.GetString()!);
        if (path is null)
        {
            _ = Notify("window/showMessage", new ShowMessageParams(2, "保存文件后才能把词语加入 zjgr.json"));
            return null;
        }
        try
        {
            var root = _workspace.RootOf(path) ?? throw new ConfigException($"{path} is outside the workspace folders; zjgr adds words only to a zjgr.json inside them");
            var written = ConfigEditor.AddWord(path, wordArg.GetString()!, root);
            _logger.LogInformation("Added {Word} to {Path}", wordArg.GetString(), written);
        }
        catch (ConfigException e)
        {
            _ = Notify("window/showMessage", new ShowMessageParams(1, e.Message));
            return null;
        }
        _workspace.InvalidateConfig();
        foreach (var doc in _documents.All) _scheduler.Schedule(doc.Uri);
        return null;
    }

    /// <summary>zjgr.ignoreFinding [uri, rule, offset, length]: record the finding in .zjgr-ignore.json and lint again.</summary>
    private object? IgnoreFinding(ExecuteCommandParams p)
    {
        if (p.Arguments is not [{ ValueKind: JsonValueKind.String } uriArg, { ValueKind: JsonValueKind.String } ruleArg, { ValueKind: JsonValueKind.Number } offsetArg, { ValueKind: JsonValueKind.Number } lengthArg])
            throw new LocalRpcException("zjgr.ignoreFinding takes a document URI, a rule id, an offset and a length") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        var uri = uriArg.GetString()!;
        var path = DocumentUris.ToPath(uri);
        var snapshot = _results.Get(uri);
        var finding = snapshot?.Findings.FirstOrDefault(f => f.RuleId == ruleArg.GetString() && f.Span.Start == offsetArg.GetInt32() && f.Span.Length == lengthArg.GetInt32());
        if (path is null || snapshot is null || finding is null) return null;
        try
        {
            var root = _workspace.RootOf(path) ?? throw new ConfigException($"{path} is outside the workspace folders; zjgr records ignored findings only inside them");
            IgnoreList.Add(NewsDocument.Parse(path, snapshot.Source.Text), finding, root);
        }
        catch (Exception e) when (e is ConfigException or IOException or UnauthorizedAccessException)
        {
            _ = Notify("window/showMessage", new ShowMessageParams(1, e.Message));
            return null;
        }
        _workspace.InvalidateConfig();
        foreach (var doc in _documents.All) _scheduler.Schedule(doc.Uri);
        return null;
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<Hover?> Hover(TextDocumentPositionParams p, CancellationToken cancellation)
    {
        var snapshot = await CurrentSnapshotAsync(p.TextDocument.Uri, cancellation);
        if (snapshot is null) return null;
        var offset = LspConversions.ToOffset(snapshot.Source, p.Position);
        var hits = snapshot.Findings.Where(f => f.Span.Contains(offset) || f.Span.End == offset && f.Span.Length == 0).ToList();
        if (hits.Count == 0) return null;
        var text = string.Join("\n\n---\n\n", hits.Select(f =>
        {
            var rule = RuleRegistry.Find(f.RuleId)?.Descriptor;
            return $"**{f.Message}**\n\n`{f.RuleId}` {rule?.Title}\n\n{rule?.Doc}";
        }));
        var span = hits[0].Span;
        return new Hover(new MarkupContent("markdown", text), LspConversions.ToRange(snapshot.Source, span));
    }

    /// <summary>
    /// Loads the dictionaries and reads every page under the workspace folders into the issue cache, reporting
    /// progress with $/progress when the client accepts a work-done token.
    /// </summary>
    private async Task IndexWorkspaceAsync()
    {
        var skipped = new List<Core.Workspace.SkippedPath>();
        var pages = _roots.SelectMany(r => SafePages(r, skipped)).ToList();
        foreach (var s in skipped) _logger.LogWarning("Skipping {Path}: {Reason}", s.Path, s.Reason);
        // The warm-up starts at once: waiting for the client to grant a progress token first would leave it to the
        // first page the editor opens.
        var warming = System.Diagnostics.Stopwatch.StartNew();
        var warm = Task.Run(Warmup.Preload);
        var token = $"zjgr-index-{Guid.NewGuid():N}";
        var progress = _workDoneProgress && Rpc is not null && await TryCreateProgressAsync(token);
        if (progress) await Notify("$/progress", new ProgressParams(token, new WorkDoneProgressBegin("begin", "zjgr：索引工作区", 0)));
        await warm;
        // Nearly all the warm-up allocated is tables that live as long as the server. Collected now, in the background,
        // they settle in the oldest generation, and the full collection their allocation has made due does not fall in
        // the first page's lint, where it stopped both cores (seed 000's model pass 29 → 38 ms, docs/benchmarks.md).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        _logger.LogDebug("Warmed up in {Ms} ms", warming.ElapsedMilliseconds);
        var unreadable = skipped.Count;
        for (var i = 0; i < pages.Count; i++)
        {
            _workspace.IssueFor(pages[i]);
            // A page file that is not text in an encoding we recognise takes no part in any issue; say which and why, once.
            if (_workspace.SourceOf(pages[i]) is null)
            {
                unreadable++;
                _logger.LogWarning("Skipping {Path}: {Reason}", pages[i], PageReader.TryRead(pages[i], _workspace.MaxPageBytes).Error);
            }
            if (progress && (i % 20 == 0 || i == pages.Count - 1))
                await Notify("$/progress", new ProgressParams(token, new WorkDoneProgressReport("report", $"{i + 1}/{pages.Count}", (i + 1) * 100 / pages.Count)));
        }
        var indexed = pages.Count - (unreadable - skipped.Count);
        var summary = $"已索引 {indexed} 个版面" + (unreadable > 0 ? $"，{unreadable} 个文件或文件夹无法读取（编码无法识别、非普通文件、过大或无权限），已跳过（见日志）" : "");
        if (progress) await Notify("$/progress", new ProgressParams(token, new WorkDoneProgressEnd("end", summary)));
        _logger.LogInformation("Indexed {Count} pages, skipped {Unreadable}", indexed, unreadable);
    }

    private async Task<bool> TryCreateProgressAsync(string token)
    {
        try
        {
            var (args, types) = NamedArguments(new WorkDoneProgressCreateParams(token));
            await Rpc!.InvokeWithParameterObjectAsync("window/workDoneProgress/create", args, types, CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            return false; // the client does not support work-done progress
        }
    }

    /// <summary>The pages under a workspace folder: each real folder once (link loops cost nothing), regular files only.</summary>
    private static IEnumerable<string> SafePages(string root, List<Core.Workspace.SkippedPath>? skipped = null)
    {
        try { return Core.Workspace.PageFiles.Under(root, s => skipped?.Add(s)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<FullDocumentDiagnosticReport> DocumentDiagnostic(DocumentDiagnosticParams p, CancellationToken cancellation)
    {
        var snapshot = await CurrentSnapshotAsync(p.TextDocument.Uri, cancellation);
        var items = snapshot?.Findings.Select(f => Diagnose(p.TextDocument.Uri, snapshot.Source, f)).ToArray() ?? [];
        return new FullDocumentDiagnosticReport("full", items);
    }

    /// <summary>Diagnostics for every page of the workspace folders: open pages as edited, closed pages from disk.</summary>
    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceDiagnosticReport> WorkspaceDiagnostic(JsonElement p, CancellationToken cancellation) =>
        Task.Run(() => WorkspaceDiagnostics(cancellation), cancellation);

    private WorkspaceDiagnosticReport WorkspaceDiagnostics(CancellationToken cancellation)
    {
        var reports = new List<WorkspaceFullDocumentDiagnosticReport>();
        foreach (var path in _roots.SelectMany(r => SafePages(r)))
        {
            cancellation.ThrowIfCancellationRequested();
            var uri = DocumentUris.FromPath(path);
            if (_documents.Get(uri) is { } open)
            {
                var snapshot = CurrentSnapshotAsync(uri, cancellation).GetAwaiter().GetResult();
                if (snapshot is null) continue;
                reports.Add(new("full", uri, open.Version, [.. snapshot.Findings.Select(f => Diagnose(uri, snapshot.Source, f))]));
                continue;
            }
            if (PageReader.TryRead(path, _workspace.MaxPageBytes).Text is not { } text) continue;
            var page = NewsDocument.Parse(path, text);
            var findings = _workspace.IgnoredFor(path).Filter(page, _analyzer.Analyze(page, _workspace.ConfigFor(path), _workspace.IssueFor(path), cancellation));
            reports.Add(new("full", uri, null, [.. findings.Select(f => Diagnose(uri, page.Source, f))]));
        }
        return new WorkspaceDiagnosticReport([.. reports]);
    }

    private Diagnostic Diagnose(string uri, SourceText source, Finding f) =>
        LspConversions.ToDiagnostic(uri, source, f, _workspace.SourceOf);

    /// <summary>
    /// The findings for the document's current version, linting on the thread pool if the last run is stale, so the
    /// message loop never waits on a lint (a hover on a 5 MB page right after an edit would block every message).
    /// None for a document that is out of sync: its positions cannot be trusted.
    /// </summary>
    private async Task<LintSnapshot?> CurrentSnapshotAsync(string uri, CancellationToken cancellation)
    {
        var doc = _documents.Get(uri);
        if (doc is null || doc.OutOfSync is not null) return null;
        var cached = _results.Get(uri);
        if (cached is not null && cached.Version == doc.Version && ReferenceEquals(cached.Source, doc.Source)) return cached;
        var snapshot = await Task.Run(() => Lint(doc, cancellation), cancellation).ConfigureAwait(false);
        if (ReferenceEquals(_documents.Get(uri)?.Source, doc.Source)) _results.Store(uri, snapshot);
        return snapshot;
    }

    private LintSnapshot Lint(OpenDocument doc, CancellationToken cancellation)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var path = DocumentUris.ToPath(doc.Uri);
        var page = NewsDocument.Parse(path ?? doc.Uri, doc.Source.Text);
        var issue = _workspace.IssueFor(path);
        var read = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var findings = _analyzer.Analyze(page, _workspace.ConfigFor(path), issue, cancellation);
        _logger.LogDebug("Linted {Uri} v{Version}: page parsed and issue gathered {Read:F0} ms, rules {Rules:F0} ms", doc.Uri, doc.Version,
            read.TotalMilliseconds, (System.Diagnostics.Stopwatch.GetElapsedTime(started) - read).TotalMilliseconds);
        return new LintSnapshot(doc.Version, doc.Source, path is null ? findings : _workspace.IgnoredFor(path).Filter(page, findings));
    }

    private async Task LintAndPublishAsync(string uri, CancellationToken cancellation)
    {
        var doc = _documents.Get(uri);
        if (doc is null || doc.OutOfSync is not null) return;
        var snapshot = Lint(doc, cancellation);
        // Publish only if no newer edit arrived meanwhile; the newer edit has its own run scheduled.
        if (!ReferenceEquals(_documents.Get(uri)?.Source, doc.Source) || cancellation.IsCancellationRequested) return;
        _results.Store(uri, snapshot);
        if (_pull) return; // the client asks for them
        var diagnostics = snapshot.Findings.Select(f => Diagnose(uri, doc.Source, f)).ToArray();
        await Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, doc.Version, diagnostics));
    }

    private void ApplySettings(JsonElement settings)
    {
        var section = settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty("zjgr", out var z) ? z : settings;
        if (section.ValueKind != JsonValueKind.Object) return;
        try
        {
            _workspace.SetClientSettings(ZjgrConfig.FromJson(section, "client settings"));
        }
        catch (ConfigException e)
        {
            _logger.LogWarning("{Message}", e.Message);
            _ = Notify("window/showMessage", new ShowMessageParams(2, e.Message));
        }
    }

    internal async Task Notify(string method, object payload)
    {
        if (Rpc is null || Rpc.IsDisposed) return;
        try
        {
            var (args, types) = NamedArguments(payload);
            await Rpc.NotifyWithParameterObjectAsync(method, args, types).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            _logger.LogDebug("Could not send {Method}: connection closed", method);
        }
    }

    /// <summary>
    /// A params object as the named arguments StreamJsonRpc writes one by one: each top-level property already in
    /// JSON, from the source-generated metadata. Handing StreamJsonRpc the object itself would make it reflect over
    /// the object's properties, which NativeAOT cannot do.
    /// </summary>
    private static (Dictionary<string, object?> Args, Dictionary<string, Type> Types) NamedArguments(object payload)
    {
        var json = JsonSerializer.SerializeToElement(payload, payload.GetType(), LspJsonContext.Default);
        var args = new Dictionary<string, object?>();
        var types = new Dictionary<string, Type>();
        foreach (var property in json.EnumerateObject())
        {
            args[property.Name] = property.Value;
            types[property.Name] = typeof(JsonElement);
        }
        return (args, types);
    }

    // Not an RPC method: the host disposes the server, a client cannot.
    [JsonRpcIgnore, MethodShape(Ignore = true)]
    public void Dispose() => _scheduler.Dispose();
}
