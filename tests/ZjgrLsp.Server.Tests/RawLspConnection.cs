using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace ZjgrLsp.Server.Tests;

/// <summary>
/// The server on an in-process pipe, driven with raw bytes as a buggy or hostile client would send them; every
/// message the server writes back is parsed and queued.
/// </summary>
public sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Stream _client;
    private readonly JsonRpc _rpc;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _seen = [];

    public RawLspConnection(TimeSpan? debounce = null, int maxMessageBytes = Wire.LspFrameReader.DefaultMaxBodyBytes)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        _client = client;
        (_rpc, Server) = ServerHost.Start(server, server, NullLoggerFactory.Instance, debounce ?? TimeSpan.Zero, maxMessageBytes);
        _ = Task.Run(ReadLoop);
    }

    public LanguageServer Server { get; }

    /// <summary>Whether the connection is still up (the server has not given up on the client).</summary>
    public bool Alive => !_rpc.Completion.IsCompleted;

    public async Task WriteRaw(string text) => await WriteRaw(Encoding.UTF8.GetBytes(text));

    public async Task WriteRaw(byte[] bytes)
    {
        await _client.WriteAsync(bytes);
        await _client.FlushAsync();
    }

    public Task WriteFrame(string body) => WriteRaw(Frame(body));

    public static byte[] Frame(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"), .. bytes];
    }

    public Task Request(int id, string method, string paramsJson = "{}") =>
        WriteFrame($$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{paramsJson}}}""");

    public Task Notify(string method, string paramsJson) =>
        WriteFrame($$"""{"jsonrpc":"2.0","method":"{{method}}","params":{{paramsJson}}}""");

    public async Task Initialize(string? rootUri = null)
    {
        await Request(0, "initialize", rootUri is null ? """{"capabilities":{}}""" : $$"""{"capabilities":{},"rootUri":"{{rootUri}}"}""");
        await Response(0);
        await Notify("initialized", "{}");
    }

    /// <summary>The response to request <paramref name="id"/>.</summary>
    public Task<JsonElement> Response(int id, int seconds = 20) =>
        Next(m => m.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number && i.GetInt32() == id && !m.TryGetProperty("method", out _), seconds);

    /// <summary>The next notification of <paramref name="method"/> that matches.</summary>
    public Task<JsonElement> Notification(string method, Func<JsonElement, bool>? where = null, int seconds = 20) =>
        Next(m => m.TryGetProperty("method", out var x) && x.GetString() == method && (where is null || where(m.GetProperty("params"))), seconds);

    /// <summary>The first message (already received or still to come) that matches; each message is handed out once.</summary>
    public async Task<JsonElement> Next(Func<JsonElement, bool> match, int seconds = 20)
    {
        lock (_seen)
        {
            var i = _seen.FindIndex(m => match(m));
            if (i >= 0) { var m = _seen[i]; _seen.RemoveAt(i); return m; }
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var m = await _received.Reader.ReadAsync(timeout.Token);
            if (match(m)) return m;
            lock (_seen) _seen.Add(m);
        }
    }

    private async Task ReadLoop()
    {
        try
        {
            while (true)
            {
                var length = 0;
                string line;
                while ((line = await ReadLine()) != "")
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim());
                var body = new byte[length];
                await _client.ReadExactlyAsync(body);
                await _received.Writer.WriteAsync(JsonDocument.Parse(body).RootElement.Clone());
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            _received.Writer.TryComplete();
        }
    }

    private async Task<string> ReadLine()
    {
        var sb = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            await _client.ReadExactlyAsync(one);
            if (one[0] == '\n') return sb.ToString().TrimEnd('\r');
            sb.Append((char)one[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        Server.Dispose();
        await _client.DisposeAsync();
    }
}
