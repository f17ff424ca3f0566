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

    public void Schedule(string uri)
    {
        var cts = new CancellationTokenSource();
        var previous = _pending.AddOrUpdate(uri, cts, (_, old) => { old.Cancel(); return cts; });
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(Delay, cts.Token).ConfigureAwait(false);
                await lint(uri, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                // A newer edit superseded this run.
            }
            catch (Exception e)
            {
                logger.LogError(e, "Linting {Uri} failed", uri);
            }
            finally
            {
                _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(uri, cts));
                cts.Dispose();
            }
        });
    }

    public void Cancel(string uri)
    {
        if (_pending.TryRemove(uri, out var cts)) cts.Cancel();
    }

    public void Dispose()
    {
        foreach (var cts in _pending.Values) cts.Cancel();
        _pending.Clear();
    }
}
