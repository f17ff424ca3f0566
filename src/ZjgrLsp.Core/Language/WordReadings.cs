using System.Collections.Frozen;
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
    // asks for every two- and three-character stretch of a page.
    private readonly FrozenDictionary<long, string[]> _byKey;
    private readonly FrozenDictionary<string, int> _syllables;
    private readonly CharacterTable _table;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<char, int[]> _charSyllables = new();

    private WordReadings(FrozenDictionary<long, string[]> byKey, FrozenDictionary<string, int> syllables, CharacterTable table)
    {
        _byKey = byKey;
        _syllables = syllables;
        _table = table;
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
        var syllables = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = new Dictionary<long, string[]>();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var parts = line[..tab].Split('\'');
            if (parts.Length > 4) continue;
            var key = 0L;
            foreach (var syllable in parts)
            {
                if (!syllables.TryGetValue(syllable, out var id)) syllables[syllable] = id = syllables.Count + 1;
                key = key << SyllableBits | (uint)id;
            }
            byKey[key] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return new WordReadings(byKey.ToFrozenDictionary(), syllables.ToFrozenDictionary(StringComparer.Ordinal), table);
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
        return _byKey.TryGetValue(key, out var words) ? words : [];
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
            if (_byKey.TryGetValue(keys[k], out var words))
                foreach (var word in words)
                    if (word != printed && (result is null || !result.Contains(word))) (result ??= []).Add(word);
        return result is null ? [] : result;
    }

    /// <summary>The numbers of a character's usual and next readings that some word of the index uses.</summary>
    private int[] SyllablesOf(char c) =>
        [.. _table.Syllables(c).Take(ReadingsPerChar).Select(s => _syllables.TryGetValue(s, out var id) ? id : 0)];
}
