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
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public IReadOnlyList<IRule> Rules => _rules;

    public ImmutableArray<Finding> Analyze(NewsDocument document, ZjgrConfig? config = null, IssueContext? issue = null, CancellationToken cancellation = default)
    {
        config ??= ZjgrConfig.Empty;
        issue ??= IssueContext.Empty;
        var findings = new List<Finding>();
        foreach (var rule in _rules)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!config.For(rule.Descriptor.Id).Enabled) continue;
            var before = findings.Count;
            try
            {
                rule.Analyze(new RuleContext(rule.Descriptor, document, issue, config, findings, cancellation));
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
        return [.. DropOutranked(findings).OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length).ThenBy(f => f.RuleId, StringComparer.Ordinal)];
    }

    /// <summary>Of overlapping findings from competing rules of one family, keeps the one of lowest precedence.</summary>
    private IEnumerable<Finding> DropOutranked(List<Finding> findings)
    {
        var precedence = _rules.Where(r => r.Descriptor.Precedence is not null).ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Precedence!.Value);
        if (precedence.Count == 0) return findings;
        return findings.Where(f => !precedence.TryGetValue(f.RuleId, out var mine) || !findings.Any(o =>
            o != f && o.Family == f.Family && precedence.TryGetValue(o.RuleId, out var theirs) && o.Span.OverlapsWith(f.Span)
            && (theirs < mine || theirs == mine && o.Span.Start < f.Span.Start)));
    }
}
