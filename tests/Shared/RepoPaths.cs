namespace ZjgrLsp.Testing;

/// <summary>
/// Where the repository is (the folder holding ZjgrLsp.sln) and the shared folder beside it, found from the running
/// binaries. Linked into every test project and the benchmarks, so there is one copy.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Shared => Path.Combine(Path.GetDirectoryName(Root)!, "shared");

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "ZjgrLsp.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("ZjgrLsp.sln not found above the running binaries");
    }
}
