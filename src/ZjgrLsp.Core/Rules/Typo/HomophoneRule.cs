using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Language;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>A character (or a two-character stretch) the language model reads as a slip for one that sounds the same or nearly.</summary>
public sealed class HomophoneRule : ModelSuspectRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "typo/homophone",
        "音近别字",
        Severity.Warning,
        "A character the language model reads as a slip for one that sounds the same or nearly (pinyin input: 启示 for 启事, 在 for 再). Each Han run is scored by a word trigram model of Simplified Chinese (libime's lm_sc, see NOTICE); a same- or near-sounding common character that forms a word with its neighbours (or, for a frequent one such as 再, stands alone) and makes the text around it (±5 characters) much likelier is suggested, up to three, best first; so is a whole word of the same reading for two printed characters typed by their pinyin (肠胃 for 常委, from libime's word readings). The evidence needed grows with the number of homophones. Names (the dictionary's nr/ns words and words the segmenter infers), titles in 《》 and the dictionary of zjgr.json are left alone; at most two suspects a sentence. Not safe for fix-all: a person should choose.")
    { Precedence = 4, ReadsLanguageModel = true };

    protected override bool Reports(CandidateKind kind) => kind is CandidateKind.Sound or CandidateKind.NearSound or CandidateKind.Word;

    protected override string Label => "音近";
}
