using System.Runtime.InteropServices;
using ZjgrLsp.Core.Data;
using ZjgrLsp.Core.Segmentation;

namespace ZjgrLsp.Core.Typos;

/// <summary>
/// Set phrases that must be printed exactly: the groups of Data/fixed_phrases.txt (canonical form first, then
/// accepted variants) and jieba's four-character idioms (tag i). Four-character forms are found through masked
/// keys (one position, or a doubled pair such as 殷殷, left blank); longer forms through their halves, since one
/// slip leaves at least one half intact.
/// </summary>
public sealed class PhraseLexicon
{
    /// <summary>A form of a phrase group: the text as folded, and its group's canonical form.</summary>
    public sealed record Form(string Text, string Canonical, bool Curated);

    private const int MinHalf = 3;

    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    /// <summary>
    /// The four-character forms under each masked key, as one stretch of <see cref="_masked4Forms"/>: some 25,000
    /// idioms make over 100,000 keys, nearly all with a single form, and a list a key was most of the index's load.
    /// </summary>
    private readonly Dictionary<ulong, (int Start, int Count)> _masked4;
    private readonly Form[] _masked4Forms;

    /// <summary>Masked keys and their forms in the order they were added, until the constructor files them.</summary>
    private readonly List<(ulong Key, Form Form)> _masked4Entries = new(140_000); // over 100,000 for jieba's idioms
    private readonly Dictionary<string, List<(Form Form, bool Left)>> _halves = new(StringComparer.Ordinal);

    /// <summary>The first two characters of every indexed half: most places of a text start none, and are passed over
    /// without a look-up per half length.</summary>
    private readonly HashSet<int> _halfStarts = [];

    public PhraseLexicon(IEnumerable<string[]> groups, IEnumerable<string> idioms)
    {
        foreach (var group in groups)
            foreach (var text in group) Add(new Form(Fold(text), Fold(group[0]), Curated: true));
        foreach (var idiom in idioms) Add(new Form(idiom, idiom, Curated: false));
        (_masked4, _masked4Forms) = FileByKey(_masked4Entries);
        _masked4Entries = [];
        HalfLengths = _halves.Keys.Select(k => k.Length).Distinct().Order().ToArray();
        foreach (var half in _halves.Keys) _halfStarts.Add(half[0] << 16 | half[1]);
    }

    private static readonly Lazy<PhraseLexicon> _default = new(() => new PhraseLexicon(
        Lexicons.ReadLines("fixed_phrases.txt").Select(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
        WordDictionary.Default.WordsOfLength(4, "i").Where(w => HanText.AllHan(w))));

    public static PhraseLexicon Default => _default.Value;

    /// <summary>The lengths of indexed halves, for scanning text.</summary>
    public int[] HalfLengths { get; }

    public bool IsForm(string folded) => _exact.Contains(folded);

    public bool IsForm(ReadOnlySpan<char> folded) => _exact.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>Four-character forms matching a key with one position (or a doubled pair) blanked.</summary>
    public ArraySegment<Form> Masked4(ulong key) =>
        _masked4.TryGetValue(key, out var at) ? new ArraySegment<Form>(_masked4Forms, at.Start, at.Count) : ArraySegment<Form>.Empty;

    /// <summary>
    /// The entries grouped by key, each key's forms in the order they were added (the rule tries a key's forms in the
    /// order of the data files): three passes over the entries with a dictionary, where sorting them cost more.
    /// </summary>
    private static (Dictionary<ulong, (int, int)>, Form[]) FileByKey(List<(ulong Key, Form Form)> entries)
    {
        var index = new Dictionary<ulong, (int Start, int Count)>(entries.Count);
        foreach (var (key, _) in entries) CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _).Count++;
        var next = 0;
        foreach (var key in index.Keys)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(index, key);
            (slot.Start, next, slot.Count) = (next, next + slot.Count, 0);
        }
        var forms = new Form[entries.Count];
        foreach (var (key, form) in entries)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(index, key);
            forms[slot.Start + slot.Count++] = form;
        }
        return (index, forms);
    }

    /// <summary>Whether some indexed half starts with these two characters.</summary>
    public bool MayStartHalf(char first, char second) => _halfStarts.Contains(first << 16 | second);

    /// <summary>Longer forms one of whose halves is exactly <paramref name="half"/>.</summary>
    public IReadOnlyList<(Form Form, bool Left)> ByHalf(ReadOnlySpan<char> half) =>
        _halves.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(half, out var l) ? l : [];

    public static string Fold(string s) => string.Create(s.Length, s, (span, src) =>
    {
        for (var i = 0; i < src.Length; i++) span[i] = HanText.Fold(src[i]);
    });

    private void Add(Form form)
    {
        if (!_exact.Add(form.Text)) return;
        var t = form.Text;
        if (t.Length == 4 && HanText.AllHan(t))
        {
            for (var i = 0; i < 4; i++) _masked4Entries.Add((HanText.Key4(t, 1 << i), form));
            for (var i = 0; i < 3; i++)
                if (t[i] == t[i + 1]) _masked4Entries.Add((HanText.Key4(t, 3 << i), form));
        }
        else if (t.Length >= 5)
        {
            // Halves of two characters match nearly everywhere and cost more than they find; a five-character
            // phrase is found through its longer half only.
            var mid = t.Length / 2;
            if (mid >= MinHalf) AddTo(_halves, t[..mid], (form, true));
            AddTo(_halves, t[mid..], (form, false));
        }
    }

    private static void AddTo<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
