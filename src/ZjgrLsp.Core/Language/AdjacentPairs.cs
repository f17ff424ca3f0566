namespace ZjgrLsp.Core.Language;

/// <summary>
/// Which two characters stand next to each other in some word of the model's vocabulary, as a one-megabyte bit set
/// (a Bloom filter with one hash: about one false "yes" in twenty, never a false "no"). The checker tries dozens of
/// same-sounding characters at each position and keeps only those that make a word with a neighbour; this answers
/// "certainly not" for most of them with one memory read instead of nine word look-ups.
/// </summary>
public sealed class AdjacentPairs
{
    private const int Bits = 1 << 23;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    public AdjacentPairs(NgramModel model)
    {
        for (var id = 0; id < model.WordCount; id++)
        {
            var word = model.WordSpan(id);
            for (var i = 1; i < word.Length; i++) Set(Slot(word[i - 1], word[i]));
        }
    }

    /// <summary>False when no word of the model has <paramref name="a"/> right before <paramref name="b"/>.</summary>
    public bool MayContain(char a, char b)
    {
        var slot = Slot(a, b);
        return (_bits[slot >> 6] & (1UL << (int)(slot & 63))) != 0;
    }

    private void Set(uint slot) => _bits[slot >> 6] |= 1UL << (int)(slot & 63);

    private static uint Slot(char a, char b) => ((uint)(a << 16 | b) * 2654435761u) >> 9;
}
