using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ZjgrLsp.Server;

/// <summary>
/// LSP framing that survives bad input. StreamJsonRpc ends the connection when a message body is not valid JSON
/// or a header is malformed; an editor or a proxy that sends one bad message would then lose the server. This
/// handler logs the bad message, skips it (the base class has already consumed its bytes) and reads on.
/// </summary>
public sealed class TolerantMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, ILogger logger)
    : HeaderDelimitedMessageHandler(PipeWriter.Create(output), PipeReader.Create(input), formatter)
{
    /// <summary>A stream that yields only garbage would make no progress; after this many in a row, give up.</summary>
    private const int MaxConsecutiveFailures = 1000;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        for (var failures = 0; ; failures++)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsBadMessage(e) && failures < MaxConsecutiveFailures)
            {
                logger.LogWarning("Skipped a malformed message: {Reason}", (e.InnerException ?? e).Message);
            }
        }
    }

    private static bool IsBadMessage(Exception e) =>
        e is BadRpcHeaderException or JsonException or FormatException or ArgumentException
        || e.InnerException is JsonException or FormatException;
}
