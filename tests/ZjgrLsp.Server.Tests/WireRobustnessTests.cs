using System.Text.Json;

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
        await using var c = new RawLspConnection(debounce: TimeSpan.FromMilliseconds(250));
        await c.WriteFrame(garbage);
        await c.WriteFrame("""{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"capabilities":{}}}""");
        var reply = await c.Response(7);
        Assert.Equal("utf-16", reply.GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString());
    }

    [Fact]
    public async Task StrangeDocument_GetsDiagnosticsWithoutKillingTheServer()
    {
        await using var c = new RawLspConnection();
        await c.WriteFrame("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""");
        await c.Response(1);
        var strange = JsonSerializer.Serialize("\uFEFF\0\uD800孤\r\r\n《“（" + new string('，', 5000));
        await c.WriteFrame("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:x","languageId":"plaintext","version":1,"text":TEXT}}}""".Replace("TEXT", strange));
        await c.WriteFrame("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":5}}""");
        await c.WriteFrame("""{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:x"},"position":{"line":-4,"character":99999}}}""");
        var reply = await c.Response(3);
        Assert.True(reply.TryGetProperty("result", out _));
    }
}
