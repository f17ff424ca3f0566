using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;
using ZjgrLsp.Server;
using ZjgrLsp.Server.Protocol;

namespace ZjgrLsp.Server.Tests;

/// <summary>An in-process editor: a real JSON-RPC client talking LSP framing to the server over a duplex pipe.</summary>
public sealed class LspTestClient : IAsyncDisposable
{
    private readonly Channel<PublishDiagnosticsParams> _diagnostics = Channel.CreateUnbounded<PublishDiagnosticsParams>();
    private readonly Channel<JsonElement> _progress = Channel.CreateUnbounded<JsonElement>();

    private readonly ClientMethods _methods;

    /// <param name="debounce">The server's fixed wait after an edit; 20 ms unless a test needs another.</param>
    public LspTestClient(TimeSpan? debounce = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        (_, Server) = ServerHost.Start(serverStream, serverStream, NullLoggerFactory.Instance, debounce ?? TimeSpan.FromMilliseconds(20));
        // The editor side may send anonymous objects, so it keeps reflection; the server has only LspJsonContext.
        var formatter = ServerHost.CreateFormatter();
        formatter.JsonSerializerOptions.TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, new DefaultJsonTypeInfoResolver());
        Rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        Rpc.AddLocalRpcTarget(_methods = new ClientMethods(_diagnostics.Writer, _progress.Writer));
        Rpc.StartListening();
    }

    /// <summary>What the server sends to the editor.</summary>
    private sealed class ClientMethods(ChannelWriter<PublishDiagnosticsParams> diagnostics, ChannelWriter<JsonElement> progress)
    {
        public int ProgressTokensAsked;

        [JsonRpcMethod("window/workDoneProgress/create", UseSingleObjectParameterDeserialization = true)]
        public object? CreateProgress(JsonElement p)
        {
            Interlocked.Increment(ref ProgressTokensAsked);
            return null;
        }

        [JsonRpcMethod("$/progress", UseSingleObjectParameterDeserialization = true)]
        public void Progress(JsonElement p) => progress.TryWrite(p.Clone());

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement p) => diagnostics.TryWrite(p.Deserialize<PublishDiagnosticsParams>(Options)!);

        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(JsonElement p) { }

        [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
        public void ShowMessage(JsonElement p) { }
    }

    public static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public JsonRpc Rpc { get; }

    public LanguageServer Server { get; }

    public Task<JsonElement> RequestAsync(string method, object payload) =>
        Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, payload);

    public Task NotifyAsync(string method, object payload) => Rpc.NotifyWithParameterObjectAsync(method, payload);

    /// <summary>The next diagnostics published for <paramref name="uri"/>, skipping other documents' and older versions.</summary>
    public async Task<PublishDiagnosticsParams> NextDiagnosticsAsync(string uri, int? minVersion = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var p = await _diagnostics.Reader.ReadAsync(timeout.Token);
            if (p.Uri == uri && (minVersion is null || p.Version >= minVersion)) return p;
        }
    }

    /// <summary>How many times the server asked this client for a progress token.</summary>
    public int ProgressTokensAsked => Volatile.Read(ref _methods.ProgressTokensAsked);

    /// <param name="showsProgress">Whether the client says it shows work-done progress (window.workDoneProgress).</param>
    public async Task<JsonElement> InitializeAsync(string? rootUri = null, object? initializationOptions = null, bool showsProgress = true)
    {
        object capabilities = showsProgress ? new { window = new { workDoneProgress = true } } : new { };
        var result = await RequestAsync("initialize", new { processId = (int?)null, rootUri, capabilities, initializationOptions });
        await NotifyAsync("initialized", new { });
        return result;
    }

    /// <summary>The command of the code action named <paramref name="command"/> offered for a diagnostic.</summary>
    public async Task<JsonElement> CodeActionCommandAsync(string uri, Diagnostic diagnostic, string command)
    {
        var actions = await RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = diagnostic.Range, context = new { diagnostics = new[] { diagnostic } } });
        return actions.EnumerateArray().Where(a => a.TryGetProperty("command", out _)).Select(a => a.GetProperty("command"))
            .Single(c => c.GetProperty("command").GetString() == command);
    }

    /// <summary>The next $/progress value of the given kind (begin, report, end).</summary>
    public async Task<JsonElement> NextProgressAsync(string kind)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var p = await _progress.Reader.ReadAsync(timeout.Token);
            if (p.GetProperty("value").GetProperty("kind").GetString() == kind) return p.GetProperty("value");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        Server.Dispose();
        await Task.CompletedTask;
    }
}
