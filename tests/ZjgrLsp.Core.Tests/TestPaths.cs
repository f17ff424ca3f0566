namespace ZjgrLsp.Core.Tests;

/// <summary>Finds the repository (the folder with ZjgrLsp.sln) and the shared folder beside it.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static string Shared => Path.Combine(Path.GetDirectoryName(RepoRoot)!, "shared");

    public static IEnumerable<string> SeedFiles => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "ZjgrLsp.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("ZjgrLsp.sln not found above the test binaries");
    }
}
