using System.Collections.Immutable;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Tests;

/// <summary>Competing findings are settled in near-linear time and by the same rules as before; a cancelled lint stops.</summary>
[Collection(nameof(AnalyzerTests.AloneInTheProcess))]
public class AnalyzerTests
{
    /// <summary>A rule that reports a span of <paramref name="length"/> every <paramref name="step"/> characters.</summary>
    private sealed class EveryNth(string id, int precedence, int step, int length, int offset = 0, string[]? overrides = null) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, "test", Severity.Warning, "A test rule.") { Precedence = precedence, Overrides = overrides ?? [] };

        public void Analyze(RuleContext context)
        {
            for (var i = offset; i + length <= context.Text.Length; i += step) context.Report(new TextSpan(i, length), id);
        }
    }

    private static readonly NewsDocument Page = NewsDocument.Parse("/x/01.txt", new string('字', 100_000));

    [Fact]
    public void OverlappingFindingsOfOneFamily_KeepTheLowerPrecedence_AcrossTensOfThousands()
    {
        IRule strong = new EveryNth("typo/strong", 0, 10, 4), weak = new EveryNth("typo/weak", 1, 5, 2, offset: 1), other = new EveryNth("dup/other", 1, 10, 4);
        var findings = new Analyzer([strong, weak, other]).Analyze(Page);
        // weak spans start at 1, 6, 11, …: those at 1 (inside strong's [0,4)) and 11 go; those at 6, 16, … stay.
        Assert.Equal(10_000, findings.Count(f => f.RuleId == "typo/strong"));
        Assert.Equal(10_000, findings.Count(f => f.RuleId == "typo/weak"));
        Assert.All(findings.Where(f => f.RuleId == "typo/weak"), f => Assert.Equal(6, f.Span.Start % 10));
        Assert.Equal(10_000, findings.Count(f => f.RuleId == "dup/other")); // another family is never outranked
    }

    [Fact]
    public void OverridingRule_RemovesOverlappingFindingsOfTheFamiliesItNames_Only()
    {
        // name/x at 0, 1000, 2000 … (4 long); typo/y at 2, 12, 22 … (2 long); punct/z at 1, 11, … (2 long).
        IRule name = new EveryNth("name/x", 0, 1000, 4, overrides: ["typo"]), typo = new EveryNth("typo/y", 1, 10, 2, offset: 2),
            punct = new EveryNth("punct/z", 1, 10, 2, offset: 1);
        var findings = new Analyzer([name, typo, punct]).Analyze(NewsDocument.Parse("/x/01.txt", new string('字', 10_000)));
        Assert.Equal(10, findings.Count(f => f.RuleId == "name/x"));
        Assert.Equal(990, findings.Count(f => f.RuleId == "typo/y")); // the one at 2 in each thousand overlaps name/x
        Assert.DoesNotContain(findings, f => f.RuleId == "typo/y" && f.Span.Start % 1000 == 2);
        Assert.Equal(1000, findings.Count(f => f.RuleId == "punct/z"));
    }

    [Fact]
    public void EqualPrecedence_KeepsTheEarlierStart()
    {
        IRule a = new EveryNth("typo/a", 1, 100, 6), b = new EveryNth("typo/b", 1, 100, 6, offset: 3);
        var findings = new Analyzer([a, b]).Analyze(Page);
        Assert.All(findings, f => Assert.Equal("typo/a", f.RuleId));
    }

    /// <summary>A rule that reads the language model: it notes where and in what order it was prepared and run.</summary>
    private sealed class ModelReader(string id, bool failToPrepare = false) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, "test", Severity.Warning, "A test rule.") { ReadsLanguageModel = true };

        public readonly System.Collections.Concurrent.ConcurrentQueue<(string Step, int Thread)> Log = new();

        public bool WorthPreparingAhead { get; init; } = true;

        /// <summary>Set when preparing starts.</summary>
        public readonly ManualResetEventSlim Preparing = new();

        public void Prepare(RuleContext context)
        {
            Log.Enqueue(("prepare", Environment.CurrentManagedThreadId));
            Preparing.Set();
            if (failToPrepare) throw new InvalidOperationException("prepare failed");
        }

        public void Analyze(RuleContext context)
        {
            Log.Enqueue(("analyze", Environment.CurrentManagedThreadId));
            context.Report(new TextSpan(0, 1), id);
        }
    }

    /// <summary>A rule that waits (up to ten seconds) for the model's pass to be preparing, and notes whether it was.</summary>
    private sealed class Plain(List<string> log, ManualResetEventSlim preparing) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("punct/plain", "test", Severity.Warning, "A test rule.");

        public void Analyze(RuleContext context) => log.Add(preparing.Wait(TimeSpan.FromSeconds(10)) ? "plain, while preparing" : "plain, alone");
    }

    /// <summary>
    /// The model's pass is prepared ahead only for a page linted alone in the process, so these tests run when no
    /// other test is linting (a collection that xUnit runs by itself).
    /// </summary>
    [CollectionDefinition(nameof(AloneInTheProcess), DisableParallelization = true)]
    public sealed class AloneInTheProcess;

    [SkippableFact]
    public void ModelRules_RunLast_AfterTheirPassWasPreparedOnAnotherThread_WhileTheOthersRan()
    {
        Skip.If(Environment.ProcessorCount < 2, "the pass is prepared ahead only with a second core");
        var first = new ModelReader("typo/model-a");
        var second = new ModelReader("typo/model-b");
        var log = new List<string>();
        // Listed before the plain rule, run after it.
        var findings = new Analyzer([first, second, new Plain(log, first.Preparing)]).Analyze(NewsDocument.Parse("/x/01.txt", "一段文字。"));
        Assert.Equal(["plain, while preparing"], log);
        Assert.Equal(2, findings.Length);
        // Only the first model rule prepares the shared pass, on a thread of its own, before either analyses.
        var steps = first.Log.ToArray();
        Assert.Equal(["prepare", "analyze"], steps.Select(s => s.Step));
        Assert.NotEqual(steps[0].Thread, steps[1].Thread);
        Assert.Equal(["analyze"], second.Log.Select(s => s.Step));
    }

    [Fact]
    public void ARuleNotWorthPreparingAhead_IsPreparedOnTheAnalysingThread_RightBeforeItsAnalysis()
    {
        // The shared pass is run as a stage of its own (and logged so), but not ahead on another core.
        var rule = new ModelReader("typo/model") { WorthPreparingAhead = false };
        Assert.Single(new Analyzer([rule]).Analyze(NewsDocument.Parse("/x/01.txt", "一段文字。")));
        Assert.Equal(["prepare", "analyze"], rule.Log.Select(s => s.Step));
        Assert.Single(rule.Log.Select(s => s.Thread).Distinct());
    }

    [Fact]
    public void TheTraceLog_ListsTheSharedModelPassApartFromEachRulesOwnCost()
    {
        var first = new ModelReader("typo/model") { WorthPreparingAhead = false };
        var second = new ModelReader("typo/other-model") { WorthPreparingAhead = false };
        var log = new TraceLog();
        new Analyzer([first, second], log).Analyze(NewsDocument.Parse("/x/01.txt", "一段文字。"));
        Assert.Equal(["language-model pass", "typo/model", "typo/other-model"],
            log.Messages.Select(m => m[..m.IndexOf(" on /x/01.txt: ", StringComparison.Ordinal)]));
    }

    /// <summary>Collects what the Analyzer logs at Trace.</summary>
    private sealed class TraceLog : Microsoft.Extensions.Logging.ILogger
    {
        public List<string> Messages { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
            Exception? exception, Func<TState, Exception?, string> formatter) => Messages.Add(formatter(state, exception));
    }

    [Fact]
    public void AFailedPreparation_LeavesTheRuleToAnalyse()
    {
        var rule = new ModelReader("typo/model", failToPrepare: true);
        var findings = new Analyzer([rule]).Analyze(NewsDocument.Parse("/x/01.txt", "一段文字。"));
        Assert.Single(findings);
        Assert.Contains(rule.Log, s => s.Step == "analyze");
    }

    [Fact]
    public void ADisabledModelRule_IsNeitherPreparedNorRun()
    {
        var rule = new ModelReader("typo/model");
        var config = ZjgrConfig.Parse("""{ "rules": { "typo/model": "off" } }""");
        Assert.Empty(new Analyzer([rule]).Analyze(NewsDocument.Parse("/x/01.txt", "一段文字。"), config));
        Assert.Empty(rule.Log);
    }

    [Fact]
    public void CancelledLint_Stops()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new Analyzer([new EveryNth("typo/a", 1, 1, 1)]).Analyze(Page, cancellation: cts.Token));
    }

    /// <summary>Waits inside the analysis until both analyses are there, and records whether its page seemed alone.</summary>
    private sealed class Meeting(Barrier barrier) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("typo/meeting", "test", Severity.Warning, "A test rule.");

        public bool? SawAlone { get; private set; }

        public void Analyze(RuleContext context)
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            SawAlone = Analyzer.Alone;
            barrier.SignalAndWait(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public void TwoPagesAnalysedAtOnce_AreNotAlone_SoNeitherSpreadsOverTheCores()
    {
        using var barrier = new Barrier(2);
        var rules = new[] { new Meeting(barrier), new Meeting(barrier) };
        var page = NewsDocument.Parse("/x/01.txt", "字");
        Parallel.ForEach(rules, new ParallelOptions { MaxDegreeOfParallelism = 2 }, rule => new Analyzer([rule]).Analyze(page));
        Assert.All(rules, r => Assert.False(r.SawAlone));
    }

    [Fact]
    public void HugeIgnoreList_FiltersByExactEntry()
    {
        var findings = new Analyzer([new EveryNth("typo/a", 1, 7, 2)]).Analyze(Page);
        var entries = Enumerable.Range(0, 50_000).Select(i => new IgnoreList.Entry("01.txt", "typo/a", $"不在{i}", "")).ToList();
        var first = findings[0];
        entries.Add(new IgnoreList.Entry("01.txt", "typo/a", Page.Text.Substring(first.Span.Start, 2), Page.Text[..(first.Span.End + 6)]));
        var kept = new IgnoreList([.. entries]).Filter(Page, findings);
        Assert.Equal(findings.Length - 1, kept.Length);
        Assert.DoesNotContain(first, kept);
    }
}
