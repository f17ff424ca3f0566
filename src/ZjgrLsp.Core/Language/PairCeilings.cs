using System.Runtime.InteropServices;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// The ceilings of <see cref="NgramModel.PairCeiling"/>: one per bigram of the model, and for each word b the largest
/// back-off weight of a bigram (a, b) (at least 0), which a pair that is no bigram adds to its backed-off score. Read
/// in place from the file beside the model (lm_sc.pair, scripts/gen_lm_pairs.py: 16-bit steps rounded up, 4.6 MB
/// mapped, the pages a page's words touch read in), or, when that is missing or made for another model, computed
/// from the model's tables (about a tenth of a second and 8 MB).
/// </summary>
internal sealed unsafe class PairCeilings : IDisposable
{
    private const string Magic = "ZJLP0001";
    private const int HeaderBytes = 8 + 4 * 4 + 2 * 4;

    private readonly MappedFile? _file;
    private readonly ushort* _entries;
    private readonly float* _contextBack;
    private readonly float _min, _step;
    private readonly float[]? _computedPairs, _computedBack;

    private PairCeilings(MappedFile file, int words)
    {
        _file = file;
        var q = (float*)(file.Start + 24);
        (_min, _step) = (q[0], q[1]);
        _contextBack = (float*)(file.Start + HeaderBytes);
        _entries = (ushort*)(file.Start + HeaderBytes + 4L * words);
    }

    public PairCeilings(float[] pairs, float[] contextBack) => (_computedPairs, _computedBack) = (pairs, contextBack);

    /// <summary>The table in the file at <paramref name="path"/>, or null when there is none that belongs to a model of these sizes.</summary>
    public static PairCeilings? Open(string path, int words, int bigrams, int trigrams)
    {
        if (!File.Exists(path)) return null;
        var file = new MappedFile(path);
        if (file.Length != HeaderBytes + 4L * words + 2L * bigrams)
        {
            file.Dispose();
            return null;
        }
        var header = new ReadOnlySpan<byte>(file.Start, HeaderBytes);
        var counts = MemoryMarshal.Cast<byte, int>(header[8..24]);
        if (System.Text.Encoding.ASCII.GetString(header[..8]) != Magic || counts[0] != words || counts[1] != bigrams || counts[2] != trigrams)
        {
            file.Dispose();
            return null;
        }
        return new PairCeilings(file, words);
    }

    /// <summary>The ceiling of the bigram at <paramref name="index"/> in the model's bigram table.</summary>
    public float OfBigram(int index) => _computedPairs is { } pairs ? pairs[index] : _min + _entries[index] * _step;

    /// <summary>The largest back-off weight of a bigram ending in <paramref name="b"/>, at least 0.</summary>
    public float ContextBack(int b) => _computedBack is { } back ? back[b] : _contextBack[b];

    public void Dispose() => _file?.Dispose();
}
