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

    private readonly FrozenDictionary<string, string[]> _byReading;
    private readonly CharacterTable _table;

    private WordReadings(FrozenDictionary<string, string[]> byReading, CharacterTable table)
    {
        _byReading = byReading;
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
        var byReading = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) byReading[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return new WordReadings(byReading.ToFrozenDictionary(StringComparer.Ordinal), table);
    }

    /// <summary>The words filed under one reading ("du'guo"), likeliest first; empty when none.</summary>
    public IReadOnlyList<string> Under(string reading) => _byReading.TryGetValue(reading, out var words) ? words : [];

    /// <summary>
    /// Words that can be read as <paramref name="printed"/> is (each printed character read by its usual or its next
    /// reading), likeliest first, the printed text itself left out.
    /// </summary>
    public IEnumerable<string> SoundingLike(string printed)
    {
        var readings = new IReadOnlyList<string>[printed.Length];
        for (var i = 0; i < printed.Length; i++)
        {
            readings[i] = _table.Syllables(printed[i]);
            if (readings[i].Count == 0) yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { printed };
        foreach (var key in Keys(readings, 0, ""))
            foreach (var word in Under(key))
                if (seen.Add(word)) yield return word;
    }

    private static IEnumerable<string> Keys(IReadOnlyList<string>[] readings, int at, string prefix)
    {
        if (at == readings.Length)
        {
            yield return prefix;
            yield break;
        }
        foreach (var r in readings[at].Take(ReadingsPerChar))
            foreach (var key in Keys(readings, at + 1, at == 0 ? r : prefix + "'" + r))
                yield return key;
    }
}
