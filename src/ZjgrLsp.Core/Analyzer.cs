using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core;

/// <summary>
/// Runs the enabled rules on a page and returns their findings in text order. A rule that throws is logged and
/// skipped, so one bad rule never costs the editor the others; cancellation is the only exception that escapes.
/// </summary>
public sealed class Analyzer(IReadOnlyList<IRule>? rules = null, ILogger? logger = null)
{
    private readonly IReadOnlyList<IRule> _rules = rules ?? RuleRegistry.All;

    // The language model's rules last: on a first lint the other rules run while its tables are still being built.
    private readonly IRule[] _runOrder = [.. (rules ?? RuleRegistry.All).OrderBy(r => r.Descriptor.ReadsLanguageModel)];
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    private readonly Dictionary<string, IReadOnlyList<string>> _overrides = (rules ?? RuleRegistry.All)
        .Where(r => r.Descriptor.Overrides.Count > 0).ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Overrides);

    public IReadOnlyList<IRule> Rules => _rules;

    /// <summary>How many pages are being analysed in this process right now.</summary>
    private static int _inFlight;

    /// <summary>
    /// Whether the page being analysed is the only one: then a rule may spread its work over the idle cores (a
    /// batch already keeps every core busy with a page each, where splitting a page only adds contention).
    /// </summary>
    internal static bool Alone => Volatile.Read(ref _inFlight) <= 1;

    public ImmutableArray<Finding> Analyze(NewsDocument document, ZjgrConfig? config = null, IssueContext? issue = null, CancellationToken cancellation = default)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            return RunRules(document, config, issue, cancellation);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private ImmutableArray<Finding> RunRules(NewsDocument document, ZjgrConfig? config, IssueContext? issue, CancellationToken cancellation)
    {
        config ??= ZjgrConfig.Empty;
        issue ??= IssueContext.Empty;
        var findings = new List<Finding>();
        var ahead = Alone ? StartModelPass(document, config, issue, cancellation) : null;
        var modelPassDone = false;
        foreach (var rule in _runOrder)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!config.For(rule.Descriptor.Id).Enabled) continue;
            if (rule.Descriptor.ReadsLanguageModel && !modelPassDone)
            {
                RunModelPass(rule, ahead, document, config, issue, cancellation);
                modelPassDone = true;
            }
            var before = findings.Count;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                rule.Analyze(new RuleContext(rule.Descriptor, document, issue, config, findings, cancellation));
                if (_logger.IsEnabled(LogLevel.Trace))
                    _logger.LogTrace("{Rule} on {Path}: {Ms:F1} ms", rule.Descriptor.Id, document.Path, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                findings.RemoveRange(before, findings.Count - before);
                _logger.LogError(e, "Rule {Rule} failed on {Path}", rule.Descriptor.Id, document.Path);
            }
        }
        return [.. DropOverridden(DropOutranked(findings, cancellation).ToList()).OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length).ThenBy(f => f.RuleId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Starts the language model's pass over a page linted alone on another core, when its rules find that worth it
    /// (on a first lint, while the checker's tables are built), so that it runs while this thread runs the other
    /// rules. The model's rules share one pass, so the first enabled one prepares it; null when none is enabled.
    /// </summary>
    private Task? StartModelPass(NewsDocument document, ZjgrConfig config, IssueContext issue, CancellationToken cancellation)
    {
        if (Environment.ProcessorCount < 2) return null;
        var rule = _runOrder.FirstOrDefault(r => r.Descriptor.ReadsLanguageModel && config.For(r.Descriptor.Id).Enabled);
        if (rule is null || !rule.WorthPreparingAhead) return null;
        return Task.Run(() => Prepare(rule, document, config, issue, cancellation), cancellation);
    }

    /// <summary>
    /// The language model's pass, which the model's rules share: joined if it was started ahead, else run here by the
    /// first of them to be enabled, so that each rule's logged cost is its own and the pass is logged as a stage of
    /// its own.
    /// </summary>
    private void RunModelPass(IRule rule, Task? ahead, NewsDocument document, ZjgrConfig config, IssueContext issue, CancellationToken cancellation)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (ahead is not null) Join(ahead);
        else Prepare(rule, document, config, issue, cancellation);
        if (_logger.IsEnabled(LogLevel.Trace))
            _logger.LogTrace("language-model pass on {Path}: {Ms:F1} ms", document.Path, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The rule's preparation; a failure is left for its Analyze, where it is logged and the rule skipped.</summary>
    private static void Prepare(IRule rule, NewsDocument document, ZjgrConfig config, IssueContext issue, CancellationToken cancellation)
    {
        try { rule.Prepare(new RuleContext(rule.Descriptor, document, issue, config, [], cancellation)); }
        catch (Exception e) when (e is not OperationCanceledException) { }
    }

    /// <summary>Waits for the model's pass; a cancelled one is the loop's business (it checks the token next).</summary>
    private static void Join(Task ahead)
    {
        try { ahead.Wait(); }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException)) { }
    }

    /// <summary>
    /// Of overlapping findings from competing rules of one family, keeps the one of lowest precedence (on a tie, the
    /// one that starts first). A sweep over the findings in text order compares each only with those still open at
    /// its start, so a page with tens of thousands of findings costs about as many steps, and a cancelled lint stops.
    /// </summary>
    private IEnumerable<Finding> DropOutranked(List<Finding> findings, CancellationToken cancellation)
    {
        var precedence = _rules.Where(r => r.Descriptor.Precedence is not null).ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Precedence!.Value);
        if (precedence.Count == 0) return findings;
        var dropped = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        var ranked = findings.Where(f => precedence.ContainsKey(f.RuleId)).GroupBy(f => f.Family);
        foreach (var family in ranked)
        {
            var open = new List<Finding>();
            var step = 0;
            foreach (var f in family.OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length))
            {
                if (++step % 1024 == 0) cancellation.ThrowIfCancellationRequested();
                // Nothing that ends before f starts can overlap f or anything after it.
                open.RemoveAll(o => o.Span.End < f.Span.Start || o.Span.Length == 0 && o.Span.Start < f.Span.Start);
                var mine = precedence[f.RuleId];
                foreach (var o in open)
                {
                    if (!o.Span.OverlapsWith(f.Span)) continue;
                    var theirs = precedence[o.RuleId];
                    if (Outranks(theirs, o, mine, f)) dropped.Add(f);
                    if (Outranks(mine, f, theirs, o)) dropped.Add(o);
                }
                open.Add(f);
            }
        }
        return dropped.Count == 0 ? findings : findings.Where(f => !dropped.Contains(f));
    }

    /// <summary>Drops findings of a family that an overlapping finding's rule overrides (<see cref="RuleDescriptor.Overrides"/>).</summary>
    private List<Finding> DropOverridden(List<Finding> findings)
    {
        var overriding = findings.Where(f => _overrides.ContainsKey(f.RuleId)).ToList();
        if (overriding.Count == 0) return findings;
        return findings.Where(f => !overriding.Any(o => !ReferenceEquals(o, f) && o.Span.OverlapsWith(f.Span) && _overrides[o.RuleId].Contains(f.Family))).ToList();
    }

    private static bool Outranks(int rank, Finding a, int otherRank, Finding b) =>
        rank < otherRank || rank == otherRank && a.Span.Start < b.Span.Start;
}
