using System.Text.Json;

namespace ZjgrLsp.Server.Tests;

public class AddToDictionaryTests
{
    [Fact]
    public async Task AddToDictionary_WritesZjgrJson_AndTheFindingGoes()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-dict-");
        try
        {
            var page = Path.Combine(dir.FullName, "01.txt");
            const string text = "希望各级团组织认真践行股股嘱托。";
            File.WriteAllText(page, text);
            var uri = new Uri(page).AbsoluteUri;
            await using var client = new LspTestClient();
            await client.InitializeAsync(new Uri(dir.FullName).AbsoluteUri);
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version = 1, text } });
            var d = Assert.Single((await client.NextDiagnosticsAsync(uri)).Diagnostics);
            Assert.Equal("typo/fixed-phrase", d.Code);

            var command = await client.CodeActionCommandAsync(uri, d, "zjgr.addToDictionary");
            await client.RequestAsync("workspace/executeCommand", new { command = "zjgr.addToDictionary", arguments = command.GetProperty("arguments") });
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "zjgr.json")));
            Assert.Equal(["股股嘱托"], json.RootElement.GetProperty("dictionary").EnumerateArray().Select(e => e.GetString()));
            Assert.Empty((await client.NextDiagnosticsAsync(uri)).Diagnostics);
        }
        finally { dir.Delete(true); }
    }
}

public class WatchedConfigTests
{
    [Fact]
    public async Task ZjgrJsonChangedOnDisk_IsReloadedWithoutRestart()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-watch-");
        try
        {
            var page = Path.Combine(dir.FullName, "01.txt");
            const string text = "市社会保障保障局发布通知。";
            File.WriteAllText(page, text);
            var uri = new Uri(page).AbsoluteUri;
            await using var client = new LspTestClient();
            await client.InitializeAsync();
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version = 1, text } });
            Assert.Single((await client.NextDiagnosticsAsync(uri)).Diagnostics);

            var config = Path.Combine(dir.FullName, "zjgr.json");
            File.WriteAllText(config, """{ "rules": { "dup/word": "off" } }""");
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(config).AbsoluteUri, type = 1 } } });
            Assert.Empty((await client.NextDiagnosticsAsync(uri)).Diagnostics);
        }
        finally { dir.Delete(true); }
    }
}

public class IgnoreFindingTests
{
    [Fact]
    public async Task IgnoreFinding_WritesTheIgnoreFile_AndTheFindingGoes()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-ignore-");
        try
        {
            var page = Path.Combine(dir.FullName, "01.txt");
            const string text = "市社会保障保障局发布通知。";
            File.WriteAllText(page, text);
            var uri = new Uri(page).AbsoluteUri;
            await using var client = new LspTestClient();
            await client.InitializeAsync(new Uri(dir.FullName).AbsoluteUri);
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version = 1, text } });
            var d = Assert.Single((await client.NextDiagnosticsAsync(uri)).Diagnostics);
            var ignore = await client.CodeActionCommandAsync(uri, d, "zjgr.ignoreFinding");
            await client.RequestAsync("workspace/executeCommand", new { command = "zjgr.ignoreFinding", arguments = ignore.GetProperty("arguments") });
            Assert.True(File.Exists(Path.Combine(dir.FullName, ".zjgr-ignore.json")));
            Assert.Empty((await client.NextDiagnosticsAsync(uri)).Diagnostics);
        }
        finally { dir.Delete(true); }
    }
}
