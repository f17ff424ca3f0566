using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Language;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>A character the language model reads as a slip for one that looks alike.</summary>
public sealed class ShapeRule : ModelSuspectRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "typo/shape",
        "形近别字",
        Severity.Warning,
        "A character the language model reads as a slip for one that looks alike (股 for 殷, 冷 for 怜): both shape codes of Unihan, four-corner and Cangjie, must agree that the two look alike, and the look-alike must form a word with its neighbours and make the text around it much likelier to the word trigram model. Names, titles in 《》 and dictionary words are left alone. Not safe for fix-all.")
    { Precedence = 4, ReadsLanguageModel = true };

    protected override bool Reports(CandidateKind kind) => kind is CandidateKind.Shape;

    protected override string Label => "形近";
}
