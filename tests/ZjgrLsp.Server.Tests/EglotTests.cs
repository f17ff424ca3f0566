using System.Text.RegularExpressions;

namespace ZjgrLsp.Server.Tests;

/// <summary>
/// End to end with a second third-party client: Emacs (Debian's emacs-nox and elpa-eglot, installed by
/// scripts/setup.sh) runs eglot in batch mode against the server, opens a seed page and reads the diagnostics back.
/// A missing emacs fails the test.
/// </summary>
public partial class EglotTests
{
    [GeneratedRegex(@"^zjgr \[([^\]]+)\]:")]
    private static partial Regex Code();

    [Fact]
    public async Task Eglot_OpensSeed_SeesTheEngineFindingsAtTheRightColumns()
    {
        var page = Path.Combine(ZjgrLsp.Testing.RepoPaths.Seeds, "004_0621f6251e63180d.txt");
        using var json = await EditorRun.RunAsync("emacs", ["--batch", "-l", Path.Combine(AppContext.BaseDirectory, "eglot-client.el")], page);
        var seen = json.RootElement.EnumerateArray()
            .Select(d => (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), Code().Match(d.GetProperty("text").GetString()!).Groups[1].Value))
            .Order().ToList();
        // Emacs counts lines from 1 and columns in characters (a surrogate pair is one).
        Assert.Equal(EditorRun.EngineFindings(page, 1, line => line.Count(c => !char.IsLowSurrogate(c))), seen);
    }
}
