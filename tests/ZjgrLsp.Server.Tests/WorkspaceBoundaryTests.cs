using System.Text.Json;

namespace ZjgrLsp.Server.Tests;

/// <summary>The server reads configuration no higher than the workspace folder and writes nothing outside it.</summary>
public class WorkspaceBoundaryTests : IDisposable
{
    private const string Doubled = "市社会保障保障局发布通知。";
    private readonly string _top = Directory.CreateTempSubdirectory("zjgr-bounds-").FullName;
    private string Workspace => Path.Combine(_top, "ws");
    private string Outside => Path.Combine(_top, "outside");

    public WorkspaceBoundaryTests()
    {
        Directory.CreateDirectory(Workspace);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Workspace, "01.txt"), Doubled);
        File.WriteAllText(Path.Combine(Outside, "01.txt"), Doubled);
    }

    public void Dispose() => Directory.Delete(_top, true);

    private static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    private async Task<LspTestClient> Started()
    {
        var client = new LspTestClient();
        await client.InitializeAsync(Uri(Workspace));
        return client;
    }

    [Theory]
    [InlineData("outside/01.txt")]
    [InlineData("ws/../outside/01.txt")]
    public async Task AddToDictionary_OutsideTheWorkspace_WritesNothing(string relative)
    {
        await using var client = await Started();
        var uri = "file://" + _top + "/" + relative;
        await client.RequestAsync("workspace/executeCommand", new { command = "zjgr.addToDictionary", arguments = new object[] { uri, "保障保障" } });
        await client.RequestAsync("workspace/executeCommand", new { command = "zjgr.addToDictionary", arguments = new object[] { "file:///etc/passwd", "保障保障" } });
        Assert.False(File.Exists(Path.Combine(Outside, "zjgr.json")));
        Assert.False(File.Exists("/etc/zjgr.json"));
    }

    [Fact]
    public async Task AddToDictionary_ThroughALinkOutOfTheWorkspace_WritesNothing()
    {
        var target = Path.Combine(Outside, "zjgr.json");
        File.WriteAllText(target, "{}");
        File.CreateSymbolicLink(Path.Combine(Workspace, "zjgr.json"), target);
        await using var client = await Started();
        await client.RequestAsync("workspace/executeCommand", new { command = "zjgr.addToDictionary", arguments = new object[] { Uri(Path.Combine(Workspace, "01.txt")), "保障保障" } });
        Assert.Equal("{}", File.ReadAllText(target));
    }

    [Fact]
    public async Task IgnoreFinding_OnAPageOutsideTheWorkspace_WritesNothing()
    {
        await using var client = await Started();
        var uri = Uri(Path.Combine(Outside, "01.txt"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version = 1, text = Doubled } });
        var d = Assert.Single((await client.NextDiagnosticsAsync(uri)).Diagnostics);
        var ignore = await client.CodeActionCommandAsync(uri, d, "zjgr.ignoreFinding");
        await client.RequestAsync("workspace/executeCommand", new { command = "zjgr.ignoreFinding", arguments = ignore.GetProperty("arguments") });
        Assert.False(File.Exists(Path.Combine(Outside, ".zjgr-ignore.json")));
    }

    [Fact]
    public async Task ZjgrJsonAboveTheWorkspace_IsNotRead()
    {
        File.WriteAllText(Path.Combine(_top, "zjgr.json"), """{ "rules": { "dup/word": "off" } }""");
        await using var client = await Started();
        var uri = Uri(Path.Combine(Workspace, "01.txt"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version = 1, text = Doubled } });
        Assert.Single((await client.NextDiagnosticsAsync(uri)).Diagnostics);
    }

    [Fact]
    public async Task AddToDictionary_InsideTheWorkspace_StillWorks_AndRefusesAnEmptyWord()
    {
        await using var client = await Started();
        var page = Uri(Path.Combine(Workspace, "01.txt"));
        await client.RequestAsync("workspace/executeCommand", new { command = "zjgr.addToDictionary", arguments = new object[] { page, "  " } });
        Assert.False(File.Exists(Path.Combine(Workspace, "zjgr.json")));
        await client.RequestAsync("workspace/executeCommand", new { command = "zjgr.addToDictionary", arguments = new object[] { page, "数智化" } });
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Workspace, "zjgr.json")));
        Assert.Equal(["数智化"], json.RootElement.GetProperty("dictionary").EnumerateArray().Select(e => e.GetString()));
    }
}
