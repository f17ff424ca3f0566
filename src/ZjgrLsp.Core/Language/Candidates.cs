using ZjgrLsp.Core.Hanzi;

namespace ZjgrLsp.Core.Language;

/// <summary>Why a character (or, for <see cref="Word"/>, a whole word of the same reading) may have been typed for another.</summary>
public enum CandidateKind { Sound, NearSound, Shape, De, Word }

/// <summary>A character that may be the one meant where another was printed.</summary>
/// <param name="CommonIndex">Its rank among the common characters (<see cref="Candidates.CommonIndex"/>), −1 for none; made by <see cref="Candidates.Make"/>.</param>
/// <param name="Unigram">Its log10 unigram as a word of its own, −8 when the model lacks it.</param>
public readonly record struct Candidate(char Char, CandidateKind Kind, int CommonIndex, float Unigram);

/// <summary>
/// The characters that may be meant where one is printed: the same toneless reading, a near reading (z/zh, c/ch,
/// s/sh, n/l, f/h, an/ang, en/eng, in/ing), or a look-alike that two shape codes confirm (four-corner and
/// Cangjie). Only common characters are offered: the 4,500 the model's words use most (each word's probability
/// counted for each of its characters), so a suggestion is never a rarity. The groups are built once from the model
/// and the Unihan table; a character's list is read from <see cref="CandidateFile"/> (lm_sc.cand, written by this
/// class at data-generation time) when it covers the character, else gathered from the groups on first use.
/// </summary>
public sealed class Candidates
{
    private const int MaxCommon = 4500;

    // Plain dictionaries and arrays indexed by the character, not frozen collections: the tables are built as a
    // lint starts, where a frozen collection's analysis of its keys costs more than its faster look-ups save.
    // Each group as the candidates it offers (made once here, not for each character that draws on the group).
    private readonly Dictionary<string, Candidate[]> _bySound;
    private readonly Dictionary<string, Candidate[]> _byNearSound;
    private readonly Dictionary<int, (Candidate Candidate, CharacterTable.Shape Shape)[]> _byFourCorner;
    private readonly char[] _common;
    private readonly short[] _commonIndex = new short[char.MaxValue + 1]; // −1 where the character is not common
    private readonly float[] _unigram = new float[char.MaxValue + 1]; // NaN where the model lacks the character
    private readonly CharacterTable _table;
    // Each character's candidates, read or built on first use; threads may race to make the same, equal, list.
    private readonly Candidate[]?[] _built = new Candidate[]?[char.MaxValue + 1];
    private readonly CandidateFile? _file;

    /// <param name="useFile">Whether the lists written beside the model (<see cref="CandidateFile"/>, lm_sc.cand) are
    /// read when they were made for this model and table; false to build every list (as the file's writer does).</param>
    public Candidates(NgramModel model, CharacterTable table, bool useFile = true)
    {
        _table = table;
        Array.Fill(_unigram, float.NaN);
        var mass = new double[char.MaxValue + 1];
        for (var id = 0; id < model.WordCount; id++)
        {
            var w = model.WordSpan(id);
            if (w.Length == 1 && Typos.HanText.IsHan(w[0])) _unigram[w[0]] = model.Unigram(id);
            var p = Math.Pow(10, model.Unigram(id));
            foreach (var c in w)
                if (Typos.HanText.IsHan(c)) mass[c] += p;
        }
        // How common a character is counts its use inside words too: 抉 and 颁 are rare alone but not in 抉择, 颁布.
        var used = new List<char>();
        for (var c = 0; c < mass.Length; c++)
            if (mass[c] > 0) used.Add((char)c);
        used.Sort((a, b) => mass[b].CompareTo(mass[a]) is var order and not 0 ? order : a.CompareTo(b));
        _common = [.. used.Take(MaxCommon)];
        ModelCharacters = used;
        Array.Fill(_commonIndex, (short)-1);
        for (var k = 0; k < _common.Length; k++) _commonIndex[_common[k]] = (short)k;
        // A character is filed under its usual reading only, but under each of its four-corner keys.
        _bySound = Index(c => table.Syllables(c).Take(1), CandidateKind.Sound);
        _byNearSound = Index(c => table.FuzzySyllables(c).Take(1), CandidateKind.NearSound);
        _byFourCorner = IndexByFourCorner();
        if (useFile) _file = CandidateFile.Open(model.PathBeside(".cand"), model, table.Count, _common.Length);
    }

    /// <summary>The Han characters the model's words use, commonest first: those <see cref="CandidateFile"/> holds the lists of.</summary>
    internal IReadOnlyList<char> ModelCharacters { get; }

    /// <summary>
    /// Writes <see cref="CandidateFile"/> for this model and table to <paramref name="path"/>, whole or not at all
    /// (through a temporary file renamed over it), every list built afresh; returns what was written and its sha256.
    /// </summary>
    public static string WriteFile(NgramModel model, CharacterTable table, string path)
    {
        var candidates = new Candidates(model, table, useFile: false);
        using var stream = new MemoryStream();
        CandidateFile.Write(stream, model, table.Count, candidates, candidates.ModelCharacters);
        var bytes = stream.ToArray();
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        var sha256 = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant();
        return $"{path}: the candidates of {candidates.ModelCharacters.Count} characters, {bytes.Length / 1e6:F1} MB, sha256 {sha256}";
    }

    /// <summary>Whether the lists are read from <see cref="CandidateFile"/> where it has them.</summary>
    public bool ReadsFile => _file is not null;

    /// <summary>The common characters filed under each key <paramref name="keysOf"/> gives them, in order of likelihood, as candidates of <paramref name="kind"/>.</summary>
    private Dictionary<string, Candidate[]> Index(Func<char, IEnumerable<string>> keysOf, CandidateKind kind)
    {
        var groups = new Dictionary<string, List<char>>(StringComparer.Ordinal);
        foreach (var c in _common)
            foreach (var key in keysOf(c))
            {
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
                list.Add(c);
            }
        var index = new Dictionary<string, Candidate[]>(groups.Count, StringComparer.Ordinal);
        foreach (var (key, list) in groups) index[key] = [.. list.Select(c => Make(c, kind))];
        return index;
    }

    /// <summary>The common characters filed under each of their four-corner keys (<see cref="CharacterTable.FourCornerKeys"/>), in order of likelihood.</summary>
    private Dictionary<int, (Candidate Candidate, CharacterTable.Shape Shape)[]> IndexByFourCorner()
    {
        // Each with its shape, so that comparing it (the stroke counts first, which rule most of a group out) reads no table.
        var groups = new Dictionary<int, List<(Candidate, CharacterTable.Shape)>>();
        Span<int> keys = stackalloc int[5];
        foreach (var c in _common)
            for (int k = 0, count = _table.FourCornerKeys(c, keys); k < count; k++)
            {
                if (!groups.TryGetValue(keys[k], out var list)) groups[keys[k]] = list = [];
                list.Add((Make(c, CandidateKind.Shape), _table.ShapeOf(c)!.Value));
            }
        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray());
    }

    /// <summary>How many common characters there are (the model may use fewer than 4,500).</summary>
    public int CommonCount => _common.Length;

    /// <summary>A common character's rank among them (0 the commonest), or −1 for another.</summary>
    public int CommonIndex(char c) => _commonIndex[c];

    /// <summary>log10 unigram probability of a character as a word of its own, or null when the model lacks it.</summary>
    public float? Unigram(char c) => float.IsNaN(_unigram[c]) ? null : _unigram[c];

    /// <summary>How many common characters share the printed character's usual reading (yi, ji, shi have many).</summary>
    public int HomophoneCount(char c)
    {
        // Asked at every place checked: kept per character (0 marks "not yet", so the count is kept plus one).
        var known = _homophones[c];
        if (known > 0) return known - 1;
        var count = _table.Syllables(c) is { Count: > 0 } s && _bySound.TryGetValue(s[0], out var g) ? g.Length : 0;
        _homophones[c] = (short)(count + 1);
        return count;
    }

    private readonly short[] _homophones = new short[char.MaxValue + 1];

    /// <summary>
    /// A candidate with what the checker asks of it at every place (its common index and unigram), read once here
    /// rather than from two tables indexed by character for each of the thirty candidates of each place.
    /// </summary>
    public Candidate Make(char c, CandidateKind kind) => new(c, kind, _commonIndex[c], Unigram(c) ?? -8);

    /// <summary>Every candidate for <paramref name="printed"/>, sound before near sound before shape.</summary>
    public Candidate[] For(char printed) => _built[printed] ??= Read(printed) ?? Build(printed);

    /// <summary>The candidates of <paramref name="printed"/> as the file has them; null where it has none or a damaged entry.</summary>
    private Candidate[]? Read(char printed)
    {
        if (_file is null || !_file.TryEntries(printed, out var entries)) return null;
        if (entries.IsEmpty) return [];
        var result = new Candidate[entries.Length];
        for (var k = 0; k < entries.Length; k++)
        {
            var index = CandidateFile.IndexOf(entries[k]);
            var kind = CandidateFile.KindOf(entries[k]);
            if (index >= _common.Length || kind > CandidateKind.Shape) return null;
            result[k] = Make(_common[index], kind);
        }
        return result;
    }

    // Which candidates a Build has taken already: the build's stamp against each common character (every candidate
    // is one), one array a thread that stays in the first-level cache, so that building the candidates of a page's
    // characters makes no set for each.
    [ThreadStatic] private static int[]? _seenStamp;
    [ThreadStatic] private static int _stamp;

    /// <summary>The candidates of <paramref name="printed"/> gathered from the groups (what the file keeps, made again).</summary>
    internal Candidate[] Build(char printed)
    {
        var seenStamp = _seenStamp is { } known && known.Length >= _common.Length ? known : _seenStamp = new int[_common.Length];
        var stamp = ++_stamp;
        bool Seen(Candidate c) => c.Char == printed || seenStamp[c.CommonIndex] == stamp;
        bool Add(Candidate c)
        {
            if (Seen(c)) return false;
            seenStamp[c.CommonIndex] = stamp;
            return true;
        }
        var result = new List<Candidate>(64);
        // Indexed loops: a foreach over a read-only list makes an enumerator for each character.
        var syllables = _table.Syllables(printed);
        for (var k = 0; k < syllables.Count; k++)
            if (_bySound.TryGetValue(syllables[k], out var group))
                foreach (var candidate in group)
                    if (Add(candidate)) result.Add(candidate);
        var fuzzy = _table.FuzzySyllables(printed);
        for (var k = 0; k < fuzzy.Count; k++)
            if (_byNearSound.TryGetValue(fuzzy[k], out var group))
                foreach (var candidate in group)
                    if (Add(candidate)) result.Add(candidate);
        // Both shape codes must agree, so only characters sharing four of five four-corner digits are compared.
        Span<int> keys = stackalloc int[5];
        var count = _table.FourCornerKeys(printed, keys);
        if (count > 0 && _table.ShapeOf(printed) is { } shape)
            for (var k = 0; k < count; k++)
                if (_byFourCorner.TryGetValue(keys[k], out var group))
                    foreach (var (candidate, candidateShape) in group)
                        if (!Seen(candidate) && CharacterTable.ShapeSignals(shape, candidateShape) >= 2 && Add(candidate))
                            result.Add(candidate);
        return [.. result];
    }
}
