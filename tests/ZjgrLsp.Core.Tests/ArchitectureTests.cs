namespace ZjgrLsp.Core.Tests;

/// <summary>Architecture invariant: the engine knows nothing of LSP, JSON-RPC or the console.</summary>
public class ArchitectureTests
{
    [Fact]
    public void Core_ReferencesNoTransportOrConsoleLibrary()
    {
        var references = typeof(Analyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("StreamJsonRpc") || n.StartsWith("System.CommandLine") || n.StartsWith("ZjgrLsp.Server"));
    }

    [Fact]
    public void Core_SourceNeverWritesToTheConsole()
    {
        var core = Path.Combine(TestPaths.RepoRoot, "src", "ZjgrLsp.Core");
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains("Console."));
        Assert.Empty(offenders);
    }
}
