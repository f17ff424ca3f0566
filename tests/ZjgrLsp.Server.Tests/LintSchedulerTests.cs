using Microsoft.Extensions.Logging;

namespace ZjgrLsp.Server.Tests;

public class LintSchedulerTests
{
    private sealed class CountingLogger : ILogger
    {
        public int Errors;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) Interlocked.Increment(ref Errors);
        }
    }

    [Fact]
    public async Task PreviousRunFinishingInTheRaceWindow_IsCancelledSafely_AndTheNewRunPublishes()
    {
        // The interleaving that lost a publish, forced: the new Schedule has taken over from the previous run, and
        // that run completes (and releases its source) before the new one cancels it.
        var logger = new CountingLogger();
        var runs = 0;
        var previousDone = new TaskCompletionSource();
        var scheduler = new LintScheduler((_, _) =>
        {
            if (Interlocked.Increment(ref runs) == 1) previousDone.TrySetResult();
            return Task.CompletedTask;
        }, TimeSpan.FromMilliseconds(200), logger);
        using var _ = scheduler;
        scheduler.Schedule("file:///a.txt");
        scheduler.Delay = TimeSpan.Zero;
        scheduler.BeforeCancellingPrevious = () =>
        {
            // Let the previous run's delay end and its lint finish first.
            scheduler.BeforeCancellingPrevious = null;
            previousDone.Task.Wait(TimeSpan.FromSeconds(5));
            Thread.Sleep(100);
        };
        scheduler.Schedule("file:///a.txt");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref runs) < 2 && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Equal(2, runs);
        Assert.Equal(0, logger.Errors);
    }

    [Fact]
    public void SchedulesFromManyThreads_AgainstRunsThatFinishAtOnce_NeverThrow()
    {
        // Widen the race window: several threads swap and cancel sources while runs complete and release theirs.
        var logger = new CountingLogger();
        var failures = 0;
        using var scheduler = new LintScheduler((_, _) => Task.CompletedTask, TimeSpan.Zero, logger);
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            try { scheduler.Schedule(i % 2 == 0 ? "file:///a.txt" : "file:///b.txt"); }
            catch (ObjectDisposedException) { Interlocked.Increment(ref failures); }
        });
        Assert.Equal(0, failures);
        Assert.Equal(0, logger.Errors);
    }

    [Fact]
    public async Task RapidSchedules_WhileRunsFinish_NeverThrow_AndTheLastEditIsLinted()
    {
        // Each edit cancels the pending run while runs finish (and used to dispose their source) on the thread pool:
        // cancelling a just-disposed source threw now and then and lost that edit's publish.
        var logger = new CountingLogger();
        const int edits = 20_000;
        var scheduled = 0;
        var lastLinted = -1;
        using var scheduler = new LintScheduler((_, _) =>
        {
            Volatile.Write(ref lastLinted, Volatile.Read(ref scheduled));
            return Task.CompletedTask;
        }, TimeSpan.Zero, logger);
        for (var i = 1; i <= edits; i++)
        {
            Volatile.Write(ref scheduled, i);
            scheduler.Schedule("file:///page.txt");
        }
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref lastLinted) != edits && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Equal(0, logger.Errors);
        Assert.Equal(edits, lastLinted);
    }
}
