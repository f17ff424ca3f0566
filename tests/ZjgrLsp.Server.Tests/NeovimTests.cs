using System.Text;

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
        var page = Path.Combine(ZjgrLsp.Testing.RepoPaths.Seeds, "004_0621f6251e63180d.txt");
        using var json = await EditorRun.RunAsync("nvim",
            ["--headless", "--clean", "-c", $"luafile {Path.Combine(AppContext.BaseDirectory, "neovim-client.lua")}"], page);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean(), "no diagnostics arrived within 60 s");
        var seen = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("lnum").GetInt32(), d.GetProperty("col").GetInt32(), d.GetProperty("code").GetString()!))
            .Order().ToList();
        // Neovim counts lines from 0 and columns in UTF-8 bytes.
        Assert.Equal(EditorRun.EngineFindings(page, 0, Encoding.UTF8.GetByteCount), seen);
    }
}
