using System.Collections.Concurrent;

namespace ZjgrLsp.Core.Caching;

/// <summary>
/// A thread-safe memo of values computed from their keys (a paragraph's findings, a run's suspects) that starts afresh
/// once it has taken in <paramref name="capacity"/> entries: enough for a day's pages, never unbounded.
/// It counts the entries it adds instead of asking the dictionary: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/>
/// takes every one of the table's locks (up to 1,024 once the table has grown), and asking it before each look-up
/// cost typo/de 84 ms an edit of a 100,000-character page. (Microsoft.Extensions.Caching.Memory's size-limited cache would do,
/// but it keeps an entry object, a size and a clock reading per entry for eviction this memo does not need.)
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private int _added;

    public bool TryGetValue(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>The value kept for <paramref name="key"/>, or the one <paramref name="make"/> computes, then kept.</summary>
    public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> make, TArg argument)
    {
        if (_entries.TryGetValue(key, out var known)) return known;
        var value = make(key, argument);
        Set(key, value);
        return value;
    }

    public void Set(TKey key, TValue value)
    {
        if (Interlocked.Increment(ref _added) > capacity)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _added, 1);
        }
        _entries[key] = value;
    }
}
