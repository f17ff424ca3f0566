using System.Collections.Frozen;
using ZjgrLsp.Core.Data;

namespace ZjgrLsp.Core.Typos;

/// <summary>Data/misspellings.txt: wrong forms of common words and idioms, each with its correct form.</summary>
public sealed class MisspellingLexicon
{
    private static readonly Lazy<MisspellingLexicon> _default = new(() => new MisspellingLexicon(Lexicons.ReadLines("misspellings.txt")));

    public static MisspellingLexicon Default => _default.Value;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byWrong;

    /// <summary>The lengths of the wrong forms, longest first, so a longer form wins where two start together.</summary>
    public IReadOnlyList<int> Lengths { get; }

    public MisspellingLexicon(IEnumerable<string> lines)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || parts[0] == parts[1])
                throw new FormatException($"misspellings.txt: expected \"wrong correct\", got \"{line}\"");
            if (!pairs.TryAdd(parts[0], parts[1]))
                throw new FormatException($"misspellings.txt: {parts[0]} is listed twice");
        }
        _byWrong = pairs.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Lengths = [.. pairs.Keys.Select(k => k.Length).Distinct().OrderDescending()];
    }

    /// <summary>The correct form if <paramref name="text"/> is a listed misspelling.</summary>
    public string? CorrectionOf(ReadOnlySpan<char> text) => _byWrong.TryGetValue(text, out var right) ? right : null;
}
