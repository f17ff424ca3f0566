using System.Text;

namespace ZjgrLsp.Server.Tests;

/// <summary>
/// A bounded fuzz of the wire: good requests mixed with malformed frames of every kind the frame reader knows.
/// Every good request is answered, and the server is still up at the end.
/// </summary>
public class WireFuzzTests
{
    private static readonly string[] Junk = ["not json", "{\"jsonrpc\":", "[1,2,", "\u0000\u0001\u0002", "}}}{{{", "null", "\"text\"", "42"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task MalformedFramesMixedWithGoodRequests_EveryGoodRequestIsAnswered(int seed)
    {
        var random = new Random(seed);
        await using var c = new RawLspConnection(maxMessageBytes: 64 * 1024);
        await c.Initialize();
        var expected = new List<int>();
        for (var id = 1; id <= 150; id++)
        {
            await c.WriteRaw(Garbage(random));
            var body = random.Next(4) switch
            {
                0 => "{\"jsonrpc\":\"2.0\",\"id\":" + id + ""","method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:x"},"position":{"line":0,"character":0}}}""",
                1 => $$$"""{"jsonrpc":"2.0","id":{{{id}}},"method":"zjgr/noSuchMethod","params":{}}""",
                2 => $$$"""{"jsonrpc":"2.0","id":{{{id}}},"method":"textDocument/hover","params":{{{random.Next(100)}}}}""",
                _ => "{\"jsonrpc\":\"2.0\",\"id\":" + id + ""","method":"textDocument/codeAction","params":{"textDocument":{"uri":"untitled:x"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"context":{"diagnostics":[]}}}""",
            };
            var bytes = Encoding.UTF8.GetBytes(body);
            var header = random.Next(3) == 0 ? $"Content-Length: {bytes.Length}\n\n" : $"Content-Length: {bytes.Length}\r\n\r\n";
            await c.WriteRaw([.. Encoding.ASCII.GetBytes(header), .. bytes]);
            expected.Add(id);
        }
        foreach (var id in expected)
        {
            var reply = await c.Response(id, seconds: 30);
            Assert.True(reply.TryGetProperty("result", out _) || reply.TryGetProperty("error", out _));
        }
        Assert.True(c.Alive);
    }

    /// <summary>One malformed thing a client could send between two good frames.</summary>
    private static byte[] Garbage(Random random)
    {
        var junk = Junk[random.Next(Junk.Length)];
        var text = random.Next(9) switch
        {
            0 => junk,                                                                          // bytes between frames
            1 => $"Content-Length: {Encoding.UTF8.GetByteCount(junk)}\r\n\r\n{junk}",           // a body that is not a message
            2 => $"Content-Length: {random.Next(-5, 5)}x\r\n\r\n",                              // a bad length
            3 => "Content-Type: application/vscode-jsonrpc\r\n\r\n{}",                           // no length
            4 => $"Content-Length: {random.Next(100, 400)}\r\n\r\n{{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}}", // short body
            5 => "Content-Length: 2147483647\r\n\r\n",                                           // over the limit
            6 => """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":7}""" is var n ? $"Content-Length: {n.Length}\r\n\r\n{n}" : "",
            7 => """{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:none"},"contentChanges":[{"range":{}}]}}""" is var m ? $"Content-Length: {m.Length}\r\n\r\n{m}" : "",
            _ => "",
        };
        var bytes = Encoding.UTF8.GetBytes(text);
        if (random.Next(10) == 0) bytes = [.. bytes, .. Enumerable.Range(0, random.Next(1, 50)).Select(_ => (byte)random.Next(256))];
        return bytes;
    }
}
