using System.Text;

namespace ZjgrLsp.Core.Segmentation;

/// <summary>
/// jieba's prefix dictionary as a read-only trie: every word and every prefix of a word is a node, and a node's
/// frequency is 0 when it is only a prefix (jieba's FREQ table). Nodes are numbered breadth-first so that the
/// child reached by edge e is node e + 1; a node's edges are sorted by character and found by binary search,
/// except the root's, which a 64 K table maps directly. The arrays are read in place from the assembly's image
/// (<see cref="EmbeddedData"/>), so loading costs only the root's table.
/// </summary>
public sealed class WordDictionary
{
    private readonly EmbeddedData _data; // owns the memory the addresses below point into
    private readonly int _nodes;
    private readonly nint _firstEdge, _edgeChar, _freq, _tag, _logFreq;
    private readonly string[] _tagNames;
    private readonly int[] _rootChild = new int[65536];

    private WordDictionary(EmbeddedData data)
    {
        _data = data;
        var reader = new EmbeddedData.Reader(data);
        reader.ExpectMagic("ZJGRDICT");
        var version = reader.Next<int>();
        if (version != 2) throw new InvalidDataException($"Unknown dictionary version {version}; regenerate it with scripts/gen_jieba_data.py.");
        Total = reader.Next<long>();
        _nodes = reader.Next<int>();
        _tagNames = new string[reader.Next<int>()];
        for (var i = 0; i < _tagNames.Length; i++) _tagNames[i] = Encoding.UTF8.GetString(reader.Bytes(reader.Next<byte>()));
        reader.Align(8);
        unsafe
        {
            _logFreq = (nint)reader.Array<double>(_nodes);
            _firstEdge = (nint)reader.Array<int>(_nodes + 1);
            _freq = (nint)reader.Array<int>(_nodes);
            _edgeChar = (nint)reader.Array<char>(_nodes - 1);
            _tag = (nint)reader.Array<byte>(_nodes);
        }
        var firstEdge = FirstEdge;
        var edgeChar = EdgeChar;
        for (var e = firstEdge[0]; e < firstEdge[1]; e++) _rootChild[edgeChar[e]] = e + 1;
    }

    private static readonly Lazy<WordDictionary> _default = new(() => new WordDictionary(EmbeddedData.Open("dict.bin")));

    /// <summary>jieba 0.42.1's dictionary (349,045 words), loaded once on first use.</summary>
    public static WordDictionary Default => _default.Value;

    /// <summary>The sum of all word frequencies, jieba's <c>total</c>.</summary>
    public long Total { get; }

    private unsafe ReadOnlySpan<int> FirstEdge => new((void*)_firstEdge, _nodes + 1);
    private unsafe ReadOnlySpan<char> EdgeChar => new((void*)_edgeChar, _nodes - 1);
    private unsafe ReadOnlySpan<int> Freq => new((void*)_freq, _nodes);
    private unsafe ReadOnlySpan<byte> Tags => new((void*)_tag, _nodes);

    /// <summary>log(freq) of each node, 0 for prefixes (jieba uses log(freq or 1)), as the generator computed it.</summary>
    internal unsafe ReadOnlySpan<double> LogFreq => new((void*)_logFreq, _nodes);

    public const int Root = 0;
    public const int None = -1;

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or <see cref="None"/>.</summary>
    public int Child(int node, char c)
    {
        if (node == Root) return _rootChild[c] == 0 ? None : _rootChild[c];
        var firstEdge = FirstEdge;
        int lo = firstEdge[node], hi = firstEdge[node + 1] - 1;
        var edgeChar = EdgeChar;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = edgeChar[mid];
            if (m == c) return mid + 1;
            if (m < c) lo = mid + 1; else hi = mid - 1;
        }
        return None;
    }

    public int Frequency(int node) => Freq[node];

    public string? Tag(int node) => Tags[node] is var t && t == 0 ? null : _tagNames[t - 1];

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
    public int Frequency(ReadOnlySpan<char> word) => Find(word) is var n and >= 0 ? Freq[n] : 0;

    /// <summary>The part-of-speech tag of a word (nr person, ns place, nt organisation, …), or null.</summary>
    public string? Tag(ReadOnlySpan<char> word) => Find(word) is var n and >= 0 ? Tag(n) : null;

    public bool Contains(ReadOnlySpan<char> word) => Frequency(word) > 0;

    /// <summary>
    /// The words of <paramref name="length"/> characters with <paramref name="tag"/>, in character order. Nodes are
    /// numbered breadth first, so the nodes of one depth are one stretch, already in character order; a word's
    /// characters are read back up its parents. Only the words kept are spelt out, not the other 470,000 nodes.
    /// </summary>
    public IEnumerable<string> WordsOfLength(int length, string tag)
    {
        var tagIndex = Array.IndexOf(_tagNames, tag) + 1;
        if (tagIndex == 0 || length < 1) yield break;
        // levels[d] is the first node of depth d, so the nodes of depth d are levels[d] .. levels[d + 1] - 1: the
        // children of one depth's nodes come right after the last child of the depth before.
        var levels = new int[length + 2];
        for (var d = 0; d <= length; d++) levels[d + 1] = FirstEdge[levels[d]] + 1;
        var chars = new char[length];
        for (var node = levels[length]; node < levels[length + 1]; node++)
        {
            if (Tags[node] != tagIndex || Freq[node] <= 0) continue;
            var n = node;
            for (var d = length - 1; d >= 0; d--)
            {
                chars[d] = EdgeChar[n - 1];
                n = Parent(n, levels[d], levels[d + 1]);
            }
            yield return new string(chars);
        }
    }

    /// <summary>The parent of <paramref name="node"/>, among nodes <paramref name="from"/> .. <paramref name="to"/> - 1: the one whose edges hold node − 1.</summary>
    private int Parent(int node, int from, int to)
    {
        int lo = from, hi = to - 1;
        var firstEdge = FirstEdge;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (firstEdge[mid] <= node - 1) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>
    /// Every word (frequency above 0) with its frequency and tag, depth first in character order: the whole list, as
    /// the tests read it to check <see cref="WordsOfLength"/>. The path is kept in one buffer, a string made for each
    /// word only.
    /// </summary>
    public IEnumerable<(string Word, int Frequency, string? Tag)> EnumerateWords()
    {
        var path = new char[64];
        var stack = new Stack<(int Node, int Depth)>();
        stack.Push((Root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            // A node's character is the one on the edge into it; its ancestors' stand before it in the buffer.
            if (depth > path.Length) Array.Resize(ref path, path.Length * 2);
            if (depth > 0) path[depth - 1] = EdgeChar[node - 1];
            var freq = Freq[node];
            if (freq > 0) yield return (new string(path, 0, depth), freq, Tag(node));
            for (var e = FirstEdge[node + 1] - 1; e >= FirstEdge[node]; e--) stack.Push((e + 1, depth + 1));
        }
    }
}
