namespace ZjgrLsp.Core.Segmentation;

/// <summary>
/// Words added on top of the dictionary (zjgr.json, the workspace), kept as a small trie beside the read-only one.
/// A node's frequency is -1 when it is only a prefix of a user word, so the dictionary's own frequency shows
/// through, as in jieba, where add_word never resets an existing entry to 0.
/// </summary>
internal sealed class UserWords
{
    private readonly Dictionary<(int Node, char C), int> _children = [];
    private readonly List<int> _freq = [-1];
    private readonly List<string?> _tag = [null];

    public int Count { get; private set; }

    public int Child(int node, char c) => _children.TryGetValue((node, c), out var child) ? child : WordDictionary.None;

    public int Frequency(int node) => _freq[node];

    public string? Tag(int node) => _tag[node];

    public void Add(string word, int freq, string? tag)
    {
        var node = WordDictionary.Root;
        foreach (var c in word)
        {
            var child = Child(node, c);
            if (child == WordDictionary.None)
            {
                child = _freq.Count;
                _freq.Add(-1);
                _tag.Add(null);
                _children[(node, c)] = child;
            }
            node = child;
        }
        if (_freq[node] < 0) Count++;
        _freq[node] = freq;
        if (tag is not null) _tag[node] = tag;
    }
}
