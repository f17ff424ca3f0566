using System.Diagnostics;

namespace ZjgrLsp.Cli.Tests;

/// <summary>Runs the built zjgr.dll as a real process: for what only a process shows (closed streams, another user).</summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "zjgr.dll");

    /// <summary>
    /// The CLI copied where any user can read it: the clone may live under a folder only root can enter (/root).
    /// </summary>
    private static readonly Lazy<string> WorldReadableDll = new(() =>
    {
        var copy = Path.Combine(Path.GetTempPath(), $"zjgr-cli-{Environment.ProcessId}");
        var (code, _, err) = Shell($"rm -rf '{copy}' && cp -r '{AppContext.BaseDirectory}' '{copy}' && chmod -R a+rX '{copy}'");
        if (code != 0) throw new IOException($"cannot copy the CLI for another user: {err}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(copy, true); } catch (IOException) { } };
        return Path.Combine(copy, "zjgr.dll");
    });

    /// <summary>Whether the tests run as root with setpriv at hand, so a case can run the CLI as an unprivileged user.</summary>
    public static bool CanRunAsNobody => Environment.UserName == "root" && File.Exists("/usr/bin/setpriv");

    /// <summary>Runs <c>bash -c SCRIPT</c>, where $ZJGR is the CLI; returns the exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) Shell(string script, bool asNobody = false, int timeoutSeconds = 60)
    {
        var zjgr = CliRunner.Native ?? $"dotnet {Dll}";
        if (asNobody) zjgr = $"setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp dotnet {WorldReadableDll.Value}";
        var psi = new ProcessStartInfo("bash", ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ZJGR"] = zjgr, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"zjgr did not finish within {timeoutSeconds} s: {script}");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
