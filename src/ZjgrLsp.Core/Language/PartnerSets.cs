namespace ZjgrLsp.Core.Language;

/// <summary>
/// For each character, exactly which of the common characters (those candidates are drawn from,
/// <see cref="Candidates.CommonIndex"/>) stand right after it, and right before it, in some word of the model. The
/// checker tries some thirty candidates at each place, each against the same two neighbours: a neighbour's set is
/// a bit per common character (under 600 bytes, made on first use from a list of the model's pairs), so the thirty
/// tests read one small block that stays in the cache, where <see cref="AdjacentPairs"/> would read thirty places of
/// a megabyte — and, being exact, they call no word look-ups for a pair that no word has.
/// </summary>
public sealed class PartnerSets
{
    private readonly int _words;

    // The model's pairs (a, b) with b common, by a: b's common index, in _afterIndex[_afterStart[a].._afterStart[a + 1]];
    // and the pairs with a common, by b, likewise.
    private readonly int[] _afterStart = new int[char.MaxValue + 2];
    private readonly ushort[] _afterIndex;
    private readonly int[] _beforeStart = new int[char.MaxValue + 2];
    private readonly ushort[] _beforeIndex;

    private readonly ulong[]?[] _after = new ulong[char.MaxValue + 1][];
    private readonly ulong[]?[] _before = new ulong[char.MaxValue + 1][];
    private readonly ulong[] _none;

    public PartnerSets(NgramModel model, Candidates candidates)
    {
        _words = (candidates.CommonCount + 63) / 64;
        _none = new ulong[_words];
        // Two passes over the model's pairs: count them by character, then file them (a pair in several words is
        // filed several times; setting its bit twice does no harm).
        for (var id = 0; id < model.WordCount; id++)
        {
            var word = model.WordSpan(id);
            for (var i = 1; i < word.Length; i++)
            {
                if (candidates.CommonIndex(word[i]) >= 0) _afterStart[word[i - 1] + 1]++;
                if (candidates.CommonIndex(word[i - 1]) >= 0) _beforeStart[word[i] + 1]++;
            }
        }
        for (var c = 1; c < _afterStart.Length; c++)
        {
            _afterStart[c] += _afterStart[c - 1];
            _beforeStart[c] += _beforeStart[c - 1];
        }
        _afterIndex = new ushort[_afterStart[^1]];
        _beforeIndex = new ushort[_beforeStart[^1]];
        var afterNext = (int[])_afterStart.Clone();
        var beforeNext = (int[])_beforeStart.Clone();
        for (var id = 0; id < model.WordCount; id++)
        {
            var word = model.WordSpan(id);
            for (var i = 1; i < word.Length; i++)
            {
                if (candidates.CommonIndex(word[i]) is var b and >= 0) _afterIndex[afterNext[word[i - 1]]++] = (ushort)b;
                if (candidates.CommonIndex(word[i - 1]) is var a and >= 0) _beforeIndex[beforeNext[word[i]]++] = (ushort)a;
            }
        }
    }

    /// <summary>The common characters that follow <paramref name="c"/> in some word, a bit per common index.</summary>
    public ReadOnlySpan<ulong> After(char c) => _after[c] ??= Set(_afterIndex, _afterStart[c], _afterStart[c + 1]);

    /// <summary>The common characters that precede <paramref name="c"/> in some word, a bit per common index.</summary>
    public ReadOnlySpan<ulong> Before(char c) => _before[c] ??= Set(_beforeIndex, _beforeStart[c], _beforeStart[c + 1]);

    /// <summary>Whether the bit of common index <paramref name="index"/> is set.</summary>
    public static bool Has(ReadOnlySpan<ulong> set, int index) => (set[index >> 6] & (1UL << (index & 63))) != 0;

    // Two threads may make the same set at once; either copy is right, and the slot keeps one of them.
    private ulong[] Set(ushort[] indices, int from, int to)
    {
        if (from == to) return _none;
        var set = new ulong[_words];
        for (var k = from; k < to; k++) set[indices[k] >> 6] |= 1UL << (indices[k] & 63);
        return set;
    }
}
