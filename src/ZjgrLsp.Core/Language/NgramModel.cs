using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// A word trigram model of Simplified Chinese (libime's lm_sc.arpa, converted by scripts/gen_lm_data.py) read
/// straight from a memory-mapped file: opening it costs a map, not a parse, and the pages the OS shares between
/// processes. Probabilities are log10, with ARPA back-off. Words are found by binary search in the sorted word list,
/// n-grams by binary search in compressed-sparse-row arrays.
/// </summary>
public sealed unsafe class NgramModel : IDisposable
{
    private const string Magic = "ZJLM0002";
    private const int HashSlots = 1 << 19;

    /// <summary>The header: the magic, four int32 counts, four float32 quantisation bounds, twelve int64 offsets.</summary>
    private const int HeaderBytes = 8 + 4 * 4 + 4 * 4 + 12 * 8;

    private readonly MappedFile _file;
    private readonly byte* _base;
    private readonly char* _units;
    private readonly int* _wordStarts, _biStarts, _biWords, _triStarts, _triWords, _hash;
    private readonly float* _uniProb, _uniBack;
    private readonly ushort* _biProb, _biBack, _triProb;
    private readonly float _q2Min, _q2Step, _q3Min, _q3Step;

    private readonly string _path;

    private NgramModel(string path)
    {
        _path = path;
        _file = new MappedFile(path);
        _base = _file.Start;
        if (_file.Length < HeaderBytes || Marshal.PtrToStringAnsi((IntPtr)_base, 8) != Magic)
        {
            _file.Dispose();
            throw new InvalidDataException($"{path} is not a zjgr language model ({Magic})");
        }
        var ints = (int*)(_base + 8);
        WordCount = ints[0];
        BigramCount = ints[1];
        TrigramCount = ints[2];
        var q = (float*)(_base + 24);
        _q2Min = q[0];
        _q2Step = (q[1] - q[0]) / 65535f;
        _q3Min = q[2];
        _q3Step = (q[3] - q[2]) / 65535f;
        var offsets = (long*)(_base + 40);
        if (!SectionsFit(offsets))
        {
            _file.Dispose();
            throw new InvalidDataException($"{path} is cut short or damaged: its sections do not fit in its {_file.Length} bytes");
        }
        _units = (char*)(_base + offsets[0]);
        _wordStarts = (int*)(_base + offsets[1]);
        _uniProb = (float*)(_base + offsets[2]);
        _uniBack = (float*)(_base + offsets[3]);
        _biStarts = (int*)(_base + offsets[4]);
        _biWords = (int*)(_base + offsets[5]);
        _biProb = (ushort*)(_base + offsets[6]);
        _biBack = (ushort*)(_base + offsets[7]);
        _triStarts = (int*)(_base + offsets[8]);
        _triWords = (int*)(_base + offsets[9]);
        _triProb = (ushort*)(_base + offsets[10]);
        _hash = (int*)(_base + offsets[11]);
        UnknownId = Find("<unk>");
        for (var i = 0; i < WordCount; i++) MaxWordLength = Math.Max(MaxWordLength, _wordStarts[i + 1] - _wordStarts[i]);
    }

    /// <summary>
    /// Whether every section the header names lies inside the file, at the size its counts give it: the tables are read
    /// through raw pointers, so a file cut short (an interrupted copy) must be refused here, not read past its end.
    /// </summary>
    private bool SectionsFit(long* offsets)
    {
        long words = WordCount, bigrams = BigramCount, trigrams = TrigramCount;
        if (words <= 0 || bigrams < 0 || trigrams < 0) return false;
        ReadOnlySpan<long> bytes =
        [
            -1, 4 * (words + 1), 4 * words, 4 * words, 4 * (words + 1), 4 * bigrams, 2 * bigrams, 2 * bigrams,
            4 * (bigrams + 1), 4 * trigrams, 2 * trigrams, 4L * HashSlots,
        ];
        for (var k = 1; k < bytes.Length; k++)
            if (offsets[k] < HeaderBytes || offsets[k] + bytes[k] > _file.Length) return false;
        // The word units' length is the last word start.
        if (offsets[0] < HeaderBytes) return false;
        var units = ((int*)(_base + offsets[1]))[words];
        return units >= 0 && offsets[0] + 2L * units <= _file.Length;
    }

    /// <summary>The model file shipped next to the assemblies, or the one ZJGR_LM names.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("ZJGR_LM") is { Length: > 0 } env ? env : Path.Combine(AppContext.BaseDirectory, "Data", "lm", "lm_sc.zlm");

    private static readonly Lazy<NgramModel?> _default = new(() => File.Exists(DefaultPath) ? Open(DefaultPath) : null);

    /// <summary>The shipped model, or null when the file is missing (the model-based rules then stay silent).</summary>
    public static NgramModel? Default => _default.Value;

    public static NgramModel Open(string path) => new(path);

    /// <summary>The path of a table made for this model and kept beside it (lm_sc.ceil, lm_sc.pair, lm_sc.cand).</summary>
    internal string PathBeside(string extension) => Path.ChangeExtension(_path, extension);

    public int WordCount { get; }
    public int BigramCount { get; }
    public int TrigramCount { get; }
    public int UnknownId { get; }

    /// <summary>The longest word of the vocabulary, in UTF-16 units.</summary>
    public int MaxWordLength { get; }

    public string Word(int id) => WordSpan(id).ToString();

    /// <summary>A word's characters where the file holds them: reading the whole vocabulary this way makes no strings.</summary>
    public ReadOnlySpan<char> WordSpan(int id) => new(_units + _wordStarts[id], _wordStarts[id + 1] - _wordStarts[id]);

    /// <summary>The id of a vocabulary word, or −1: a probe of the file's hash table (FNV-1a, linear probing).</summary>
    // Hot: called millions of times a page; compiled optimised at once, since tiered compilation keeps a busy
    // process on the slow first tier for seconds (see docs/benchmarks.md).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> word)
    {
        // A single character (a third of the look-ups) from a table by character, which stays in the cache.
        if (word.Length == 1) return (_charIds ??= CharIds())[word[0]];
        var h = 2166136261u;
        foreach (var unit in word) h = (h ^ unit) * 16777619u;
        for (var slot = (int)(h & (HashSlots - 1)); ; slot = (slot + 1) & (HashSlots - 1))
        {
            var entry = _hash[slot];
            if (entry == 0) return -1;
            var id = entry - 1;
            if (new ReadOnlySpan<char>(_units + _wordStarts[id], _wordStarts[id + 1] - _wordStarts[id]).SequenceEqual(word)) return id;
        }
    }

    public float Unigram(int w) => _uniProb[w];

    private int[]? _charIds;

    /// <summary>The id of each one-character word, −1 for a character that is none.</summary>
    private int[] CharIds()
    {
        var ids = new int[char.MaxValue + 1];
        Array.Fill(ids, -1);
        for (var id = 0; id < WordCount; id++)
            if (_wordStarts[id + 1] - _wordStarts[id] == 1) ids[_units[_wordStarts[id]]] = id;
        return ids;
    }

    private float[]? _ceilings;

    /// <summary>
    /// For each word, the highest log10 probability the model gives it in any context (its best trigram, bigram or
    /// backed-off unigram): no stretch of text whose words are these can score more than the sum of their ceilings,
    /// whatever precedes it. The checker uses this to drop a candidate that cannot win before scoring it all the way.
    /// Read on first use from the file beside the model (scripts/gen_lm_ceilings.py), or computed when it is missing.
    /// </summary>
    public float Ceiling(int w) => (_ceilings ??= ReadCeilings() ?? ComputeCeilings())[w];

    private const string CeilingMagic = "ZJLC0001";

    /// <summary>The ceilings file of this model, or null when it is missing or belongs to another model.</summary>
    private float[]? ReadCeilings()
    {
        var path = PathBeside(".ceil");
        if (!File.Exists(path)) return null;
        using var file = File.OpenRead(path);
        if (file.Length != 24 + 4L * WordCount) return null;
        Span<byte> header = stackalloc byte[24];
        file.ReadExactly(header);
        var counts = MemoryMarshal.Cast<byte, int>(header[8..20]);
        if (System.Text.Encoding.ASCII.GetString(header[..8]) != CeilingMagic || counts[0] != WordCount || counts[1] != BigramCount || counts[2] != TrigramCount)
            return null;
        // Straight into the array: no buffer of the file and copy of it.
        var ceilings = new float[WordCount];
        file.ReadExactly(MemoryMarshal.AsBytes(ceilings.AsSpan()));
        return ceilings;
    }

    /// <summary>
    /// The ceilings from the n-gram tables, one pass over them (about 35 ms, most of it the first touch of 20 MB of
    /// the mapped file). The file's values are these raised by a little for rounding.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal float[] ComputeCeilings()
    {
        var maxBigram = new float[WordCount];
        var maxTrigram = new float[WordCount];
        Array.Fill(maxBigram, float.NegativeInfinity);
        Array.Fill(maxTrigram, float.NegativeInfinity);
        var maxUniBack = 0f;
        var maxBiBack = 0f;
        for (var w = 0; w < WordCount; w++) maxUniBack = Math.Max(maxUniBack, _uniBack[w]);
        for (var b = 0; b < _biStarts[WordCount]; b++)
        {
            var w = _biWords[b];
            maxBigram[w] = Math.Max(maxBigram[w], Dequantise2(_biProb[b]));
            maxBiBack = Math.Max(maxBiBack, Dequantise2(_biBack[b]));
        }
        for (var t = 0; t < _triStarts[_biStarts[WordCount]]; t++)
        {
            var w = _triWords[t];
            maxTrigram[w] = Math.Max(maxTrigram[w], _q3Min + _triProb[t] * _q3Step);
        }
        // Back-off weights are log10 and may be positive: a backed-off score can exceed the score it backs off to.
        var result = new float[WordCount];
        for (var w = 0; w < WordCount; w++)
        {
            var bigram = Math.Max(maxBigram[w], _uniProb[w] + maxUniBack);
            result[w] = Math.Max(Math.Max(_uniProb[w], bigram), Math.Max(maxTrigram[w], bigram + maxBiBack));
        }
        return result;
    }

    private PairCeilings? _pairCeilings;

    /// <summary>
    /// The highest log10 probability the model gives <paramref name="w"/> right after <paramref name="b"/>, whatever
    /// word came before b: P(w | a b) at its largest over every a (and none). Along text whose words are known, each
    /// word but the first has a known predecessor, and this bounds it far closer than its <see cref="Ceiling"/> in any
    /// context does. One bigram look-up; the values come from the file beside the model (<see cref="PairCeilings"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float PairCeiling(int b, int w)
    {
        var table = _pairCeilings ?? LoadPairCeilings();
        var bw = Bigram(b, w);
        return bw >= 0 ? table.OfBigram(bw) : _uniBack[b] + _uniProb[w] + table.ContextBack(b);
    }

    private readonly Lock _pairCeilingsLock = new();

    private PairCeilings LoadPairCeilings()
    {
        lock (_pairCeilingsLock)
        {
            if (_pairCeilings is { } known) return known;
            var table = PairCeilings.Open(PathBeside(".pair"), WordCount, BigramCount, TrigramCount);
            if (table is null)
            {
                var (pairs, back) = ComputePairCeilings();
                table = new PairCeilings(pairs, back);
            }
            return _pairCeilings = table;
        }
    }

    /// <summary>
    /// The pair ceilings from the n-gram tables (per bigram, and each word's largest context back-off), raised by a
    /// little for rounding as the file's are: a pass over the bigrams and a search per trigram.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal (float[] Pairs, float[] ContextBack) ComputePairCeilings()
    {
        var bigrams = _biStarts[WordCount];
        var contextBack = new float[WordCount];
        for (var ab = 0; ab < bigrams; ab++)
        {
            var b = _biWords[ab];
            contextBack[b] = Math.Max(contextBack[b], Dequantise2(_biBack[ab]));
        }
        var pairs = new float[bigrams];
        for (var b = 0; b < WordCount; b++)
            for (var bw = _biStarts[b]; bw < _biStarts[b + 1]; bw++) pairs[bw] = Dequantise2(_biProb[bw]) + contextBack[b] + Slack;
        for (var ab = 0; ab < bigrams; ab++)
        {
            var b = _biWords[ab];
            for (var t = _triStarts[ab]; t < _triStarts[ab + 1]; t++)
            {
                var bw = Bigram(b, _triWords[t]);
                if (bw < 0) throw new InvalidDataException($"{_path}: a trigram whose last two words are no bigram");
                pairs[bw] = Math.Max(pairs[bw], _q3Min + _triProb[t] * _q3Step + Slack);
            }
        }
        for (var b = 0; b < WordCount; b++) contextBack[b] += Slack;
        return (pairs, contextBack);
    }

    /// <summary>The words that form a bigram after <paramref name="b"/>, in order, and the index of the first in the bigram table.</summary>
    internal ReadOnlySpan<int> Successors(int b, out int firstIndex)
    {
        firstIndex = _biStarts[b];
        return new ReadOnlySpan<int>(_biWords + firstIndex, _biStarts[b + 1] - firstIndex);
    }

    /// <summary>What a computed bound is raised by, so that float rounding never puts a score above it.</summary>
    private const float Slack = 1e-4f;

    /// <summary>log10 P(w | a b); a or b may be −1 where the text starts (no context: a unigram).</summary>
    public float Score(int a, int b, int w) => ScoreInContext(Context(a, b), b, w);

    /// <summary>
    /// The bigram entry of (a, b), the context a trigram is looked up under, or −1 when there is none: the lattice
    /// search asks it once per state and then scores every word that may follow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Context(int a, int b) => a >= 0 && b >= 0 ? Bigram(a, b) : -1;

    /// <summary>log10 P(w | a b) given <paramref name="context"/> = <see cref="Context"/>(a, b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float ScoreInContext(int context, int b, int w)
    {
        if (b < 0) return _uniProb[w];
        if (context >= 0)
        {
            var t = Trigram(context, w);
            if (t >= 0) return _q3Min + _triProb[t] * _q3Step;
            return Dequantise2(_biBack[context]) + BigramScore(b, w);
        }
        return BigramScore(b, w);
    }

    private float BigramScore(int b, int w)
    {
        var bw = Bigram(b, w);
        return bw >= 0 ? Dequantise2(_biProb[bw]) : _uniBack[b] + _uniProb[w];
    }

    private float Dequantise2(ushort q) => _q2Min + q * _q2Step;

    private int Bigram(int a, int b) => Search(_biWords, _biStarts[a], _biStarts[a + 1], b);

    private int Trigram(int bigram, int c) => Search(_triWords, _triStarts[bigram], _triStarts[bigram + 1], c);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Search(int* keys, int lo, int end, int key)
    {
        var hi = end - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var k = keys[mid];
            if (k == key) return mid;
            if (k < key) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    public void Dispose()
    {
        _pairCeilings?.Dispose();
        _file.Dispose();
    }
}
