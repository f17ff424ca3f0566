using ZjgrLsp.Core.Data;

namespace ZjgrLsp.Core.Names;

/// <summary>A post: its text, the slot it fills (one person holds one title of a slot at a time), and whether one person holds it per organisation.</summary>
public sealed record Title(string Text, string Slot, bool Unique);

/// <summary>The posts of Data/titles.txt and the surnames of Data/surnames.txt.</summary>
public sealed class TitleLexicon
{
    private readonly Dictionary<string, Title> _titles;

    private TitleLexicon(IEnumerable<Title> titles, IEnumerable<string> surnames)
    {
        _titles = titles.ToDictionary(t => t.Text, StringComparer.Ordinal);
        MaxTitleLength = _titles.Keys.Max(k => k.Length);
        Surnames = surnames.ToHashSet(StringComparer.Ordinal);
    }

    private static readonly Lazy<TitleLexicon> _default = new(() => new TitleLexicon(
        Lexicons.ReadLines("titles.txt").Select(l => l.Split('\t')).Select(f => new Title(f[0], f[1], f[2] == "1")),
        Lexicons.ReadLines("surnames.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    public static TitleLexicon Default => _default.Value;

    public int MaxTitleLength { get; }

    public IReadOnlySet<string> Surnames { get; }

    /// <summary>The longest title that ends exactly at <paramref name="end"/> in the text, if any.</summary>
    public Title? TitleEndingAt(string text, int start, int end)
    {
        for (var len = Math.Min(MaxTitleLength, end - start); len >= 2; len--)
            if (_titles.TryGetValue(text.Substring(end - len, len), out var t)) return t;
        return null;
    }
}
