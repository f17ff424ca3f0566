using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ZjgrLsp.Core;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Server.Tests;

/// <summary>
/// End to end with a real third-party client: headless Neovim starts the published server over stdio, opens a
/// seed page and reads the diagnostics back. scripts/setup.sh installs Neovim; a missing nvim fails the test.
/// </summary>
public class NeovimTests
{
    [Fact]
    public async Task Neovim_OpensSeed_SeesTheEngineFindingsAtTheRightColumns()
    {
        var root = ZjgrLsp.Testing.RepoPaths.Root;
        var page = Path.Combine(root, "seeds", "004_0621f6251e63180d.txt");
        var output = Path.Combine(Path.GetTempPath(), $"zjgr-nvim-{Guid.NewGuid():N}.json");
        var psi = new ProcessStartInfo("nvim", ["--headless", "--clean", "-c", $"luafile {Path.Combine(AppContext.BaseDirectory, "neovim-client.lua")}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        psi.Environment["ZJGR_SERVER"] = Path.Combine(AppContext.BaseDirectory, "zjgr-lsp.dll");
        psi.Environment["ZJGR_PAGE"] = page;
        psi.Environment["ZJGR_OUT"] = output;
        using var nvim = Process.Start(psi)!;
        var stderr = nvim.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await nvim.WaitForExitAsync(timeout.Token);
        Assert.True(File.Exists(output), $"nvim wrote no result: {await stderr}");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        File.Delete(output);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean(), "no diagnostics arrived within 60 s");
        var seen = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("lnum").GetInt32(), d.GetProperty("col").GetInt32(), d.GetProperty("code").GetString()))
            .Order().ToList();

        // What the engine itself finds, with UTF-16 characters turned into the UTF-8 byte columns Neovim uses.
        var report = Assert.Single(new BatchLinter(new Analyzer()).Lint([page]).Pages);
        var lines = report.Source.Text.Split('\n');
        var expected = report.Findings.Select(f =>
        {
            var pos = report.Source.GetPosition(f.Span.Start);
            return (pos.Line, Encoding.UTF8.GetByteCount(lines[pos.Line][..pos.Character]), (string?)f.RuleId);
        }).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, seen);
    }
}
