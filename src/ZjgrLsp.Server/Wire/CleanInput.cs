using System.IO.Pipelines;
using System.Text;
using Microsoft.Extensions.Logging;

namespace ZjgrLsp.Server.Wire;

/// <summary>
/// Puts <see cref="LspFrameReader"/> and <see cref="MessageGate"/> in front of StreamJsonRpc: raw client bytes go
/// in, and only well-formed frames of messages the server should see come out, on a stream StreamJsonRpc's
/// ordinary reader can never choke on. The end of the raw input ends the clean stream, so a closed pipe still
/// ends the connection.
/// </summary>
public static class CleanInput
{
    public static Stream Start(Stream raw, ILogger logger, int maxBodyBytes = LspFrameReader.DefaultMaxBodyBytes)
    {
        var pipe = new Pipe();
        var gate = new MessageGate(logger);
        var reader = new LspFrameReader(raw, logger, maxBodyBytes) { Malformed = gate.PassMalformed };
        _ = Task.Run(async () =>
        {
            try
            {
                while (await reader.ReadBodyAsync(CancellationToken.None).ConfigureAwait(false) is { } body)
                {
                    byte[]? bytes;
                    using (body) bytes = gate.Pass(body);
                    if (bytes is null) continue;
                    await pipe.Writer.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n")).ConfigureAwait(false);
                    await pipe.Writer.WriteAsync(bytes).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
            {
                logger.LogInformation("Input closed: {Reason}", e.Message);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Reading the client's messages failed");
            }
            finally
            {
                await pipe.Writer.CompleteAsync().ConfigureAwait(false);
            }
        });
        return pipe.Reader.AsStream();
    }
}
