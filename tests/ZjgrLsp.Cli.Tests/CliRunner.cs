namespace ZjgrLsp.Cli.Tests;

/// <summary>
/// Runs the CLI and captures what it prints: in-process, or, when ZJGR_NATIVE names a Native AOT build of it
/// (scripts/test.sh sets it for a second run of these tests), as that program.
/// </summary>
public static class CliRunner
{
    /// <summary>The native CLI to test instead of the in-process one, if any.</summary>
    public static string? Native => Environment.GetEnvironmentVariable("ZJGR_NATIVE") is { Length: > 0 } path ? path : null;

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        if (Native is { } native) return RunNative(native, args);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Out, string Err) RunNative(string native, string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(native, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        using var process = System.Diagnostics.Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string RepoRoot => ZjgrLsp.Testing.RepoPaths.Root;

    /// <summary>A temporary folder (one issue) with the given pages, deleted on dispose.</summary>
    public sealed class TempIssue : IDisposable
    {
        public TempIssue(params (string Name, string Text)[] pages)
        {
            Dir = Directory.CreateTempSubdirectory("zjgr-cli-").FullName;
            foreach (var (name, text) in pages) File.WriteAllText(Path.Combine(Dir, name), text);
        }

        public string Dir { get; }

        public string this[string name] => Path.Combine(Dir, name);

        public void Dispose()
        {
            try
            {
                foreach (var f in Directory.EnumerateFiles(Dir)) File.SetAttributes(f, FileAttributes.Normal);
                Directory.Delete(Dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Trees .NET cannot walk (deeper than PATH_MAX, names that are not UTF-8): rm walks them with openat.
                CliProcess.Shell($"rm -rf '{Dir}'");
            }
        }
    }
}
