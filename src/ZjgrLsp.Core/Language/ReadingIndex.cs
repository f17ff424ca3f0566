using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// The tables beside words_sc.tsv (Data/lm/words_sc.idx, made by scripts/gen_words_index.py), mapped in place. A hash
/// table of the readings finds a reading's line in one or two probes; nearly every reading the checker asks for is
/// absent, and a slot keeps the reading's hash beside its line, so an absent one is answered without touching the
/// words file. The syllables the readings use are numbered, so that a stretch's readings can be looked up by numbers
/// rather than spelt: a table by two syllables' numbers gives a two-syllable reading's line at once (half the file's
/// readings, and four in five of the two-character stretches a page asks for have one), and a bit set of the longer
/// readings' syllable hashes answers most absent three-syllable ones (all but one in thirty of those asked).
/// </summary>
internal sealed unsafe class ReadingIndex
{
    private const string Magic = "ZJWI0002";
    private const int HeaderBytes = 24;
    private const int SyllableBytes = 8;
    private const int MaxSyllables = 4096; // toneless Mandarin has some four hundred

    private readonly MappedFile _file;
    private readonly uint* _slots; // pairs: line offset + 1 (0: empty), FNV-1a 32 of the reading
    private readonly uint _mask;
    private readonly byte* _syllables;
    private readonly uint* _pairs; // line offset + 1 (0: none) of reading x'y at x * SyllableCount + y
    private readonly byte* _bloom;
    private readonly uint _bloomMask;
    private readonly uint _wordsLength;
    // Each syllable's number by its bytes packed into a number (a syllable is at most eight ASCII bytes).
    private readonly Dictionary<ulong, int> _numbers;

    private ReadingIndex(MappedFile file, uint slots, uint wordsLength, int syllables, uint bloomBits)
    {
        _file = file;
        _slots = (uint*)(file.Start + HeaderBytes);
        _mask = slots - 1;
        _wordsLength = wordsLength;
        SyllableCount = syllables;
        _syllables = file.Start + HeaderBytes + 8L * slots;
        _pairs = (uint*)(_syllables + (long)SyllableBytes * syllables);
        _bloom = (byte*)(_pairs + (long)syllables * syllables);
        _bloomMask = bloomBits - 1;
        _numbers = new Dictionary<ulong, int>(syllables);
        for (var k = 0; k < syllables; k++) _numbers[Packed(Syllable(k))] = k;
    }

    /// <summary>The index beside a words file (same name, .idx), or null when it is missing or made for another file.</summary>
    public static ReadingIndex? OpenBeside(string wordsPath, long wordsLength)
    {
        var path = Path.ChangeExtension(wordsPath, ".idx");
        if (!File.Exists(path)) return null;
        var file = new MappedFile(path);
        if (file.Length < HeaderBytes) return Reject(file);
        var header = new ReadOnlySpan<byte>(file.Start, HeaderBytes);
        var slots = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        var indexed = BinaryPrimitives.ReadUInt32LittleEndian(header[12..]);
        var syllables = BinaryPrimitives.ReadUInt32LittleEndian(header[16..]);
        var bloomBits = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
        if (System.Text.Encoding.ASCII.GetString(header[..8]) != Magic || !IsPowerOfTwo(slots) || indexed != wordsLength
            || syllables is 0 or > MaxSyllables || !IsPowerOfTwo(bloomBits) || bloomBits < 8
            || file.Length != HeaderBytes + 8L * slots + SyllableBytes * syllables + 4L * syllables * syllables + bloomBits / 8)
            return Reject(file);
        return new ReadingIndex(file, slots, indexed, (int)syllables, bloomBits);
    }

    private static bool IsPowerOfTwo(uint n) => n != 0 && (n & (n - 1)) == 0;

    private static ReadingIndex? Reject(MappedFile file)
    {
        file.Dispose();
        return null;
    }

    /// <summary>How many syllables the readings use.</summary>
    public int SyllableCount { get; }

    /// <summary>Syllable <paramref name="number"/>'s bytes.</summary>
    public ReadOnlySpan<byte> Syllable(int number)
    {
        var bytes = new ReadOnlySpan<byte>(_syllables + (long)SyllableBytes * number, SyllableBytes);
        return bytes.IndexOf((byte)0) is var end and >= 0 ? bytes[..end] : bytes;
    }

    /// <summary>The number of a syllable, or −1 when no reading uses it (then no reading it is part of is in the file).</summary>
    public int Number(ReadOnlySpan<byte> syllable) =>
        syllable.Length is > 0 and <= SyllableBytes && _numbers.TryGetValue(Packed(syllable), out var n) ? n : -1;

    private static ulong Packed(ReadOnlySpan<byte> syllable)
    {
        ulong key = 0;
        for (var i = syllable.Length - 1; i >= 0; i--) key = key << 8 | syllable[i];
        return key;
    }

    /// <summary>
    /// Where the line of the two-syllable reading of syllables <paramref name="x"/> and <paramref name="y"/> starts,
    /// or −1. (The line is the table's word: a caller that has not read it yet checks that it is that reading's.)
    /// </summary>
    public int PairLine(int x, int y)
    {
        var start = _pairs[x * SyllableCount + y];
        return start == 0 || start > _wordsLength ? -1 : (int)(start - 1);
    }

    /// <summary>Whether a reading of these three or more syllables may be in the file (false: it certainly is not).</summary>
    public bool MayHave(ReadOnlySpan<int> numbers)
    {
        var h = 2166136261u;
        foreach (var n in numbers) h = (h ^ (uint)n) * 16777619u;
        var bit = h & _bloomMask;
        return (_bloom[bit >> 3] & (1 << (int)(bit & 7))) != 0;
    }

    /// <summary>Where the line of <paramref name="reading"/> starts in <paramref name="words"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: every stretch of a page asks several readings
    public int FindLine(ReadOnlySpan<byte> words, ReadOnlySpan<byte> reading)
    {
        var h = 2166136261u;
        foreach (var b in reading) h = (h ^ b) * 16777619u;
        // At most one pass over the slots, and only offsets inside the words file: a damaged table answers "absent".
        for (uint probe = 0, slot = h & _mask; probe <= _mask; probe++, slot = (slot + 1) & _mask)
        {
            var start = _slots[2 * slot];
            if (start == 0) return -1;
            if (_slots[2 * slot + 1] != h || start > (uint)words.Length) continue;
            var line = words[(int)(start - 1)..];
            if (IsLineOf(line, reading)) return (int)(start - 1);
        }
        return -1;
    }

    /// <summary>Whether <paramref name="line"/> (the words file from a line's start) is the line of <paramref name="reading"/>.</summary>
    public static bool IsLineOf(ReadOnlySpan<byte> line, ReadOnlySpan<byte> reading) =>
        line.Length > reading.Length && line[reading.Length] == (byte)'\t' && line.StartsWith(reading);
}
