using System.Text.Json;

namespace ZjgrLsp.Server.Tests;

public class PullAndProgressTests
{
    private static DirectoryInfo Workspace()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-ws-");
        var issue = Directory.CreateDirectory(Path.Combine(dir.FullName, "2024-07-01"));
        File.WriteAllText(Path.Combine(issue.FullName, "01.txt"), "市社会保障保障局发布通知。");
        File.WriteAllText(Path.Combine(issue.FullName, "02.txt"), "会议强调，要聚焦聚力。");
        File.WriteAllText(Path.Combine(issue.FullName, "03.md"), "推动成果转化转化为生产力。");
        // Pages as Windows tools export them: GB18030 without a mark, UTF-16 with one. Read like the CLI reads them.
        File.WriteAllBytes(Path.Combine(issue.FullName, "07.txt"), Core.Linting.PageEncoding.Gb18030.Encode("要持续深化深化改革。"));
        File.WriteAllBytes(Path.Combine(issue.FullName, "08.txt"), [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("全面推进推进乡村振兴。")]);
        // Pages that cannot be read as text: invalid UTF-8, and binary. They are skipped, never fatal.
        File.WriteAllBytes(Path.Combine(issue.FullName, "04.txt"), [0xE4, 0xBC, 0x9A, 0xFF, 0x41]);
        File.WriteAllBytes(Path.Combine(issue.FullName, "05.txt"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))]);
        // Link loops that once made indexing exponential, and a FIFO that would block a read forever.
        File.CreateSymbolicLink(Path.Combine(issue.FullName, "x"), ".");
        File.CreateSymbolicLink(Path.Combine(issue.FullName, "up"), "..");
        Mono.Unix.Native.Syscall.mkfifo(Path.Combine(issue.FullName, "06.txt"), Mono.Unix.Native.FilePermissions.DEFFILEMODE);
        return dir;
    }

    [Fact]
    public async Task Initialize_IndexesTheWorkspaceWithProgress()
    {
        var dir = Workspace();
        try
        {
            await using var client = new LspTestClient();
            await client.InitializeAsync(new Uri(dir.FullName).AbsoluteUri);
            Assert.Equal("zjgr：索引工作区", (await client.NextProgressAsync("begin")).GetProperty("title").GetString());
            Assert.Equal("已索引 5 个版面，3 个文件或文件夹无法读取（编码无法识别、非普通文件、过大或无权限），已跳过（见日志）",
                (await client.NextProgressAsync("end")).GetProperty("message").GetString());
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task PullDiagnostics_CoverClosedPagesOfTheWorkspace()
    {
        var dir = Workspace();
        try
        {
            await using var client = new LspTestClient();
            var init = await client.InitializeAsync(new Uri(dir.FullName).AbsoluteUri, new { pullDiagnostics = true });
            Assert.True(init.GetProperty("capabilities").GetProperty("diagnosticProvider").GetProperty("workspaceDiagnostics").GetBoolean());

            var report = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
            var items = report.GetProperty("items").EnumerateArray().ToDictionary(
                i => Path.GetFileName(new Uri(i.GetProperty("uri").GetString()!).LocalPath),
                i => i.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray());
            Assert.Equal(["dup/word"], items["01.txt"]);
            Assert.Empty(items["02.txt"]);
            Assert.Equal(["dup/word"], items["03.md"]);
            Assert.Equal(["dup/word"], items["07.txt"]);
            Assert.Equal(["dup/word"], items["08.txt"]);
            Assert.Equal(["01.txt", "02.txt", "03.md", "07.txt", "08.txt"], items.Keys.Order());
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task ClientWithoutProgress_IsNeverAskedForAToken_AndTheWorkspaceIsStillIndexed()
    {
        // A client that does not show progress would never answer the request, and indexing used to wait on it.
        var dir = Workspace();
        try
        {
            await using var client = new LspTestClient();
            await client.InitializeAsync(new Uri(dir.FullName).AbsoluteUri, new { pullDiagnostics = true }, showsProgress: false);
            var report = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
            Assert.Equal(5, report.GetProperty("items").GetArrayLength());
            // Indexing starts on "initialized"; a request for a token would have come within this wait.
            await Task.Delay(500);
            Assert.Equal(0, client.ProgressTokensAsked);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task OpenedPage_IsLintedAtOnce_WithoutWaitingForTheEditDebounce()
    {
        // Nothing to coalesce when a page opens: its diagnostics must not wait for the (here very long) edit delay.
        await using var client = new LspTestClient(debounce: TimeSpan.FromSeconds(60));
        await client.InitializeAsync();
        const string uri = "untitled:opened";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "市社会保障保障局发布通知。" } });
        Assert.Equal("dup/word", Assert.Single((await client.NextDiagnosticsAsync(uri)).Diagnostics).Code);
    }
}
