using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Names;

namespace ZjgrLsp.Core.Rules.Name;

/// <summary>One person printed with two titles of the same kind at one organisation in a day's issue.</summary>
public sealed class TitleMismatchRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "name/title-mismatch",
        "同一人职务不一致",
        Severity.Warning,
        "Flags a person printed in one day's issue with two titles of the same kind at the same organisation "
        + "(党组书记 on one page, 党组副书记 on another). The title printed on more pages is taken as right, and the "
        + "quick fix writes it; when the other title is a post someone else holds, name/post-conflict reports it "
        + "instead. When both are printed on as many pages the rule cannot tell which is right and reports each place "
        + "as information, with the other title as a quick fix, but only when every page involved carries its own "
        + "date: a page whose day is inferred from shared text may be an earlier report, from before the post "
        + "changed. The option \"evenSplit\": \"off\" silences these, \"info\" (the default) keeps them.")
    { Precedence = 1, Options = new Dictionary<string, string[]> { ["evenSplit"] = ["info", "off"] } };

    public void Analyze(RuleContext context)
    {
        var index = NameIndex.For(context);
        // Only the slots of people this page names can yield a finding here; each is looked up in the day's.
        var keys = index.PostsOnPage.Select(x => (x.Mention.Name, x.Post.Organisation, x.Post.Title.Slot)).Distinct();
        foreach (var key in keys)
        {
            var slot = (Key: (key.Name, key.Organisation, key.Slot), Items: index.SlotOf(key.Name, key.Organisation, key.Slot));
            var values = slot.Items.GroupBy(x => x.Post.Title.Text).OrderByDescending(NameIndex.Pages).ToList();
            if (values.Count < 2) continue;
            if (NameIndex.Pages(values[0]) == NameIndex.Pages(values[1]))
            {
                if (context.Setting.GetString("evenSplit") != "off") ReportEvenSplit(context, index, slot.Key, values);
                continue;
            }
            var usual = values[0].Key;
            // When the commoner title is a post someone else holds that day, the two are post-conflict's case.
            if (HeldByOther(index, slot.Key.Name, slot.Key.Organisation, values[0].First().Post.Title)) continue;
            foreach (var minority in values.Skip(1))
            {
                var here = minority.Where(x => index.IsOnPage(x.Mention)).ToList();
                if (here.Count == 0) continue;
                if (HeldByOther(index, slot.Key.Name, slot.Key.Organisation, minority.First().Post.Title)) continue;
                var (mention, post) = here[0];
                var related = values[0].Select(x => index.Related(x.Mention, $"此处作“{usual}”")).ToList();
                context.Report(post.Span, $"{mention.Name}的职务本期他处作“{slot.Key.Organisation}{usual}”，此处作“{minority.Key}”",
                    [Fix.Replace($"改为“{usual}”", post.Span.Start, post.Span.Length, usual)], related);
            }
        }
    }

    /// <summary>
    /// Two titles printed on as many pages each: which is right the issue cannot tell, so each place on this page is
    /// reported as information, with the other title as a quick fix, for the editor to check against the source.
    /// </summary>
    private static void ReportEvenSplit(RuleContext context, NameIndex index, (string Name, string Org, string Slot) key,
        List<IGrouping<string, (Mention Mention, Post Post)>> values)
    {
        var top = NameIndex.Pages(values[0]);
        var tied = values.TakeWhile(v => NameIndex.Pages(v) == top).ToList();
        if (tied.Any(v => HeldByOther(index, key.Name, key.Org, v.First().Post.Title))) return;
        var paths = tied.SelectMany(v => v).Select(x => x.Mention.Path).ToHashSet(StringComparer.Ordinal);
        if (index.Day.Where(p => paths.Contains(p.Path)).Any(p => IssueDay.DateOf(p) is null)) return;
        foreach (var value in tied)
            foreach (var (mention, post) in value.Where(x => index.IsOnPage(x.Mention)).Take(1))
            {
                var others = tied.Where(v => v.Key != value.Key).ToList();
                var names = string.Join("”“", others.Select(o => o.Key));
                var related = others.SelectMany(o => o).Select(x => index.Related(x.Mention, $"此处作“{x.Post.Title.Text}”")).ToList();
                context.Report(post.Span, $"{mention.Name}的职务本期作“{key.Org}{value.Key}”，也作“{names}”，两者页数相同，请核对",
                    [.. others.Select(o => Fix.Replace($"改为“{o.Key}”", post.Span.Start, post.Span.Length, o.Key))], related, severity: Severity.Information);
            }
    }

    /// <summary>Whether a unique post is also printed for someone else at the organisation (post-conflict's case).</summary>
    private static bool HeldByOther(NameIndex index, string name, string org, Title title) =>
        title.Unique && index.HoldersOf(org, title.Text).Any(x => x.Mention.Name != name);
}
