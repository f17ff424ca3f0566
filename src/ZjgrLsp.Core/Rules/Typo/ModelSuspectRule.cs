using ZjgrLsp.Core.Language;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>
/// A rule that reports some kinds of the language model's suspects (typo/homophone, typo/shape, typo/de). The three
/// share one pass over the page (<see cref="ModelSuspects"/>), which the first of them to run prepares.
/// </summary>
public abstract class ModelSuspectRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public void Prepare(RuleContext context) => _ = ModelSuspects.Of(context);

    public bool WorthPreparingAhead => ModelSuspects.WorthPreparingAhead;

    public void Analyze(RuleContext context) => ModelSuspects.Report(context, Reports, Label);

    /// <summary>The kinds of suspect this rule reports.</summary>
    protected abstract bool Reports(CandidateKind kind);

    /// <summary>How the message names the kind of slip (音近, 形近, 的地得).</summary>
    protected abstract string Label { get; }
}
