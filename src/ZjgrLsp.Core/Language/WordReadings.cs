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

    // The file is mapped in place and a reading's line found through the hash table made beside it at data-generation
    // time (ReadingIndex), or, without one, by binary search over the bytes (the file is sorted by reading): loading
    // reads nothing and builds no index or string. (An index of all 102,000 readings built at start-up cost 60–110
    // ms, a string per line before that most of a one-page lint's start; the binary search, a tenth of a batch.)
    // A page asks for every two- and three-character stretch: with the index, by the numbers it gives the syllables
    // (a two-syllable reading's line read from a table, a longer one spelt only when its bit says it may be there);
    // without, spelt into a stack buffer. A reading's words are split out the first time it is found.
    private readonly MappedFile _file;
    private readonly ReadingIndex? _index;
    private readonly CharacterTable _table;
    // Each character's readings as bytes, by the character, made on first use (threads may race to make equal ones).
    private readonly byte[][]?[] _charSyllables = new byte[][]?[char.MaxValue + 1];
    // The same readings as the index numbers them, packed (NumbersOf), by the character; 0 until made.
    private readonly int[] _charNumbers = new int[char.MaxValue + 1];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string[]> _words = new();

    private WordReadings(MappedFile file, ReadingIndex? index, CharacterTable table)
    {
        _file = file;
        _index = index;
        _table = table;
    }

    /// <summary>The file next to the model file.</summary>
    public static string PathBeside(string modelPath) => Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", "words_sc.tsv");

    private static readonly Lazy<WordReadings?> _default = new(() =>
        File.Exists(PathBeside(NgramModel.DefaultPath)) ? Load(PathBeside(NgramModel.DefaultPath), CharacterTable.Default) : null);

    /// <summary>The shipped index, or null when its file is missing (the checker then offers no whole words).</summary>
    public static WordReadings? Default => _default.Value;

    /// <summary>
    /// Reads a file of "reading TAB word word…" lines sorted by reading (UTF-8, byte order), with the hash table of
    /// its readings beside it (<see cref="ReadingIndex"/>) when there is one that belongs to it.
    /// </summary>
    public static WordReadings Load(string path, CharacterTable table)
    {
        var file = new MappedFile(path);
        return new(file, ReadingIndex.OpenBeside(path, file.Length), table);
    }

    /// <summary>Whether readings are found through the hash table (else by binary search over the file).</summary>
    public bool IsIndexed => _index is not null;

    /// <summary>The words filed under one reading ("du'guo"), likeliest first; empty when none.</summary>
    public IReadOnlyList<string> Under(string reading)
    {
        Span<byte> key = stackalloc byte[System.Text.Encoding.UTF8.GetMaxByteCount(reading.Length)];
        return WordsUnder(key[..System.Text.Encoding.UTF8.GetBytes(reading, key)]) ?? [];
    }

    /// <summary>
    /// Words that can be read as <paramref name="printed"/> is (each printed character read by its usual or its next
    /// reading), likeliest first, the printed text itself left out.
    /// </summary>
    public IReadOnlyList<string> SoundingLike(ReadOnlySpan<char> printed)
    {
        List<string>? result = null;
        foreach (var word in LinesSoundingLike(printed).Except(printed)) (result ??= []).Add(word);
        return result is null ? [] : result;
    }

    /// <summary>
    /// The words of each way of reading <paramref name="printed"/> (each character by its usual or its next reading;
    /// the first character's reading varying slowest, usual readings first) that the file has, a line of words
    /// likeliest first for each. A line may hold the printed text itself, and a word filed under two of the readings
    /// is in two lines: <see cref="SoundingLines.Except"/> reads them as <see cref="SoundingLike"/> lists them,
    /// without a list made.
    /// </summary>
    public SoundingLines LinesSoundingLike(ReadOnlySpan<char> printed)
    {
        var lines = new SoundingLines();
        if (printed.Length is 0 or > 4) return lines;
        if (_index is { } index) return ByNumbers(printed, index);
        Span<int> choices = stackalloc int[printed.Length];
        Span<int> counts = stackalloc int[printed.Length];
        var readings = new ReadingsOfFour();
        var count = 1;
        for (var i = 0; i < printed.Length; i++)
        {
            var of = _charSyllables[printed[i]] ??= SyllablesOf(printed[i]);
            if (of.Length == 0) return lines;
            readings[i] = of;
            counts[i] = of.Length;
            count *= of.Length;
        }
        Span<byte> key = stackalloc byte[64];
        for (var k = 0; k < count; k++)
        {
            Choose(k, counts, choices);
            var length = 0;
            for (var i = 0; i < printed.Length; i++)
            {
                if (i > 0) key[length++] = (byte)'\'';
                var syllable = readings[i][choices[i]];
                syllable.CopyTo(key[length..]);
                length += syllable.Length;
            }
            if (WordsUnder(key[..length]) is { } words) lines.Add(words);
        }
        return lines;
    }

    /// <summary>
    /// <see cref="LinesSoundingLike"/> through the index's syllable numbers: the same readings in the same order (a
    /// reading of a syllable no line uses can have no line, and is left out), looked up without spelling most of them.
    /// </summary>
    private SoundingLines ByNumbers(ReadOnlySpan<char> printed, ReadingIndex index)
    {
        var lines = new SoundingLines();
        Span<int> numbers = stackalloc int[printed.Length * ReadingsPerChar];
        Span<int> counts = stackalloc int[printed.Length];
        var combinations = 1;
        for (var i = 0; i < printed.Length; i++)
        {
            var packed = _charNumbers[printed[i]];
            if (packed == 0) _charNumbers[printed[i]] = packed = NumbersOf(printed[i], index);
            counts[i] = packed >> 1 & 3;
            if (counts[i] == 0) return lines;
            numbers[i * ReadingsPerChar] = packed >> 3 & 0x1FFF;
            numbers[i * ReadingsPerChar + 1] = packed >> 16 & 0x1FFF;
            combinations *= counts[i];
        }
        Span<int> choices = stackalloc int[printed.Length];
        Span<int> reading = stackalloc int[printed.Length];
        Span<byte> spelt = stackalloc byte[64];
        for (var k = 0; k < combinations; k++)
        {
            Choose(k, counts, choices);
            for (var i = 0; i < printed.Length; i++) reading[i] = numbers[i * ReadingsPerChar + choices[i]];
            var words = reading.Length == 2
                ? index.PairLine(reading[0], reading[1]) is var line and >= 0 ? WordsOfLine(line, reading, index) : null
                : index.MayHave(reading) ? WordsUnder(Spelt(reading, index, spelt)) : null;
            if (words is not null) lines.Add(words);
        }
        return lines;
    }

    /// <summary>
    /// The <paramref name="k"/>-th way of reading the characters, each character's reading chosen among its
    /// <paramref name="counts"/>: the first character's varying slowest, usual readings first.
    /// </summary>
    private static void Choose(int k, ReadOnlySpan<int> counts, Span<int> choices)
    {
        for (var i = counts.Length - 1; i >= 0; i--)
        {
            choices[i] = k % counts[i];
            k /= counts[i];
        }
    }

    /// <summary>
    /// A character's usual and next readings as the index numbers them, packed: 1 | count &lt;&lt; 1 | first &lt;&lt; 3 |
    /// second &lt;&lt; 16 (count 0 when no reading of it is used by any line; the leading 1 marks it as made).
    /// </summary>
    private int NumbersOf(char c, ReadingIndex index)
    {
        var count = 0;
        var packed = 1;
        foreach (var syllable in _charSyllables[c] ??= SyllablesOf(c))
            if (index.Number(syllable) is var n and >= 0) packed |= n << (count++ == 0 ? 3 : 16);
        return packed | count << 1;
    }

    /// <summary>The reading of the syllables numbered <paramref name="reading"/>, spelt into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<byte> Spelt(ReadOnlySpan<int> reading, ReadingIndex index, Span<byte> buffer)
    {
        var length = 0;
        for (var i = 0; i < reading.Length; i++)
        {
            if (i > 0) buffer[length++] = (byte)'\'';
            var syllable = index.Syllable(reading[i]);
            syllable.CopyTo(buffer[length..]);
            length += syllable.Length;
        }
        return buffer[..length];
    }

    /// <summary>The lines <see cref="LinesSoundingLike"/> found: up to sixteen (two readings for each of four characters).</summary>
    public struct SoundingLines
    {
        private LinesOfSixteen _lines;

        public int Count { get; private set; }

        public readonly string[] this[int line] => _lines[line];

        internal void Add(string[] words) => _lines[Count++] = words;

        /// <summary>The lines' words in order, each once, <paramref name="printed"/> left out (what <see cref="SoundingLike"/> lists).</summary>
        public readonly Words Except(ReadOnlySpan<char> printed) => new(this, printed);

        /// <summary>Whether a line before <paramref name="line"/> holds <paramref name="word"/> (a line holds each word once).</summary>
        private readonly bool InEarlierLine(int line, string word)
        {
            for (var l = 0; l < line; l++)
                if (Array.IndexOf(_lines[l], word) >= 0) return true;
            return false;
        }

        /// <summary>The enumerator of <see cref="Except"/>: a word is skipped if it is the printed text or an earlier line had it.</summary>
        public ref struct Words(SoundingLines lines, ReadOnlySpan<char> printed)
        {
            private readonly SoundingLines _lines = lines;
            private readonly ReadOnlySpan<char> _printed = printed;
            private int _line, _next;

            public string Current { get; private set; } = "";

            public readonly Words GetEnumerator() => this;

            public bool MoveNext()
            {
                for (; _line < _lines.Count; _line++, _next = 0)
                {
                    var words = _lines[_line];
                    while (_next < words.Length)
                    {
                        var word = words[_next++];
                        if (_printed.SequenceEqual(word) || _line > 0 && _lines.InEarlierLine(_line, word)) continue;
                        Current = word;
                        return true;
                    }
                }
                return false;
            }
        }

        [System.Runtime.CompilerServices.InlineArray(16)]
        private struct LinesOfSixteen
        {
            private string[] _first;
        }
    }

    /// <summary>The readings of each of up to four printed characters, on the stack: asked for every stretch of a page.</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct ReadingsOfFour
    {
        private byte[][] _first;
    }

    /// <summary>A character's usual and next toneless readings, as ASCII bytes.</summary>
    private byte[][] SyllablesOf(char c) =>
        [.. _table.Syllables(c).Take(ReadingsPerChar).Where(s => s.Length is > 0 and <= 8 && s.All(char.IsAscii)).Select(System.Text.Encoding.ASCII.GetBytes)];

    /// <summary>The words on the line of <paramref name="reading"/>, likeliest first; null when the file has no such line.</summary>
    private string[]? WordsUnder(ReadOnlySpan<byte> reading)
    {
        var line = FindLine(reading);
        if (line < 0) return null;
        return _words.TryGetValue(line, out var words) ? words : Split(line);
    }

    /// <summary>
    /// The words on the line at <paramref name="line"/>, which the index's table of two syllables gave for
    /// <paramref name="reading"/>; null when the line, read for the first time, is not that reading's (a damaged
    /// index: one whose table points at another reading's line already read would give that line's words, never
    /// anything from outside the file).
    /// </summary>
    private string[]? WordsOfLine(int line, ReadOnlySpan<int> reading, ReadingIndex index)
    {
        if (_words.TryGetValue(line, out var words)) return words;
        // Read for the first time: checked against the reading once, then kept.
        return ReadingIndex.IsLineOf(_file.Bytes[line..], Spelt(reading, index, stackalloc byte[64])) ? Split(line) : null;
    }

    /// <summary>The words of the line at <paramref name="line"/> (after its tab), split out once and kept.</summary>
    private string[] Split(int line)
    {
        var text = _file.Bytes[line..];
        text = text[(text.IndexOf((byte)'\t') + 1)..];
        if (text.IndexOf((byte)'\n') is var end and >= 0) text = text[..end];
        return _words.GetOrAdd(line, System.Text.Encoding.UTF8.GetString(text.TrimEnd((byte)'\r')).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Where the line whose reading is <paramref name="reading"/> starts, or -1.</summary>
    private int FindLine(ReadOnlySpan<byte> reading) => _index is { } index ? index.FindLine(_file.Bytes, reading) : SearchLine(reading);

    /// <summary>Where the line whose reading is <paramref name="reading"/> starts, or -1: a binary search over the bytes.</summary>
    private int SearchLine(ReadOnlySpan<byte> reading)
    {
        var file = _file.Bytes;
        // Invariant: a matching line, if any, starts at or after lo and before hi; lo is always a line's start.
        int lo = 0, hi = file.Length;
        while (lo < hi)
        {
            // The start of the line that holds the middle byte (lines are short: a step back is a few bytes).
            var start = lo + (hi - lo) / 2;
            while (start > lo && file[start - 1] != (byte)'\n') start--;
            var rest = file[start..];
            var newline = rest.IndexOf((byte)'\n');
            var next = newline < 0 ? file.Length : start + newline + 1;
            var tab = rest[..(next - start)].IndexOf((byte)'\t');
            if (tab < 0)
            {
                lo = next; // a line with no reading (a blank line at the end): nothing to compare, step over it
                continue;
            }
            var order = rest[..tab].SequenceCompareTo(reading);
            if (order == 0) return start;
            if (order < 0) lo = next;
            else hi = start;
        }
        return -1;
    }
}
