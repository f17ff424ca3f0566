using System.Collections.Immutable;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Tests;

/// <summary>Competing findings are settled in near-linear time and by the same rules as before; a cancelled lint stops.</summary>
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
