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
        + "quick fix writes it; when both are printed equally often the rule cannot tell which is right and says "
        + "nothing, and when the other title is a post someone else holds, name/post-conflict reports it instead.")
    { Precedence = 1 };

    public void Analyze(RuleContext context)
    {
        var index = NameIndex.For(context);
        // Only the slots of people this page names can yield a finding here; each is looked up in the day's.
        var keys = index.PostsOnPage.Select(x => (x.Mention.Name, x.Post.Organisation, x.Post.Title.Slot)).Distinct();
        foreach (var key in keys)
        {
            var slot = (Key: (key.Name, key.Organisation, key.Slot), Items: index.SlotOf(key.Name, key.Organisation, key.Slot));
            var values = slot.Items.GroupBy(x => x.Post.Title.Text).OrderByDescending(NameIndex.Pages).ToList();
            if (values.Count < 2 || NameIndex.Pages(values[0]) == NameIndex.Pages(values[1])) continue;
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

    /// <summary>Whether a unique post is also printed for someone else at the organisation (post-conflict's case).</summary>
    private static bool HeldByOther(NameIndex index, string name, string org, Title title) =>
        title.Unique && index.HoldersOf(org, title.Text).Any(x => x.Mention.Name != name);
}
