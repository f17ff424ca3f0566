using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace ZjgrLsp.Server;

/// <summary>Wires a <see cref="LanguageServer"/> to a pair of streams with LSP's header-delimited JSON-RPC.</summary>
public static class ServerHost
{
    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
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
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        server.Rpc = rpc;
        rpc.StartListening();
        return (rpc, server);
    }
}
