using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using ZjgrLsp.Server.Protocol;

namespace ZjgrLsp.Server;

/// <summary>Wires a <see cref="LanguageServer"/> to a pair of streams with LSP's header-delimited JSON-RPC.</summary>
public static class ServerHost
{
    /// <summary>
    /// LSP's JSON: camelCase names, nulls left out, and the types' metadata from <see cref="LspJsonContext"/> only.
    /// The formatter's constructor is marked as needing reflection because its default resolver uses it; with the
    /// source-generated resolver put in its place, nothing does (StreamJsonRpc's NativeAOT guide, point 3).
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "TypeInfoResolver is replaced by LspJsonContext before use.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "TypeInfoResolver is replaced by LspJsonContext before use.")]
    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.TypeInfoResolver = LspJsonContext.Default;
        return formatter;
    }

    public static (JsonRpc Rpc, LanguageServer Server) Start(Stream input, Stream output, ILoggerFactory loggers, TimeSpan? debounce = null,
        int maxMessageBytes = Wire.LspFrameReader.DefaultMaxBodyBytes)
    {
        var server = new LanguageServer(loggers, debounce);
        var wireLog = loggers.CreateLogger("zjgr.rpc");
        // The client's bytes pass the frame reader and the gate first; StreamJsonRpc sees only clean frames.
        var clean = Wire.CleanInput.Start(input, wireLog, maxMessageBytes);
        var handler = new TolerantMessageHandler(output, clean, CreateFormatter(), wireLog);
        var rpc = new JsonRpc(handler)
        {
            // Handlers run one at a time, in the order messages arrive, so didChange edits apply in order.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        // The target's methods are described at compile time (PolyType's source generator), so nothing is
        // discovered by reflection at run time and the Native AOT server answers the same methods.
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape<LanguageServer>(), server, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        server.Rpc = rpc;
        rpc.StartListening();
        return (rpc, server);
    }
}
