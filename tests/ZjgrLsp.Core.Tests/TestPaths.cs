using ZjgrLsp.Testing;

namespace ZjgrLsp.Core.Tests;

/// <summary>The repository's paths as the Core tests use them.</summary>
public static class TestPaths
{
    public static string RepoRoot => RepoPaths.Root;

    public static string Seeds => RepoPaths.Seeds;

    public static IEnumerable<string> SeedFiles => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);
}
