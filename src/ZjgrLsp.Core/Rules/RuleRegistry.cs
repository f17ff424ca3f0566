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
        new DeDiDeRule(),
        new FixedPhraseRule(),
        new HomophoneRule(),
        new MisspellingRule(),
        new ShapeRule(),
        new TruncatedTermRule(),
        new UsageRule(),
    ];

    public static IRule? Find(string id) => All.FirstOrDefault(r => r.Descriptor.Id == id);

    /// <summary>
    /// What zjgr.json says that no rule will read: an unknown rule id (a typo would silently leave the rule on), an
    /// option the rule does not have, an option value it does not accept; plus the warnings found while parsing.
    /// </summary>
    public static IEnumerable<string> Check(Config.ZjgrConfig config)
    {
        var where = config.SourcePath ?? Config.ZjgrConfig.FileName;
        foreach (var warning in config.Warnings) yield return warning;
        foreach (var (id, setting) in config.Rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (Find(id) is not { } rule)
            {
                var near = All.Select(r => r.Descriptor.Id).Select(known => (Id: known, Distance: EditDistance(known, id)))
                    .Where(k => k.Distance <= 2).OrderBy(k => k.Distance).Select(k => k.Id).FirstOrDefault();
                yield return $"{where}: unknown rule \"{id}\" is ignored" + (near is null ? " (zjgr rules lists them)" : $" (did you mean \"{near}\"?)");
                continue;
            }
            foreach (var (name, value) in setting.Options)
            {
                if (!rule.Descriptor.Options.TryGetValue(name, out var allowed))
                    yield return $"{where}: rule \"{id}\" has no option \"{name}\"; it is ignored";
                else if (value.ValueKind != System.Text.Json.JsonValueKind.String || !allowed.Contains(value.GetString()))
                    yield return $"{where}: rule \"{id}\" option \"{name}\" must be one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}, not {value.GetRawText()}; it is ignored";
            }
        }
    }

    /// <summary>Levenshtein distance, for "did you mean" on a mistyped rule id.</summary>
    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
