using System.Diagnostics;

namespace ZjgrLsp.Cli.Tests;

/// <summary>Runs the built zjgr.dll as a real process: for what only a process shows (closed streams, another user).</summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "zjgr.dll");

    /// <summary>Whether the tests run as root with setpriv at hand, so a case can run the CLI as an unprivileged user.</summary>
    public static bool CanRunAsNobody => Environment.UserName == "root" && File.Exists("/usr/bin/setpriv");

    /// <summary>Runs <c>bash -c SCRIPT</c>, where $ZJGR is the CLI; returns the exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) Shell(string script, bool asNobody = false, int timeoutSeconds = 60)
    {
        var zjgr = $"dotnet {Dll}";
        if (asNobody) zjgr = $"setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp {zjgr}";
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
