using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ZjgrLsp.Server;

/// <summary>
/// Debounces lint runs per document: each edit cancels the pending run and starts a new delay, so typing
/// never queues work, and the lint itself runs on the thread pool, off the JSON-RPC reader.
/// </summary>
public sealed class LintScheduler(Func<string, CancellationToken, Task> lint, TimeSpan delay, ILogger logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);

    public TimeSpan Delay { get; set; } = delay;

    /// <summary>For tests: runs between taking over from the previous run and cancelling it (the race window).</summary>
    internal Action? BeforeCancellingPrevious { get; set; }

    public void Schedule(string uri)
    {
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
                await Task.Delay(Delay, run.Token).ConfigureAwait(false);
                await lint(uri, run.Token).ConfigureAwait(false);
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
