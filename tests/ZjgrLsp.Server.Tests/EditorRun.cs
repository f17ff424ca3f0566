using System.Diagnostics;
using System.Text.Json;
using ZjgrLsp.Core;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Server.Tests;

/// <summary>What the third-party editor tests share: running an editor against the server, and what to expect.</summary>
internal static class EditorRun
{
    /// <summary>
    /// Runs an editor in batch mode with ZJGR_SERVER, ZJGR_PAGE and ZJGR_OUT set, and returns the JSON it wrote.
    /// </summary>
    public static async Task<JsonDocument> RunAsync(string program, string[] args, string page)
    {
        var output = Path.Combine(Path.GetTempPath(), $"zjgr-{program}-{Guid.NewGuid():N}.json");
        var psi = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        psi.Environment["ZJGR_SERVER"] = Path.Combine(AppContext.BaseDirectory, "zjgr-lsp.dll");
        psi.Environment["ZJGR_PAGE"] = page;
        psi.Environment["ZJGR_OUT"] = output;
        using var editor = Process.Start(psi)!;
        var stderr = editor.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await editor.WaitForExitAsync(timeout.Token);
        Assert.True(File.Exists(output), $"{program} wrote no result: {await stderr}");
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        File.Delete(output);
        return json;
    }

    /// <summary>
    /// The engine's own findings on the page as (line, column, rule), the line counted from
    /// <paramref name="firstLine"/> and the column in the editor's unit: <paramref name="columnOf"/> measures the
    /// text of the line before the finding.
    /// </summary>
    public static List<(int Line, int Column, string Rule)> EngineFindings(string page, int firstLine, Func<string, int> columnOf)
    {
        var report = Assert.Single(new BatchLinter(new Analyzer()).Lint([page]).Pages);
        var lines = report.Source.Text.Split('\n');
        var expected = report.Findings.Select(f =>
        {
            var pos = report.Source.GetPosition(f.Span.Start);
            return (pos.Line + firstLine, columnOf(lines[pos.Line][..pos.Character]), f.RuleId);
        }).Order().ToList();
        Assert.NotEmpty(expected);
        return expected;
    }
}
