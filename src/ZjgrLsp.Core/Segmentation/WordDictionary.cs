using System.Text;

namespace ZjgrLsp.Core.Segmentation;

/// <summary>
/// jieba's prefix dictionary as a read-only trie: every word and every prefix of a word is a node, and a node's
/// frequency is 0 when it is only a prefix (jieba's FREQ table). Nodes are numbered breadth-first so that the
/// child reached by edge e is node e + 1; a node's edges are sorted by character and found by binary search,
/// except the root's, which a 64 K table maps directly. Loading is a few array copies.
/// </summary>
public sealed class WordDictionary
{
    private readonly int[] _firstEdge;
    private readonly char[] _edgeChar;
    private readonly int[] _freq;
    private readonly byte[] _tag;
    private readonly string[] _tagNames;
    private readonly int[] _rootChild = new int[65536];

    private WordDictionary(long total, int[] firstEdge, char[] edgeChar, int[] freq, byte[] tag, string[] tagNames)
    {
        Total = total;
        _firstEdge = firstEdge;
        _edgeChar = edgeChar;
        _freq = freq;
        _tag = tag;
        _tagNames = tagNames;
        for (var e = firstEdge[0]; e < firstEdge[1]; e++) _rootChild[edgeChar[e]] = e + 1;
        LogFreq = new double[freq.Length];
        for (var n = 0; n < freq.Length; n++) LogFreq[n] = freq[n] > 0 ? Math.Log(freq[n]) : 0;
    }

    private static readonly Lazy<WordDictionary> _default = new(() =>
    {
        using var stream = EmbeddedData.OpenGzip("dict.bin.gz");
        return Load(stream);
    });

    /// <summary>jieba 0.42.1's dictionary (349,045 words), loaded once on first use.</summary>
    public static WordDictionary Default => _default.Value;

    /// <summary>The sum of all word frequencies, jieba's <c>total</c>.</summary>
    public long Total { get; }

    /// <summary>log(freq) of each node, 0 for prefixes (jieba uses log(freq or 1)).</summary>
    internal double[] LogFreq { get; }

    public const int Root = 0;
    public const int None = -1;

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or <see cref="None"/>.</summary>
    public int Child(int node, char c)
    {
        if (node == Root) return _rootChild[c] == 0 ? None : _rootChild[c];
        int lo = _firstEdge[node], hi = _firstEdge[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = _edgeChar[mid];
            if (m == c) return mid + 1;
            if (m < c) lo = mid + 1; else hi = mid - 1;
        }
        return None;
    }

    public int Frequency(int node) => _freq[node];

    public string? Tag(int node) => _tag[node] == 0 ? null : _tagNames[_tag[node] - 1];

    /// <summary>The node of a whole string, or <see cref="None"/>.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node == None) return None;
        }
        return node;
    }

    /// <summary>The frequency of a word, 0 for a prefix or an unknown string.</summary>
    public int Frequency(ReadOnlySpan<char> word) => Find(word) is var n and >= 0 ? _freq[n] : 0;

    /// <summary>The part-of-speech tag of a word (nr person, ns place, nt organisation, …), or null.</summary>
    public string? Tag(ReadOnlySpan<char> word) => Find(word) is var n and >= 0 ? Tag(n) : null;

    public bool Contains(ReadOnlySpan<char> word) => Frequency(word) > 0;

    /// <summary>Every word (frequency above 0) with its frequency and tag, depth first in character order.</summary>
    public IEnumerable<(string Word, int Frequency, string? Tag)> EnumerateWords() => EnumerateWords((_, _) => true);

    /// <summary>
    /// The words for which <paramref name="keep"/>(length, tag) holds, depth first. The path is kept in one buffer and
    /// a string made only for a word kept: the dictionary has 350,000 words, and a string for each prefix was most
    /// of what reading its idioms cost at start-up.
    /// </summary>
    public IEnumerable<(string Word, int Frequency, string? Tag)> EnumerateWords(Func<int, string?, bool> keep)
    {
        var path = new char[64];
        var stack = new Stack<(int Node, int Depth)>();
        stack.Push((Root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            // A node's character is the one on the edge into it; its ancestors' stand before it in the buffer.
            if (depth > path.Length) Array.Resize(ref path, path.Length * 2);
            if (depth > 0) path[depth - 1] = _edgeChar[node - 1];
            if (_freq[node] > 0 && Tag(node) is var tag && keep(depth, tag)) yield return (new string(path, 0, depth), _freq[node], tag);
            for (var e = _firstEdge[node + 1] - 1; e >= _firstEdge[node]; e--) stack.Push((e + 1, depth + 1));
        }
    }

    public static WordDictionary Load(Stream data)
    {
        EmbeddedData.ExpectMagic(data, "ZJGRDICT");
        var version = EmbeddedData.Read<int>(data);
        if (version != 1) throw new InvalidDataException($"Unknown dictionary version {version}.");
        var total = EmbeddedData.Read<long>(data);
        var nodes = EmbeddedData.Read<int>(data);
        var tagCount = EmbeddedData.Read<int>(data);
        var tagNames = new string[tagCount];
        for (var i = 0; i < tagCount; i++)
        {
            var name = EmbeddedData.ReadArray<byte>(data, EmbeddedData.Read<byte>(data));
            tagNames[i] = Encoding.UTF8.GetString(name);
        }
        var firstEdge = EmbeddedData.ReadArray<int>(data, nodes + 1);
        var edgeChar = EmbeddedData.ReadArray<char>(data, nodes - 1);
        var freq = EmbeddedData.ReadArray<int>(data, nodes);
        var tag = EmbeddedData.ReadArray<byte>(data, nodes);
        return new WordDictionary(total, firstEdge, edgeChar, freq, tag, tagNames);
    }
}
