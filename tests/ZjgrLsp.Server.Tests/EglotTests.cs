using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ZjgrLsp.Core;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Server.Tests;

/// <summary>
/// End to end with a second third-party client: Emacs (Debian's emacs-nox and elpa-eglot, installed by
/// scripts/setup.sh) runs eglot in batch mode against the server, opens a seed page and reads the diagnostics back.
/// Emacs counts columns in characters. A missing emacs fails the test.
/// </summary>
public partial class EglotTests
{
    [GeneratedRegex(@"^zjgr \[([^\]]+)\]:")]
    private static partial Regex Code();

    [Fact]
    public async Task Eglot_OpensSeed_SeesTheEngineFindingsAtTheRightColumns()
    {
        var page = Path.Combine(ZjgrLsp.Testing.RepoPaths.Seeds, "004_0621f6251e63180d.txt");
        var output = Path.Combine(Path.GetTempPath(), $"zjgr-eglot-{Guid.NewGuid():N}.json");
        var psi = new ProcessStartInfo("emacs", ["--batch", "-l", Path.Combine(AppContext.BaseDirectory, "eglot-client.el")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        psi.Environment["ZJGR_SERVER"] = Path.Combine(AppContext.BaseDirectory, "zjgr-lsp.dll");
        psi.Environment["ZJGR_PAGE"] = page;
        psi.Environment["ZJGR_OUT"] = output;
        using var emacs = Process.Start(psi)!;
        var stderr = emacs.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await emacs.WaitForExitAsync(timeout.Token);
        Assert.True(File.Exists(output), $"emacs wrote no result: {await stderr}");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        File.Delete(output);
        var seen = json.RootElement.EnumerateArray()
            .Select(d => (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), Code().Match(d.GetProperty("text").GetString()!).Groups[1].Value))
            .Order().ToList();

        var report = Assert.Single(new BatchLinter(new Analyzer()).Lint([page]).Pages);
        var lines = report.Source.Text.Split('\n');
        var expected = report.Findings.Select(f =>
        {
            var pos = report.Source.GetPosition(f.Span.Start);
            var column = lines[pos.Line][..pos.Character].Count(c => !char.IsLowSurrogate(c)); // characters, as Emacs counts
            return (pos.Line + 1, column, f.RuleId);
        }).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, seen);
    }
}
