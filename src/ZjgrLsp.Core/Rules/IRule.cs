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

    /// <summary>
    /// Work the rule shares with others, done before its <see cref="Analyze"/> (the language model's pass): started
    /// ahead on another core while the analyzer runs the other rules when <see cref="WorthPreparingAhead"/>, else run
    /// just before, so that the analyzer can log it as a stage of its own. It must not report; Analyze finds the work
    /// done.
    /// </summary>
    void Prepare(RuleContext context) { }

    /// <summary>Whether <see cref="Prepare"/> is worth starting ahead now (the model's rules: while its tables load).</summary>
    bool WorthPreparingAhead => false;
}
