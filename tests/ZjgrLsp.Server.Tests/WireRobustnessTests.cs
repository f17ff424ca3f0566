using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;

namespace ZjgrLsp.Server.Tests;

/// <summary>Raw bytes on the wire, as a buggy client might send them: the server skips what it cannot read and stays up.</summary>
public class WireRobustnessTests
{
    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"")]   // truncated JSON
    [InlineData("not json at all")]
    [InlineData("[1,2,")]
    public async Task MalformedBody_IsSkipped_NextRequestIsAnswered(string garbage)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var (rpc, _) = ServerHost.Start(server, server, NullLoggerFactory.Instance);
        using var _rpc = rpc;
        await WriteFrame(client, garbage);
        await WriteFrame(client, """{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"capabilities":{}}}""");
        var reply = await ReadResponse(client, 7);
        Assert.Equal("utf-16", reply.GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString());
    }

    [Fact]
    public async Task StrangeDocument_GetsDiagnosticsWithoutKillingTheServer()
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var (rpc, _) = ServerHost.Start(server, server, NullLoggerFactory.Instance, TimeSpan.Zero);
        using var _rpc = rpc;
        await WriteFrame(client, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""");
        await ReadResponse(client, 1);
        var strange = JsonSerializer.Serialize("\uFEFF\0\uD800孤\r\r\n《“（" + new string('，', 5000));
        await WriteFrame(client, """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:x","languageId":"plaintext","version":1,"text":TEXT}}}""".Replace("TEXT", strange));
        await WriteFrame(client, """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":5}}""");
        await WriteFrame(client, """{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:x"},"position":{"line":-4,"character":99999}}}""");
        var reply = await ReadResponse(client, 3);
        Assert.True(reply.TryGetProperty("result", out _));
    }

    private static async Task WriteFrame(Stream stream, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }

    /// <summary>Reads frames until the response with the given id, skipping notifications.</summary>
    private static async Task<JsonElement> ReadResponse(Stream stream, int id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var length = 0;
            string line;
            while ((line = await ReadLine(stream, timeout.Token)) != "")
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim());
            var body = new byte[length];
            await stream.ReadExactlyAsync(body, timeout.Token);
            var json = JsonDocument.Parse(body).RootElement.Clone();
            if (json.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id) return json;
        }
    }

    private static async Task<string> ReadLine(Stream stream, CancellationToken token)
    {
        var sb = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            await stream.ReadExactlyAsync(one, token);
            if (one[0] == '\n') return sb.ToString().TrimEnd('\r');
            sb.Append((char)one[0]);
        }
    }
}
