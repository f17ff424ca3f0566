namespace ZjgrLsp.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
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
