using ZjgrLsp.Core.Hanzi;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// The model's words of two to four characters filed by their toneless reading (libime's dict_sc.txt, converted by
/// scripts/gen_lm_data.py into Data/lm/words_sc.tsv, a file next to the model). It answers which words sound like a
/// printed pair or triple of characters, so that a slip of a whole word typed by its pinyin (肠胃 for 常委, 未发 for
/// 违法) has its word as a candidate, not only single characters.
/// </summary>
public sealed class WordReadings
{
    /// <summary>The readings tried per printed character: its usual one and its next (行 xing, hang).</summary>
    private const int ReadingsPerChar = 2;

    /// <summary>A syllable's number takes ten bits of a key: there are about 410 toneless syllables.</summary>
    private const int SyllableBits = 10;

    // Readings are keyed by their syllables' numbers packed into a long, so a look-up builds no string: the checker
    // asks for every two- and three-character stretch of a page. Loading keeps the file as one string and notes where
    // each reading's words stand in it; a reading's words are split out the first time it is asked for. Splitting all
    // 102,000 lines at start-up made a quarter of a million strings, and the garbage collector's work on them was
    // most of a one-page lint's start.
    private readonly string _file;
    private readonly Dictionary<long, (int Start, int Length)> _byKey;
    private readonly Dictionary<string, int> _syllables;
    private readonly CharacterTable _table;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<char, int[]> _charSyllables = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, string[]> _words = new();

    private WordReadings(string file, Dictionary<long, (int, int)> byKey, Dictionary<string, int> syllables, CharacterTable table)
    {
        _file = file;
        _byKey = byKey;
        _syllables = syllables;
        _table = table;
    }

    /// <summary>The words filed under a reading's key, likeliest first; null when none.</summary>
    private string[]? WordsUnder(long key)
    {
        if (_words.TryGetValue(key, out var words)) return words;
        if (!_byKey.TryGetValue(key, out var at)) return null;
        return _words.GetOrAdd(key, _file.Substring(at.Start, at.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The file next to the model file.</summary>
    public static string PathBeside(string modelPath) => Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", "words_sc.tsv");

    private static readonly Lazy<WordReadings?> _default = new(() =>
        File.Exists(PathBeside(NgramModel.DefaultPath)) ? Load(PathBeside(NgramModel.DefaultPath), CharacterTable.Default) : null);

    /// <summary>The shipped index, or null when its file is missing (the checker then offers no whole words).</summary>
    public static WordReadings? Default => _default.Value;

    /// <summary>Reads "reading TAB word word…" lines.</summary>
    public static WordReadings Load(string path, CharacterTable table)
    {
        var file = File.ReadAllText(path);
        var syllables = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySpan = syllables.GetAlternateLookup<ReadOnlySpan<char>>();
        var byKey = new Dictionary<long, (int, int)>();
        for (var lineStart = 0; lineStart < file.Length;)
        {
            var lineEnd = file.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = file.Length;
            var line = file.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            var tab = line.IndexOf('\t');
            if (tab > 0 && line[..tab].Count('\'') < 4)
            {
                var key = 0L;
                foreach (var range in line[..tab].Split('\''))
                {
                    var syllable = line[..tab][range];
                    if (!bySpan.TryGetValue(syllable, out var id)) bySpan[syllable] = id = syllables.Count + 1;
                    key = key << SyllableBits | (uint)id;
                }
                byKey[key] = (lineStart + tab + 1, line.Length - tab - 1);
            }
            lineStart = lineEnd + 1;
        }
        return new WordReadings(file, byKey, syllables, table);
    }

    /// <summary>The words filed under one reading ("du'guo"), likeliest first; empty when none.</summary>
    public IReadOnlyList<string> Under(string reading)
    {
        var key = 0L;
        foreach (var syllable in reading.Split('\''))
        {
            if (!_syllables.TryGetValue(syllable, out var id)) return [];
            key = key << SyllableBits | (uint)id;
        }
        return WordsUnder(key) ?? [];
    }

    /// <summary>
    /// Words that can be read as <paramref name="printed"/> is (each printed character read by its usual or its next
    /// reading), likeliest first, the printed text itself left out.
    /// </summary>
    public IReadOnlyList<string> SoundingLike(string printed)
    {
        if (printed.Length is 0 or > 4) return [];
        Span<long> keys = stackalloc long[1 << printed.Length];
        keys[0] = 0;
        var count = 1;
        foreach (var c in printed)
        {
            var ids = _charSyllables.GetOrAdd(c, SyllablesOf);
            if (ids.Length == 0) return [];
            // Each key so far, extended by each of this character's readings (its usual one first).
            var next = count * ids.Length;
            for (var k = next - 1; k >= 0; k--) keys[k] = keys[k / ids.Length] << SyllableBits | (uint)ids[k % ids.Length];
            count = next;
        }
        List<string>? result = null;
        for (var k = 0; k < count; k++)
            if (WordsUnder(keys[k]) is { } words)
                foreach (var word in words)
                    if (word != printed && (result is null || !result.Contains(word))) (result ??= []).Add(word);
        return result is null ? [] : result;
    }

    /// <summary>The numbers of a character's usual and next readings that some word of the index uses.</summary>
    private int[] SyllablesOf(char c) =>
        [.. _table.Syllables(c).Take(ReadingsPerChar).Select(s => _syllables.TryGetValue(s, out var id) ? id : 0)];
}
