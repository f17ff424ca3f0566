using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Names;

namespace ZjgrLsp.Core.Rules.Name;

/// <summary>One post that only one person holds (党组书记 of 省总工会) given to two people in one day's issue.</summary>
public sealed class PostConflictRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "name/post-conflict",
        "同一职务两人担任",
        Severity.Warning,
        "Reads every person named after a title chain in the day's issue (the pages of the folder that share the "
        + "page's date) and flags a post that one person holds per organisation (党组书记, 主席, 省长, 部长… marked "
        + "unique in Data/titles.txt) given to two people: 省总工会党组书记 for both 吕志良 and 胡柯. When one of the two "
        + "is also printed with another title of the same kind (胡柯 as 党组成员 on another page), that person's title is "
        + "the slip: the finding sits on it and the quick fix writes the other title; otherwise both mentions are "
        + "flagged. Related information points to the other holder.")
    { Precedence = 0 };

    public void Analyze(RuleContext context)
    {
        var index = NameIndex.For(context);
        // Only the posts this page prints can yield a finding here; each is looked up in the day's holders.
        var keys = index.PostsOnPage.Where(x => x.Post.Title.Unique).Select(x => (x.Post.Organisation, x.Post.Title.Text)).Distinct();
        foreach (var key in keys)
        {
            var post = (Key: key, Holders: index.HoldersOf(key.Organisation, key.Text));
            var byName = post.Holders.GroupBy(x => x.Mention.Name).ToList();
            if (byName.Count < 2) continue;
            var alternatives = byName.ToDictionary(g => g.Key, g => Alternatives(index, g.Key, post.Key.Organisation, g.First().Post.Title));
            var culprits = byName.Where(g => alternatives[g.Key].Count > 0).ToList();
            var blamed = culprits.Count == 1 ? culprits : Minority(byName);
            foreach (var person in blamed)
            {
                var here = person.Where(x => index.IsOnPage(x.Mention)).ToList();
                if (here.Count == 0) continue;
                var (mention, title) = here[0];
                var others = byName.Where(g => g.Key != person.Key).SelectMany(g => g).ToList();
                var otherNames = string.Join("、", others.Select(o => o.Mention.Name).Distinct());
                var related = others.Select(o => index.Related(o.Mention, $"{o.Mention.Name}也是{post.Key.Organisation}{post.Key.Text}")).ToList();
                var fixes = new List<Fix>();
                if (culprits.Count == 1 && alternatives[person.Key].FirstOrDefault() is { } other)
                {
                    fixes.Add(Fix.Replace($"改为“{other}”", title.Span.Start, title.Span.Length, other));
                    if (here.Count > 1)
                        fixes.Add(new Fix($"本页{person.Key}的“{post.Key.Text}”都改为“{other}”",
                            [.. here.Select(h => new TextEdit(h.Post.Span.Start, h.Post.Span.Length, other))]));
                }
                var hint = fixes.Count > 0 ? $"；本期他处作“{alternatives[person.Key][0]}”" : "";
                context.Report(title.Span, $"{post.Key.Organisation}{post.Key.Text}同时写作{person.Key}和{otherNames}{hint}", fixes, related);
            }
        }
    }

    /// <summary>
    /// When no holder is printed elsewhere with another title of the slot: the one the day's pages print with the post
    /// most often is taken as its holder and the others are blamed; on an even split, all of them.
    /// </summary>
    private static List<IGrouping<string, (Mention Mention, Post Post)>> Minority(List<IGrouping<string, (Mention Mention, Post Post)>> holders)
    {
        var ranked = holders.OrderByDescending(NameIndex.Pages).ThenByDescending(g => g.Count()).ToList();
        var top = ranked[0];
        var second = ranked[1];
        var clear = NameIndex.Pages(top) > NameIndex.Pages(second) || NameIndex.Pages(top) == NameIndex.Pages(second) && top.Count() > second.Count();
        return clear ? ranked.Skip(1).ToList() : holders;
    }

    /// <summary>The person's other titles of the same slot at the organisation, commonest first.</summary>
    private static List<string> Alternatives(NameIndex index, string name, string org, Title title) =>
        index.SlotOf(name, org, title.Slot)
            .Where(x => x.Post.Title.Text != title.Text)
            .GroupBy(x => x.Post.Title.Text)
            .OrderByDescending(g => NameIndex.Pages(g))
            .Select(g => g.Key)
            .ToList();
}
