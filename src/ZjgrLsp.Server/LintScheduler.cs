using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ZjgrLsp.Server;

/// <summary>
/// Debounces lint runs per document: each edit cancels the pending or running lint and starts a new delay, so
/// typing never queues work, and the lint itself runs on the thread pool, off the JSON-RPC reader. The delay is
/// <see cref="DebouncePolicy"/>'s, from what the page's lints cost, unless a fixed one is given.
/// </summary>
public sealed class LintScheduler(Func<string, CancellationToken, Task> lint, TimeSpan? delay, ILogger logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly DebouncePolicy _policy = new();

    /// <summary>A fixed delay before every run (tests), or null for the adaptive one.</summary>
    public TimeSpan? Delay { get; set; } = delay;

    /// <summary>For tests: runs between taking over from the previous run and cancelling it (the race window).</summary>
    internal Action? BeforeCancellingPrevious { get; set; }

    /// <summary>Lints the page after the debounce delay, or at once when <paramref name="now"/> (a page just opened: there are no keystrokes to wait for).</summary>
    public void Schedule(string uri, bool now = false)
    {
        var wait = now ? TimeSpan.Zero : Delay ?? _policy.DelayFor(uri);
        var run = new CancellationTokenSource();
        CancellationTokenSource? previous = null;
        // The update function may run more than once under contention, so it only swaps; the cancel happens after.
        _pending.AddOrUpdate(uri, run, (_, old) => { previous = old; return run; });
        if (previous is not null) BeforeCancellingPrevious?.Invoke();
        CancelQuietly(previous);
        _ = Task.Run(async () =>
        {
            try
            {
                if (wait > TimeSpan.Zero) await Task.Delay(wait, run.Token).ConfigureAwait(false);
                var started = Stopwatch.GetTimestamp();
                await lint(uri, run.Token).ConfigureAwait(false);
                // A page's first lint reads every sentence afresh; an edit's lint re-reads only what changed, so only
                // the cost of lints after edits says how long the next edit's should wait.
                if (!now && !run.IsCancellationRequested) _policy.Record(uri, Stopwatch.GetElapsedTime(started));
            }
            catch (OperationCanceledException) when (run.IsCancellationRequested)
            {
                // A newer edit superseded this run.
            }
            catch (Exception e)
            {
                logger.LogError(e, "Linting {Uri} failed", uri);
            }
            finally
            {
                _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(uri, run));
                // Not disposed: a newer Schedule may be cancelling it right now, and a source without a timer holds
                // nothing that needs disposing.
            }
        });
    }

    public void Cancel(string uri)
    {
        _policy.Forget(uri);
        if (_pending.TryRemove(uri, out var cts)) CancelQuietly(cts);
    }

    private static void CancelQuietly(CancellationTokenSource? cts)
    {
        try { cts?.Cancel(); }
        catch (ObjectDisposedException) { }
    }

    public void Dispose()
    {
        foreach (var cts in _pending.Values) CancelQuietly(cts);
        _pending.Clear();
    }
}
