using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Name;

/// <summary>A name or post that differs from the newsroom's roster in zjgr.json.</summary>
public sealed class RosterRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "name/roster",
        "与名录不符",
        Severity.Warning,
        "Checks names and posts against the roster in zjgr.json ({\"roster\": [{\"name\": \"吕志良\", \"titles\": "
        + "[\"省总工会党组书记\", \"省总工会常务副主席\"], \"aliases\": [\"吕志亮\"]}]}): a known wrong spelling (alias) "
        + "is flagged wherever it is printed, and a roster person printed with a different title of the same kind at "
        + "the same organisation is flagged on that title. The quick fixes write the roster's form.")
    { Precedence = 2 };

    public void Analyze(RuleContext context)
    {
        var roster = context.Config.Roster;
        if (roster.IsEmpty) return;
        var text = context.Text;
        // An alias may be part of a correct name (吕志 of 吕志良): where a rostered name stands, it is no misspelling.
        var correct = roster.Select(r => r.Name).Where(n => n.Length > 0).Distinct()
            .SelectMany(n => Occurrences(text, n).Select(i => new TextSpan(i, n.Length))).ToList();
        foreach (var person in roster)
            foreach (var alias in person.Aliases.Where(a => a.Length > 0 && a != person.Name))
                foreach (var i in Occurrences(text, alias))
                {
                    var span = new TextSpan(i, alias.Length);
                    if (correct.Any(c => c.Start <= span.Start && span.End <= c.End)) continue;
                    context.Report(new TextSpan(i, alias.Length), $"名录中为“{person.Name}”，此处作“{alias}”",
                        [Fix.Replace($"改为“{person.Name}”", i, alias.Length, person.Name)]);
                }

        var lexicon = TitleLexicon.Default;
        foreach (var mention in MentionExtractor.Of(context.Document, context.Config.Region))
        {
            var person = roster.FirstOrDefault(r => r.Name == mention.Name);
            if (person is null) continue;
            var known = person.Titles.Select(t => (Text: t, Title: lexicon.TitleEndingAt(t, 0, t.Length)))
                .Where(t => t.Title is not null)
                .Select(t => (Org: MentionExtractor.Normalise(t.Text[..^t.Title!.Text.Length], context.Config.Region), Title: t.Title!))
                .ToList();
            foreach (var post in mention.Posts)
            {
                if (known.Any(k => k.Org == post.Organisation && k.Title.Text == post.Title.Text)) continue;
                var expected = known.FirstOrDefault(k => k.Org == post.Organisation && k.Title.Slot == post.Title.Slot);
                if (expected.Title is null) continue;
                context.Report(post.Span, $"名录中{person.Name}为“{expected.Org}{expected.Title.Text}”，此处作“{post.Title.Text}”",
                    [Fix.Replace($"改为“{expected.Title.Text}”", post.Span.Start, post.Span.Length, expected.Title.Text)]);
            }
        }
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
            yield return i;
    }
}
