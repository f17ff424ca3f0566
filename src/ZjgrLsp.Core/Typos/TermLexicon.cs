using ZjgrLsp.Core.Data;

namespace ZjgrLsp.Core.Typos;

/// <summary>
/// Terms that copy often cuts short (Data/terms.txt, plus every fixed-phrase form), as a character trie so that
/// one walk from a text position finds the longest stretch that begins a term.
/// </summary>
public sealed class TermLexicon
{
    private readonly Dictionary<(int Node, char C), int> _children = [];
    private readonly List<string?> _term = [null];
    private readonly List<List<string>> _completions = [[]];

    public TermLexicon(IEnumerable<string> terms)
    {
        foreach (var term in terms.Where(t => t.Length >= 4 && HanText.AllHan(t)).Distinct())
        {
            var node = 0;
            _completions[0].Add(term);
            foreach (var c in term)
            {
                if (!_children.TryGetValue((node, c), out var child))
                {
                    child = _term.Count;
                    _term.Add(null);
                    _completions.Add([]);
                    _children[(node, c)] = child;
                }
                node = child;
                _completions[node].Add(term);
            }
            _term[node] = term;
        }
    }

    private static readonly Lazy<TermLexicon> _default = new(() => new TermLexicon(
        Lexicons.ReadLines("terms.txt").Concat(
            Lexicons.ReadLines("fixed_phrases.txt").SelectMany(l => l.Split('|', StringSplitOptions.TrimEntries)))));

    public static TermLexicon Default => _default.Value;

    public int Child(int node, char c) => _children.TryGetValue((node, c), out var child) ? child : -1;

    /// <summary>The term that ends exactly at this node, if any.</summary>
    public string? TermAt(int node) => _term[node];

    /// <summary>The terms that pass through this node.</summary>
    public IReadOnlyList<string> Completions(int node) => _completions[node];
}
