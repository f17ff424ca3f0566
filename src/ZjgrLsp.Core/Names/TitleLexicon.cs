using System.Collections.Frozen;
using ZjgrLsp.Core.Data;

namespace ZjgrLsp.Core.Names;

/// <summary>A post: its text, the slot it fills (one person holds one title of a slot at a time), and whether one person holds it per organisation.</summary>
/// <param name="ImpliedOrganisation">For a national post, the organisation meant when none is printed (总理 → 国务院); else empty.</param>
public sealed record Title(string Text, string Slot, bool Unique, string ImpliedOrganisation = "");

/// <summary>The posts of Data/titles.txt and the surnames of Data/surnames.txt.</summary>
public sealed class TitleLexicon
{
    private readonly Dictionary<string, Title> _titles;

    /// <summary>The characters titles start and end with: most characters of a page are neither, and are passed at once.</summary>
    private readonly HashSet<char> _firstChars, _lastChars;

    /// <summary>The titles looked up by span: the name readers ask at every character, and a substring each time added up.</summary>
    private readonly Dictionary<string, Title>.AlternateLookup<ReadOnlySpan<char>> _titleLookup;

    private TitleLexicon(IEnumerable<Title> titles, IEnumerable<string> surnames)
    {
        _titles = titles.ToDictionary(t => t.Text, StringComparer.Ordinal);
        _titleLookup = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstChars = _titles.Keys.Select(k => k[0]).ToHashSet();
        _lastChars = _titles.Keys.Select(k => k[^1]).ToHashSet();
        MaxTitleLength = _titles.Keys.Max(k => k.Length);
        var ordered = surnames.ToList();
        var set = ordered.ToHashSet(StringComparer.Ordinal);
        Surnames = set;
        _commonSurnames = ordered.Where(n => n.Length == 1).Take(CommonSurnameCount).Select(n => n[0]).ToFrozenSet();
        _surnames = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in set)
            if (name.Length is 1 or 2) _surnameStarts[name[0]] |= (byte)name.Length; // 1: a surname alone; 2: starts one of two
    }

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnames;

    /// <summary>
    /// For each character, whether it is a surname alone (bit 1) and whether a surname of two characters starts with
    /// it (bit 2): the name readers ask at every character of a page, and hashing the span each time was a few per
    /// cent of a batch.
    /// </summary>
    private readonly byte[] _surnameStarts = new byte[char.MaxValue + 1];

    /// <summary>Whether the characters are a surname, without making a string of them (asked at every character of a page).</summary>
    public bool IsSurname(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (_surnameStarts[s[0]] & 1) != 0,
        2 => (_surnameStarts[s[0]] & 2) != 0 && _surnames.Contains(s),
        _ => _surnames.Contains(s),
    };

    /// <summary>How many of the file's first surnames count as common: the modern ranking's first hundred, some 85 % of people.</summary>
    private const int CommonSurnameCount = 100;

    private readonly FrozenSet<char> _commonSurnames;

    /// <summary>
    /// Whether the character is one of the hundred commonest surnames. An unknown word that starts with one is likely a
    /// name; one that starts with a rare surname (衣, 祖, 兰) is as likely a slip (衣据 for 依据, 祖织 for 组织).
    /// </summary>
    public bool IsCommonSurname(char c) => _commonSurnames.Contains(c);

    private static readonly Lazy<TitleLexicon> _default = new(() => new TitleLexicon(
        Lexicons.ReadLines("titles.txt").Select(l => l.Split('\t')).Select(f => new Title(f[0], f[1], f[2] == "1", f.Length > 3 ? f[3] : "")),
        Lexicons.ReadLines("surnames.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    public static TitleLexicon Default => _default.Value;

    public int MaxTitleLength { get; }

    public IReadOnlySet<string> Surnames { get; }

    /// <summary>The longest title that starts exactly at <paramref name="start"/> in the text, if any.</summary>
    public Title? TitleStartingAt(string text, int start, int end)
    {
        if (start >= end || !_firstChars.Contains(text[start])) return null;
        for (var len = Math.Min(MaxTitleLength, end - start); len >= 2; len--)
            if (_titleLookup.TryGetValue(text.AsSpan(start, len), out var t)) return t;
        return null;
    }

    /// <summary>The longest title that ends exactly at <paramref name="end"/> in the text, if any.</summary>
    public Title? TitleEndingAt(string text, int start, int end)
    {
        if (end <= start || !_lastChars.Contains(text[end - 1])) return null;
        for (var len = Math.Min(MaxTitleLength, end - start); len >= 2; len--)
            if (_titleLookup.TryGetValue(text.AsSpan(end - len, len), out var t)) return t;
        return null;
    }
}
