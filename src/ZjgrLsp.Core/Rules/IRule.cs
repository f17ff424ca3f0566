namespace ZjgrLsp.Core.Rules;

/// <summary>
/// A check on a page. A rule reads <see cref="RuleContext.Document"/> (and, when it needs the rest of the issue,
/// <see cref="RuleContext.Issue"/>) and reports through <see cref="RuleContext.Report"/>. Rules hold no state
/// between calls, so one instance serves every page and thread.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Analyze(RuleContext context);
}
