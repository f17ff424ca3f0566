using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Names;

namespace ZjgrLsp.Core.Rules.Name;

/// <summary>A name one sound- or look-alike character away from a name the issue prints more often, or from a rostered leader's.</summary>
public sealed class NameVariantRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "name/variant",
        "人名疑有误",
        Severity.Warning,
        "Finds the people a day's issue names wherever it names them (after a title, before 说/表示/指出, after 记者, "
        + "in a 、-list, the dictionary's names) and flags text printed once that day which differs from a name printed "
        + "at least twice by one character of the given name, where the two characters sound or look alike (胡海标 "
        + "beside 胡海彪), on the same page or another. A one-character variant of a name on the roster (the national "
        + "leaders shipped in Data/leaders.json and the roster of zjgr.json) is an error even when it is the only "
        + "spelling in the issue. The quick fix writes the usual form. Names printed equally often are left alone, "
        + "since two people may well have similar names; a typo finding on the same characters gives way to this one.")
    { Precedence = 3, Overrides = ["typo"] };

    public void Analyze(RuleContext context)
    {
        var index = NameIndex.For(context);
        var text = context.Text;
        var roster = Roster.For(context.Config, IssueDay.DateOfIssue(context.Document, context.Issue)).Select(r => r.Name).ToList();
        var reported = new HashSet<int>();
        foreach (var v in NameVariants.In(text, roster))
        {
            if (!reported.Add(v.Span.Start)) continue;
            context.Report(v.Span, $"“{v.Printed}”疑为“{v.Usual}”（领导人名录）",
                [Fix.Replace($"改为“{v.Usual}”", v.Span.Start, v.Span.Length, v.Usual)], severity: Severity.Error);
        }
        foreach (var v in index.VariantsOnPage)
        {
            if (!reported.Add(v.Span.Start)) continue;
            var count = index.NameCounts.GetValueOrDefault(v.Usual);
            var related = index.Day.Where(p => p.Path != context.Document.Path || ReferenceEquals(p, context.Document))
                .SelectMany(p => Text.TextSearch.Occurrences(p.Text, v.Usual).Take(1).Select(at => (p, at)))
                .Take(3)
                .Select(x => new RelatedLocation(ReferenceEquals(x.p, context.Document) ? null : x.p.Path, new Text.TextSpan(x.at, v.Usual.Length), $"此处作“{v.Usual}”"));
            context.Report(v.Span, $"“{v.Printed}”疑为“{v.Usual}”（本期他处作“{v.Usual}”{count}次）",
                [Fix.Replace($"改为“{v.Usual}”", v.Span.Start, v.Span.Length, v.Usual)], related);
        }
    }
}
