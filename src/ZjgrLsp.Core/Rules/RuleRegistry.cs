using ZjgrLsp.Core.Rules.Cont;
using ZjgrLsp.Core.Rules.Date;
using ZjgrLsp.Core.Rules.Dup;
using ZjgrLsp.Core.Rules.Layout;
using ZjgrLsp.Core.Rules.Name;
using ZjgrLsp.Core.Rules.Num;
using ZjgrLsp.Core.Rules.Punct;
using ZjgrLsp.Core.Rules.Typo;

namespace ZjgrLsp.Core.Rules;

/// <summary>Every rule the engine ships, one line each, sorted by id. A test checks ids are unique and documented.</summary>
public static class RuleRegistry
{
    public static readonly IReadOnlyList<IRule> All =
    [
        new MarkerFormatRule(),
        new MarkerTargetRule(),
        new CalendarDateRule(),
        new DatelineRule(),
        new MastheadDateRule(),
        new DuplicateCharacterRule(),
        new DuplicateParagraphRule(),
        new DuplicateSentenceRule(),
        new DuplicateWordRule(),
        new SplitParagraphRule(),
        new TruncatedTextRule(),
        new PostConflictRule(),
        new RosterRule(),
        new TitleMismatchRule(),
        new NameVariantRule(),
        new ApproximateNumberRule(),
        new FullwidthDigitRule(),
        new DateRangeDashRule(),
        new YearZeroRule(),
        new DoubledPunctuationRule(),
        new HalfwidthPunctuationRule(),
        new UnpairedPunctuationRule(),
        new ConfusableVariantRule(),
        new FixedPhraseRule(),
        new MisspellingRule(),
        new TruncatedTermRule(),
        new UsageRule(),
    ];

    public static IRule? Find(string id) => All.FirstOrDefault(r => r.Descriptor.Id == id);
}
