using System.Collections.Concurrent;

namespace ZjgrLsp.Server;

/// <summary>
/// How long to wait after an edit before linting the page. The wait is there to let a burst of keystrokes become one
/// lint, so it follows the page's own pace:
/// <list type="bullet">
/// <item>An edit that comes after a pause, longer than the page's last lint (with its wait) took, is linted at once:
/// the writer is not typing faster than the server lints, and a wait would only delay the diagnostics.</item>
/// <item>An edit hard on the heels of the one before waits half as long as the page's last lint after an edit took,
/// between <see cref="Shortest"/> and <see cref="Longest"/>. A page that lints in 15 ms needs next to none; a page
/// whose lint takes a fifth of a second waits a tenth, so the diagnostics come about one and a half lints after the
/// last keystroke, and a keystroke that comes during the lint cancels it between two rules.</item>
/// </list>
/// The first edit of a page has no cost to go by and waits the shortest.
/// </summary>
public sealed class DebouncePolicy(TimeProvider? clock = null)
{
    /// <summary>Keystrokes closer than this (key repeat, a pasted burst of edits) still become one lint.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(25);

    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(250);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, TimeSpan> _lastCost = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastEdit = new(StringComparer.Ordinal);

    /// <summary>The wait before linting the page after an edit made now (the edit's time is noted for the next).</summary>
    public TimeSpan DelayFor(string uri)
    {
        var now = _clock.GetTimestamp();
        var hadEdit = _lastEdit.TryGetValue(uri, out var previous);
        _lastEdit[uri] = now;
        var hasCost = _lastCost.TryGetValue(uri, out var cost);
        var half = cost / 2;
        var wait = half < Shortest ? Shortest : half > Longest ? Longest : half;
        if (hadEdit && hasCost && _clock.GetElapsedTime(previous, now) > cost + wait) return TimeSpan.Zero;
        return wait;
    }

    /// <summary>What a finished lint of the page after an edit cost (a cancelled one says nothing).</summary>
    public void Record(string uri, TimeSpan cost) => _lastCost[uri] = cost;

    public void Forget(string uri)
    {
        _lastCost.TryRemove(uri, out _);
        _lastEdit.TryRemove(uri, out _);
    }
}
