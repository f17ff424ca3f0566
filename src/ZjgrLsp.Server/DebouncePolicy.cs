using System.Collections.Concurrent;

namespace ZjgrLsp.Server;

/// <summary>
/// How long to wait after an edit before linting the page: half as long as the page's last lint after an edit took,
/// between <see cref="Shortest"/> and <see cref="Longest"/>. The wait is there to let a burst of keystrokes become one
/// lint. A page that lints in 15 ms needs next to none, so its diagnostics follow the typing at once; a page whose
/// lint takes a fifth of a second waits a tenth, so the diagnostics come about one and a half lints after the last
/// keystroke, and a keystroke that comes during the lint cancels it between two rules. The first edit of a page has
/// no cost to go by and waits the shortest.
/// </summary>
public sealed class DebouncePolicy
{
    /// <summary>Keystrokes closer than this (key repeat, a pasted burst of edits) still become one lint.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(25);

    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, TimeSpan> _lastCost = new(StringComparer.Ordinal);

    public TimeSpan DelayFor(string uri)
    {
        var half = _lastCost.GetValueOrDefault(uri, TimeSpan.Zero) / 2;
        return half < Shortest ? Shortest : half > Longest ? Longest : half;
    }

    /// <summary>What a finished lint of the page after an edit cost (a cancelled one says nothing).</summary>
    public void Record(string uri, TimeSpan cost) => _lastCost[uri] = cost;

    public void Forget(string uri) => _lastCost.TryRemove(uri, out _);
}
