using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Language;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>的, 地 and 得 used for one another.</summary>
public sealed class DeDiDeRule : ModelSuspectRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "typo/de",
        "的地得误用",
        Severity.Warning,
        "的, 地 and 得 used for one another (认真的学习 for 认真地学习, 跑的快 for 跑得快), decided by the word trigram model where another of the three makes the text around it clearly likelier, and by grammar where the dictionary's word classes settle it (an adverbial before a verb takes 地, a degree complement after a verb takes 得, an attribute before a noun takes 的) and the model agrees. Not safe for fix-all.")
    { Precedence = 4, ReadsLanguageModel = true };

    protected override bool Reports(CandidateKind kind) => kind is CandidateKind.De;

    protected override string Label => "的地得";
}
