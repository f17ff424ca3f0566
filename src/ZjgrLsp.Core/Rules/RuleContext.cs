using System.Collections.Immutable;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Rules;

/// <summary>What a rule sees while it runs on one page, and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Finding> _sink;
    private readonly Severity _severity;

    internal RuleContext(RuleDescriptor rule, NewsDocument document, IssueContext issue, ZjgrConfig config, List<Finding> sink, CancellationToken cancellation)
    {
        Rule = rule;
        Document = document;
        Issue = issue;
        Config = config;
        Setting = config.For(rule.Id);
        _severity = Setting.Severity ?? rule.DefaultSeverity;
        _sink = sink;
        Cancellation = cancellation;
    }

    public RuleDescriptor Rule { get; }
    public NewsDocument Document { get; }
    public IssueContext Issue { get; }
    public ZjgrConfig Config { get; }
    public RuleSetting Setting { get; }
    public CancellationToken Cancellation { get; }

    public string Text => Document.Text;

    /// <summary>The word segmenter, with the configuration's dictionary words added.</summary>
    public Segmenter Segmenter => _segmenter ??= SegmenterCache.For(Config.Dictionary);

    private Segmenter? _segmenter;

    /// <summary>How many findings this page's rules have reported so far (for <see cref="BlockCache"/>).</summary>
    internal int Reported => _sink.Count;

    internal IReadOnlyList<Finding> ReportedSince(int count) => _sink.GetRange(count, _sink.Count - count);

    /// <summary>Reports a finding made earlier under the same rule and configuration (<see cref="BlockCache"/>).</summary>
    internal void Add(Finding finding) => _sink.Add(finding);

    /// <param name="severity">This finding's severity when it is graver than the rule's usual one (a rostered leader's
    /// name); a severity set in zjgr.json still wins.</param>
    public void Report(TextSpan span, string message, IEnumerable<Fix>? fixes = null, IEnumerable<RelatedLocation>? related = null, string? dictionaryWord = null,
        Severity? severity = null) =>
        _sink.Add(new Finding(Rule.Id, Setting.Severity ?? severity ?? _severity, span, message,
            fixes?.ToImmutableArray() ?? [], related?.ToImmutableArray() ?? []) { DictionaryWord = dictionaryWord });
}
