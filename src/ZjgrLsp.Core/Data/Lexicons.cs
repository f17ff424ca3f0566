using System.Collections.Frozen;
using System.Reflection;

namespace ZjgrLsp.Core.Data;

/// <summary>Word lists shipped as embedded text files (one entry a line, # starts a comment), loaded once.</summary>
public static class Lexicons
{
    private static readonly Lazy<FrozenSet<string>> _reduplication = new(() => Load("reduplication.txt"));

    public static FrozenSet<string> Reduplication => _reduplication.Value;

    public static FrozenSet<string> Load(string name) => ReadLines(name).ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<string> ReadLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ZjgrLsp.Core.Data.{name}")
            ?? throw new InvalidOperationException($"Embedded data file {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }
        return lines;
    }
}
