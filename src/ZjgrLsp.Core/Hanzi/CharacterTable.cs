using System.Collections.Concurrent;
using System.IO.Compression;
using System.Reflection;

namespace ZjgrLsp.Core.Hanzi;

/// <summary>
/// Readings and shape codes of 20,901 Chinese characters, from Unihan (Data/hanzi.tsv.gz, made by
/// scripts/gen_hanzi_data.py): Mandarin readings for homophones, four-corner and Cangjie codes and stroke counts
/// for look-alikes. <see cref="Confuse"/> says whether, and why, one character is easily typed for another.
/// </summary>
public sealed class CharacterTable
{
    private sealed record Info(string[] Syllables, string[] FuzzySyllables, string FourCorner, string Cangjie, int Strokes);

    /// <summary>The table's text (one line a character); a character's line is parsed the first time it is asked for.</summary>
    private readonly string _text;

    /// <summary>Where each character's line starts in <see cref="_text"/>, plus one; 0 for a character not in the table.</summary>
    private readonly int[] _lineStart;

    /// <summary>Each character's parsed line, indexed by the character itself: a look-up is one array read.</summary>
    private readonly Info?[] _info = new Info?[char.MaxValue + 1];

    /// <summary>Some 400 syllables serve 21,000 characters: each list of readings is made once and shared.</summary>
    private readonly ConcurrentDictionary<string, Readings> _readings = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Readings>.AlternateLookup<ReadOnlySpan<char>> _readingsBySpan;

    private sealed record Readings(string[] Syllables, string[] Fuzzy);

    private CharacterTable(string text)
    {
        _text = text;
        _readingsBySpan = _readings.GetAlternateLookup<ReadOnlySpan<char>>();
        _lineStart = new int[char.MaxValue + 1];
        for (var at = 0; at < text.Length;)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0) end = text.Length;
            if (end > at && _lineStart[text[at]] == 0) Count++;
            if (end > at) _lineStart[text[at]] = at + 1;
            at = end + 1;
        }
    }

    private static readonly Lazy<CharacterTable> _default = new(Load);

    public static CharacterTable Default => _default.Value;

    public int Count { get; }

    /// <summary>
    /// A character's readings and codes, parsed from its line on first use (a page and its candidates ask for a few
    /// thousand of the 21,000), or null when the table lacks it. Threads may race to parse the same line; they
    /// store equal values.
    /// </summary>
    private Info? Get(char c)
    {
        if (_info[c] is { } known) return known;
        var start = _lineStart[c] - 1;
        if (start < 0) return null;
        var line = _text.AsSpan(start);
        if (line.IndexOf('\n') is var end and >= 0) line = line[..end];
        Span<Range> f = stackalloc Range[6];
        if (line.Split(f, '\t') < 5) return null;
        var readings = line[f[1]];
        if (!_readingsBySpan.TryGetValue(readings, out var r))
        {
            var syllables = readings.ToString().Split(',').Select(s => s.TrimEnd('1', '2', '3', '4', '5')).Distinct().ToArray();
            r = _readings.GetOrAdd(readings.ToString(), new Readings(syllables, [.. syllables.Select(Fuzzy)]));
        }
        return _info[c] = new Info(r.Syllables, r.Fuzzy, line[f[2]].ToString().Replace(".", ""), line[f[3]].ToString(),
            int.TryParse(line[f[4]], out var n) ? n : 0);
    }

    /// <summary>
    /// Whether two stroke counts are too far apart for two characters to look alike: a test on two numbers, before
    /// the codes are compared.
    /// </summary>
    private static bool StrokesTooFarApart(int a, int b) => a > 0 && b > 0 && Math.Abs(a - b) > 3;

    /// <summary>Toneless syllables of a character (gu for 股), the usual reading first; empty when unknown.</summary>
    public IReadOnlyList<string> Syllables(char c) => Get(c) is { } i ? i.Syllables : [];

    public Confusion Confuse(char a, char b)
    {
        if (a == b || Get(a) is not { } x || Get(b) is not { } y) return Confusion.None;
        // Only the usual reading counts: rare readings (和 hú, 提 dī) would make half the table homophones.
        if (x.Syllables[0] == y.Syllables[0]) return Confusion.Homophone;
        if (x.FuzzySyllables[0] == y.FuzzySyllables[0]) return Confusion.NearHomophone;
        return LookAlike(x, y) ? Confusion.LookAlike : Confusion.None;
    }

    /// <summary>A character's shape codes and stroke count, as <see cref="ShapeSignals(Shape, Shape)"/> compares them.</summary>
    public readonly record struct Shape(string FourCorner, string Cangjie, int Strokes);

    /// <summary>A character's shape, or null when the table lacks it.</summary>
    public Shape? ShapeOf(char c) => Get(c) is { } i ? new Shape(i.FourCorner, i.Cangjie, i.Strokes) : null;

    /// <summary>
    /// How many independent shape codes say two characters look alike: four-corner (four of five digits) and Cangjie
    /// (one edit apart), with stroke counts within three. One code alone is mostly noise (豆/工, 用/牛); both together
    /// are a look-alike a spelling checker can act on.
    /// </summary>
    public int ShapeSignals(char a, char b) => a != b && ShapeOf(a) is { } x && ShapeOf(b) is { } y ? ShapeSignals(x, y) : 0;

    /// <summary><see cref="ShapeSignals(char, char)"/> of two different characters' shapes, for a caller that keeps them at hand.</summary>
    public static int ShapeSignals(Shape x, Shape y)
    {
        if (StrokesTooFarApart(x.Strokes, y.Strokes)) return 0;
        var signals = 0;
        if (x.FourCorner.Length >= 4 && y.FourCorner.Length >= 4)
        {
            var same = 0;
            for (var i = 0; i < 5; i++)
                if (i < x.FourCorner.Length && i < y.FourCorner.Length && x.FourCorner[i] == y.FourCorner[i]) same++;
            if (same >= 4) signals++;
        }
        if (x.Cangjie.Length >= 3 && y.Cangjie.Length >= 3 && EditDistanceAtMostOne(x.Cangjie, y.Cangjie)) signals++;
        return signals;
    }

    /// <summary>
    /// Keys under which two characters whose four-corner codes agree in at least four of five digits meet: the code
    /// with each digit in turn masked, as numbers (base 12: the digits, 10 for a missing fifth digit, 11 for the
    /// masked one). A look-alike search looks up these instead of comparing every pair. Writes five keys into
    /// <paramref name="keys"/> and returns 5, or 0 for a character without a code of four or five digits.
    /// </summary>
    public int FourCornerKeys(char c, Span<int> keys)
    {
        if (Get(c) is not { } i || i.FourCorner.Length is < 4 or > 5) return 0;
        Span<int> digits = stackalloc int[5];
        for (var p = 0; p < 5; p++)
        {
            var d = p < i.FourCorner.Length ? i.FourCorner[p] - '0' : 10;
            if ((uint)d > 10 || d == 10 && p < i.FourCorner.Length) return 0; // not a digit (the table has none such)
            digits[p] = d;
        }
        for (var masked = 0; masked < 5; masked++)
        {
            var key = 0;
            for (var p = 4; p >= 0; p--) key = key * 12 + (p == masked ? 11 : digits[p]);
            keys[masked] = key;
        }
        return 5;
    }

    /// <summary>Toneless syllables folded for near sounds (z/zh, n/l, an/ang…), the usual reading first.</summary>
    public IReadOnlyList<string> FuzzySyllables(char c) => Get(c) is { } i ? i.FuzzySyllables : [];

    /// <summary>
    /// Close stroke counts, and four-corner codes equal in at least four of their five digits or Cangjie codes
    /// (which spell a character's parts) one edit apart. Both codes describe shape, so either suffices.
    /// </summary>
    private static bool LookAlike(Info x, Info y)
    {
        if (StrokesTooFarApart(x.Strokes, y.Strokes)) return false;
        if (x.FourCorner.Length >= 4 && y.FourCorner.Length >= 4)
        {
            // Four corner digits plus the supplementary digit; a missing supplementary digit never matches.
            var same = 0;
            for (var i = 0; i < 5; i++)
                if (i < x.FourCorner.Length && i < y.FourCorner.Length && x.FourCorner[i] == y.FourCorner[i]) same++;
            if (same >= 4) return true;
        }
        return x.Cangjie.Length >= 3 && y.Cangjie.Length >= 3 && EditDistanceAtMostOne(x.Cangjie, y.Cangjie);
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    private static readonly (string From, string To)[] FuzzyInitials = [("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("f", "h")];
    private static readonly (string From, string To)[] FuzzyFinals = [("iang", "ian"), ("uang", "uan"), ("ang", "an"), ("eng", "en"), ("ing", "in")];

    /// <summary>Folds a toneless syllable so that near-homophones fold alike (zheng → zen).</summary>
    internal static string Fuzzy(string s)
    {
        foreach (var (from, to) in FuzzyInitials)
            if (s.StartsWith(from, StringComparison.Ordinal)) { s = to + s[from.Length..]; break; }
        foreach (var (from, to) in FuzzyFinals)
            if (s.EndsWith(from, StringComparison.Ordinal)) { s = s[..^from.Length] + to; break; }
        return s;
    }

    private static CharacterTable Load()
    {
        using var raw = Assembly.GetExecutingAssembly().GetManifestResourceStream("ZjgrLsp.Core.Data.hanzi.tsv.gz")
            ?? throw new InvalidOperationException("Embedded data hanzi.tsv.gz is missing from the build.");
        using var reader = new StreamReader(new GZipStream(raw, CompressionMode.Decompress));
        return new CharacterTable(reader.ReadToEnd());
    }
}
