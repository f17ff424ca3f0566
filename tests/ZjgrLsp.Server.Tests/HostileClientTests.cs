using System.Text;
using System.Text.Json;

namespace ZjgrLsp.Server.Tests;

/// <summary>
/// The wire as a hostile or buggy client drives it: bad frames, strange params, messages out of the lifecycle,
/// changes the server cannot read. The server answers what can be answered, never exits on client garbage, and
/// never lets its copy of a document drift silently from the editor's.
/// </summary>
public class HostileClientTests
{
    private const string Doubled = "市社会保障保障局发布通知。";

    private static async Task AssertAnswers(RawLspConnection c, int id)
    {
        await c.Request(id, "textDocument/hover", """{"textDocument":{"uri":"untitled:none"},"position":{"line":0,"character":0}}""");
        var reply = await c.Response(id);
        Assert.True(reply.TryGetProperty("result", out _), reply.ToString());
        Assert.True(c.Alive);
    }

    /// <summary>A started server with one open page holding a doubled word, its first diagnostics published.</summary>
    private static async Task<RawLspConnection> OpenedOnePage(string uri)
    {
        var c = new RawLspConnection();
        await c.Initialize();
        await c.Notify("textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{uri}}}","languageId":"plaintext","version":1,"text":"{{{Doubled}}}"}}""");
        await c.Notification("textDocument/publishDiagnostics", p => p.GetProperty("version").GetInt32() == 1);
        return c;
    }

    [Fact]
    public async Task ScalarParams_NotificationIsDropped_RequestGetsInvalidParams()
    {
        await using var c = new RawLspConnection();
        await c.Initialize();
        await c.WriteFrame("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":5}""");
        await c.WriteFrame("""{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":"zjgr"}""");
        await c.WriteFrame("""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":true}""");
        var error = (await c.Response(2)).GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        await AssertAnswers(c, 3);
    }

    [Fact]
    public async Task Utf16Charset_IsRead()
    {
        await using var c = new RawLspConnection();
        var body = Encoding.Unicode.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""");
        await c.WriteRaw([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-16\r\n\r\n"), .. body]);
        Assert.Equal("utf-16", (await c.Response(1)).GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString());
        await AssertAnswers(c, 2);
    }

    [Theory]
    [InlineData("Content-Length: abc\r\n\r\n{}")]                                          // not a number
    [InlineData("Content-Length: -5\r\n\r\n{}")]
    [InlineData("Content-Type: application/vscode-jsonrpc\r\n\r\n{\"jsonrpc\":\"2.0\"}")]  // no Content-Length
    [InlineData("Content-Length: 300\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}")] // a body shorter than declared
    [InlineData("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}")]   // a body longer than declared
    [InlineData("garbage between frames \u0000\u0001 Content-Lengt")]
    [InlineData("Content-Length: 1\r\nContent-Length")]                                    // a header with no end, then a frame
    public async Task FramingErrors_AreSkipped_AndTheNextRequestIsAnswered(string bad)
    {
        await using var c = new RawLspConnection();
        await c.Initialize();
        await c.WriteRaw(bad);
        await AssertAnswers(c, 5);
    }

    [Fact]
    public async Task LfOnlyHeaders_AreRead()
    {
        await using var c = new RawLspConnection();
        var body = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""";
        await c.WriteRaw($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\n\n{body}");
        Assert.True((await c.Response(1)).TryGetProperty("result", out _));
    }

    [Fact]
    public async Task FrameOverTheLimit_IsRefusedUnbuffered_AndTheServerReadsOn()
    {
        await using var c = new RawLspConnection(maxMessageBytes: 4096);
        await c.Initialize();
        // A declared 2 GB: refused at once, and its bytes skipped as they come.
        await c.WriteRaw("Content-Length: 2147483647\r\n\r\n");
        await c.WriteRaw(new string('x', 100_000));
        await AssertAnswers(c, 2);
        // A real body over the limit.
        await c.WriteFrame($$$"""{"jsonrpc":"2.0","method":"initialized","params":{"pad":"{{new string('y', 10_000)}}"}}""");
        await AssertAnswers(c, 3);
    }

    [Fact]
    public async Task RequestsBeforeInitialize_AndAfterShutdown_GetTheErrorsTheSpecificationNames()
    {
        await using var c = new RawLspConnection();
        await c.Request(1, "textDocument/hover", """{"textDocument":{"uri":"untitled:x"},"position":{"line":0,"character":0}}""");
        Assert.Equal(-32002, (await c.Response(1)).GetProperty("error").GetProperty("code").GetInt32());
        await c.Initialize();
        await c.Request(2, "initialize", """{"capabilities":{}}""");
        Assert.Equal(-32600, (await c.Response(2)).GetProperty("error").GetProperty("code").GetInt32());
        await c.Request(3, "shutdown", "null");
        var shutdown = await c.Response(3);
        Assert.True(shutdown.TryGetProperty("result", out _), shutdown.ToString());
        await c.Request(4, "textDocument/hover", """{"textDocument":{"uri":"untitled:x"},"position":{"line":0,"character":0}}""");
        Assert.Equal(-32600, (await c.Response(4)).GetProperty("error").GetProperty("code").GetInt32());
        await c.Notify("exit", "null");
        Assert.Equal(0, await c.Server.ExitCode.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task LoneSurrogateInAChange_IsApplied_AndPositionsStayAligned()
    {
        await using var c = await OpenedOnePage("untitled:a");
        // The editor inserts a lone surrogate at the start: one UTF-16 unit, so the doubled word moves by one.
        await c.Notify("textDocument/didChange", """{"textDocument":{"uri":"untitled:a","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"text":"\ud800"}]}""");
        var published = await c.Notification("textDocument/publishDiagnostics", p => p.GetProperty("version").GetInt32() == 2);
        var d = Assert.Single(published.GetProperty("params").GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(4, d.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task UnreadableChange_TakesTheDocumentOutOfSync_UntilTheFullTextComes()
    {
        await using var c = await OpenedOnePage("untitled:b");
        // A range without an end: applying it anyhow would make every later position wrong.
        await c.Notify("textDocument/didChange", """{"textDocument":{"uri":"untitled:b","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":0}},"text":"新"}]}""");
        var message = await c.Notification("window/showMessage");
        Assert.Contains("重新打开", message.GetProperty("params").GetProperty("message").GetString());
        var withdrawn = await c.Notification("textDocument/publishDiagnostics", p => p.GetProperty("version").GetInt32() == 2);
        Assert.Empty(withdrawn.GetProperty("params").GetProperty("diagnostics").EnumerateArray());
        await c.Request(7, "textDocument/codeAction", """{"textDocument":{"uri":"untitled:b"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":9}},"context":{"diagnostics":[]}}""");
        Assert.Empty((await c.Response(7)).GetProperty("result").EnumerateArray());
        // A change the transport could not even decode (invalid UTF-8) does the same for another document.
        await c.Notify("textDocument/didOpen", $$$"""{"textDocument":{"uri":"untitled:c","languageId":"plaintext","version":1,"text":"{{{Doubled}}}"}}""");
        var raw = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:c","version":2},"contentChanges":[{"text":"X"}]}}""");
        var bad = raw.ToList();
        bad.InsertRange(bad.IndexOf((byte)'X'), new byte[] { 0xC3, 0x28 });
        await c.WriteRaw([.. Encoding.ASCII.GetBytes($"Content-Length: {bad.Count}\r\n\r\n"), .. bad]);
        await c.Notification("window/showMessage", p => p.GetProperty("message").GetString()!.Contains("“untitled:c”"));
        // A full text brings document b back.
        await c.Notify("textDocument/didChange", $$$"""{"textDocument":{"uri":"untitled:b","version":3},"contentChanges":[{"text":"{{{Doubled}}}"}]}""");
        var back = await c.Notification("textDocument/publishDiagnostics", p => p.GetProperty("version").GetInt32() == 3);
        Assert.Single(back.GetProperty("params").GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task HoverAfterAnEditOnALargePage_DoesNotHoldUpOtherMessages()
    {
        // A long debounce, so the hover itself must lint the edited page.
        await using var c = new RawLspConnection(debounce: TimeSpan.FromSeconds(30));
        await c.Initialize();
        var seed = File.ReadAllText(Directory.GetFiles(ZjgrLsp.Testing.RepoPaths.Seeds, "000_*.txt").Single());
        var large = JsonSerializer.Serialize(string.Concat(Enumerable.Repeat(seed + "\n\n", 250)));
        await c.Notify("textDocument/didOpen", $$$"""{"textDocument":{"uri":"untitled:big","languageId":"plaintext","version":1,"text":{{{large}}}}}""");
        await c.Notify("textDocument/didChange", """{"textDocument":{"uri":"untitled:big","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"text":"新"}]}""");
        await c.Request(1, "textDocument/hover", """{"textDocument":{"uri":"untitled:big"},"position":{"line":0,"character":0}}""");
        await c.Request(2, "workspace/executeCommand", """{"command":"zjgr.noSuchCommand","arguments":[]}""");
        var first = await c.Next(m => m.TryGetProperty("id", out _) && !m.TryGetProperty("method", out _), seconds: 120);
        Assert.Equal(2, first.GetProperty("id").GetInt32());
        await c.Response(1, seconds: 120);
    }
}
