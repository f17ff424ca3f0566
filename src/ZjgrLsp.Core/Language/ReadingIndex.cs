using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// The hash table of the readings in words_sc.tsv (Data/lm/words_sc.idx, made by scripts/gen_words_index.py), mapped
/// in place: a reading's line is found in one or two probes. Nearly every reading the checker asks for is absent, and
/// a slot keeps the reading's hash beside its line, so an absent one is answered without touching the words file.
/// </summary>
internal sealed unsafe class ReadingIndex
{
    private const string Magic = "ZJWI0001";
    private const int HeaderBytes = 16;

    private readonly MappedFile _file;
    private readonly uint* _slots; // pairs: line offset + 1 (0: empty), FNV-1a 32 of the reading
    private readonly uint _mask;

    private ReadingIndex(MappedFile file, uint slots)
    {
        _file = file;
        _slots = (uint*)(file.Start + HeaderBytes);
        _mask = slots - 1;
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
        if (System.Text.Encoding.ASCII.GetString(header[..8]) != Magic || slots == 0 || (slots & (slots - 1)) != 0
            || file.Length != HeaderBytes + 8L * slots || indexed != wordsLength)
            return Reject(file);
        return new ReadingIndex(file, slots);
    }

    private static ReadingIndex? Reject(MappedFile file)
    {
        file.Dispose();
        return null;
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
            if (line.Length > reading.Length && line[reading.Length] == (byte)'\t' && line.StartsWith(reading)) return (int)(start - 1);
        }
        return -1;
    }
}
