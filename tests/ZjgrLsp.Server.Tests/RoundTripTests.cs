using System.Text.Json;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Server.Protocol;

namespace ZjgrLsp.Server.Tests;

public class RoundTripTests
{
    private const string Uri = "untitled:page-1";

    [Fact]
    public async Task Initialize_AnnouncesUtf16AndCapabilities()
    {
        await using var client = new LspTestClient();
        var result = await client.RequestAsync("initialize", new { processId = 1, capabilities = new { } });
        var caps = result.GetProperty("capabilities");
        Assert.Equal("utf-16", caps.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, caps.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(caps.GetProperty("hoverProvider").GetBoolean());
        Assert.Contains("source.fixAll.zjgr", caps.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task OpenCodeActionApply_FixedDiagnosticIsGone()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        const string text = "工会。\n\n𠮷社会保障保障局发布通知。";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "plaintext", version = 1, text } });

        var published = await client.NextDiagnosticsAsync(Uri);
        var d = Assert.Single(published.Diagnostics);
        Assert.Equal(("dup/word", "zjgr"), (d.Code, d.Source));
        Assert.Equal(new Position(2, 4), d.Range.Start); // UTF-16: 𠮷 counts two units
        Assert.Equal(new Position(2, 8), d.Range.End);

        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = d.Range,
            context = new { diagnostics = new[] { d } },
        });
        var quickFix = actions.EnumerateArray().First(a => a.GetProperty("kind").GetString() == "quickfix");
        var edits = quickFix.GetProperty("edit").GetProperty("changes").GetProperty(Uri).Deserialize<Protocol.TextEdit[]>(LspTestClient.Options)!;

        // Apply the edit the way an editor does: send it back as an incremental change.
        var change = Assert.Single(edits);
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new[] { new { range = change.Range, text = change.NewText } },
        });
        var after = await client.NextDiagnosticsAsync(Uri, minVersion: 2);
        Assert.Empty(after.Diagnostics);
    }

    [Fact]
    public async Task Hover_OnAFinding_ShowsTheRuleDoc()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "plaintext", version = 1, text = "社会保障保障局。" } });
        await client.NextDiagnosticsAsync(Uri);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 3 } });
        var value = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("dup/word", value);
        Assert.Contains("reduplication", value);
    }

    [Fact]
    public async Task FixAll_ConvertsEveryHalfwidthMark()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        const string text = "会议强调，要聚焦聚力,落细落实;创新创优?";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "plaintext", version = 1, text } });
        Assert.Equal(3, (await client.NextDiagnosticsAsync(Uri)).Diagnostics.Length);
        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } },
        });
        var fixAll = Assert.Single(actions.EnumerateArray());
        Assert.Equal("source.fixAll.zjgr", fixAll.GetProperty("kind").GetString());
        var edits = fixAll.GetProperty("edit").GetProperty("changes").GetProperty(Uri).Deserialize<Protocol.TextEdit[]>(LspTestClient.Options)!;
        var source = new SourceText(text);
        var applied = FixApplier.Apply(text, edits.Select(e =>
        {
            var start = source.GetOffset(new LinePosition(e.Range.Start.Line, e.Range.Start.Character));
            var end = source.GetOffset(new LinePosition(e.Range.End.Line, e.Range.End.Character));
            return new Core.Findings.TextEdit(start, end - start, e.NewText);
        }));
        Assert.Equal("会议强调，要聚焦聚力，落细落实；创新创优？", applied);
    }

    [Fact]
    public async Task FixAllPunctuationInFile_LeavesFindingsThatOfferAChoice()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        const string text = "会议强调,要聚焦聚力，。落细落实;创新创优。";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "plaintext", version = 1, text } });
        Assert.Equal(3, (await client.NextDiagnosticsAsync(Uri)).Diagnostics.Length);
        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 0, character = 4 }, end = new { line = 0, character = 5 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        var fileWide = Assert.Single(actions.EnumerateArray(), a => a.GetProperty("title").GetString()!.StartsWith("修正本文件全部标点问题"));
        Assert.Equal("修正本文件全部标点问题（2 处）", fileWide.GetProperty("title").GetString());
        var edits = fileWide.GetProperty("edit").GetProperty("changes").GetProperty(Uri).Deserialize<Protocol.TextEdit[]>(LspTestClient.Options)!;
        Assert.Equal(["，", "；"], edits.Select(e => e.NewText));
    }

    [Fact]
    public async Task ConfigurationChange_TurnsARuleOff()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "plaintext", version = 1, text = "社会保障保障局。" } });
        Assert.Single((await client.NextDiagnosticsAsync(Uri)).Diagnostics);
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { zjgr = new { rules = new Dictionary<string, string> { ["dup/word"] = "off" } } } });
        Assert.Empty((await client.NextDiagnosticsAsync(Uri)).Diagnostics);
    }

    [Fact]
    public async Task UnknownMethodAndOutOfRangeEdit_ServerKeepsWorking()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        await Assert.ThrowsAsync<StreamJsonRpc.RemoteMethodNotFoundException>(() => client.RequestAsync("zjgr/noSuchMethod", new { }));
        // Only the LSP methods are RPC methods: the server's other public members are not reachable from a client.
        foreach (var member in new[] { "Dispose", "Notify", "get_Rpc", "get_ExitCode" })
            await Assert.ThrowsAsync<StreamJsonRpc.RemoteMethodNotFoundException>(() => client.RequestAsync(member, new { }));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "plaintext", version = 1, text = "工会。" } });
        await client.NextDiagnosticsAsync(Uri);
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new[] { new { range = new { start = new { line = 40, character = 9 }, end = new { line = 99, character = 0 } }, text = "社会保障保障局。" } },
        });
        var after = await client.NextDiagnosticsAsync(Uri, minVersion: 2);
        Assert.Equal("dup/word", Assert.Single(after.Diagnostics).Code);
    }

    [Fact]
    public async Task ShutdownThenExit_ExitsWithZero()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        await client.RequestAsync("shutdown", new { });
        await client.NotifyAsync("exit", new { });
        Assert.Equal(0, await client.Server.ExitCode.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
