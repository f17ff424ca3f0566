using System.Collections.Concurrent;

namespace ZjgrLsp.Core.Segmentation;

/// <summary>
/// Segmenters with user words (zjgr.json's dictionary), shared between lints with the same word list. Words are
/// added before a segmenter is published, so readers never see it change.
/// </summary>
public static class SegmenterCache
{
    private const int MaxEntries = 16;
    private static readonly ConcurrentDictionary<string, Lazy<Segmenter>> Cache = new(StringComparer.Ordinal);

    public static Segmenter For(IEnumerable<string> userWords)
    {
        var words = userWords.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (words.Count == 0) return Segmenter.Default;
        var key = string.Join('\n', words);
        if (Cache.Count > MaxEntries) Cache.Clear();
        return Cache.GetOrAdd(key, _ => new Lazy<Segmenter>(() =>
        {
            var segmenter = new Segmenter();
            foreach (var w in words) segmenter.AddWord(w);
            return segmenter;
        })).Value;
    }
}
