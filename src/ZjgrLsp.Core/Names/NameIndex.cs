using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Workspace;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Names;

/// <summary>The mentions of one day's issue, for the name rules, and the helpers they share.</summary>
public sealed class NameIndex
{
    private NameIndex(NewsDocument page, IReadOnlyList<NewsDocument> day, IReadOnlyList<Mention> mentions, DayNames shared)
    {
        Page = page;
        Day = day;
        Mentions = mentions;
        _shared = shared;
    }

    private readonly DayNames _shared;

    /// <summary>How often each name of the day's people is printed anywhere in the day's pages.</summary>
    public IReadOnlyDictionary<string, int> NameCounts => _shared.Counts;

    /// <summary>The page's variants of names the day prints several times.</summary>
    public IReadOnlyList<NameVariant> VariantsOnPage => _shared.Variants.GetValueOrDefault(Page.Path) ?? [];

    /// <summary>The day's holders of a unique post of an organisation.</summary>
    public IReadOnlyList<(Mention Mention, Post Post)> HoldersOf(string organisation, string title) =>
        _shared.ByPost.TryGetValue((organisation, title), out var list) ? list : [];

    /// <summary>The titles printed for a person in one slot (secretary, chair…) of an organisation that day.</summary>
    public IReadOnlyList<(Mention Mention, Post Post)> SlotOf(string name, string organisation, string slot) =>
        _shared.BySlot.TryGetValue((name, organisation, slot), out var list) ? list : [];

    /// <summary>The page's own posts at a named organisation.</summary>
    public IEnumerable<(Mention Mention, Post Post)> PostsOnPage =>
        Mentions.Where(IsOnPage).SelectMany(m => m.Posts.Where(p => p.Organisation.Length > 0).Select(p => (m, p)));

    public NewsDocument Page { get; }
    public IReadOnlyList<NewsDocument> Day { get; }
    public IReadOnlyList<Mention> Mentions { get; }

    private sealed record Cached(IssueContext Issue, string Region, NameIndex Index);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NewsDocument, Cached> Cache = new();

    /// <summary>The day's mentions for the page, built once per page, issue and region (all four name rules ask).</summary>
    public static NameIndex For(RuleContext context)
    {
        var region = context.Config.Region;
        if (Cache.TryGetValue(context.Document, out var cached) && ReferenceEquals(cached.Issue, context.Issue) && cached.Region == region)
            return cached.Index;
        var day = IssueDay.SameDay(context.Document, context.Issue);
        var mentions = day.SelectMany(p => MentionExtractor.Of(p, region)).ToList();
        // The counts are the same for every page of a day: counted once per day when the page is the issue's own copy.
        var shared = context.Issue.Pages.Any(p => ReferenceEquals(p, context.Document));
        var names = shared
            ? context.Issue.Memo((nameof(DayNames), region, IssueDay.DateOfIssue(context.Document, context.Issue), day.Count), () => new DayNames(day, mentions, region))
            : new DayNames(day, mentions, region);
        var index = new NameIndex(context.Document, day, mentions, names);
        Cache.AddOrUpdate(context.Document, new Cached(context.Issue, region, index));
        return index;
    }

    /// <summary>Whether a mention is on the page being linted.</summary>
    public bool IsOnPage(Mention m) => m.Path == Page.Path;

    /// <summary>Every (mention, post) of the day.</summary>
    public IEnumerable<(Mention Mention, Post Post)> Posts => Mentions.SelectMany(m => m.Posts.Select(p => (m, p)));

    /// <summary>A related location for another mention: null path on this page, else the other page.</summary>
    public RelatedLocation Related(Mention m, string message) => new(IsOnPage(m) ? null : m.Path, m.NameSpan, message);

    /// <summary>How many pages of the day carry the value.</summary>
    public static int Pages<T>(IEnumerable<(Mention Mention, T)> items) => items.Select(i => i.Mention.Path).Distinct().Count();
}

/// <summary>
/// What the name rules look up in a day's mentions, the same for every page of the day: how often each name is
/// printed, the holders of each unique post, each person's titles by slot. Built once per day, so the rules look up
/// a page's own mentions instead of grouping the whole day's for every page.
/// </summary>
internal sealed class DayNames
{
    public DayNames(IReadOnlyList<NewsDocument> day, IReadOnlyList<Mention> mentions, string region)
    {
        var people = day.SelectMany(p => PersonNames.Of(p, region)).Select(n => n.Name).Distinct(StringComparer.Ordinal);
        Counts = people.Concat(mentions.Select(m => m.Name)).Distinct(StringComparer.Ordinal)
            .ToDictionary(n => n, n => day.Sum(p => TextSearch.Count(p.Text, n)), StringComparer.Ordinal);
        // A name printed several times is the usual form; text one sound- or look-alike character off it, printed
        // once that day, is its variant (and counts as that person for the posts below).
        var usual = Counts.Where(kv => kv.Value >= 2).Select(kv => kv.Key).ToList();
        foreach (var page in day)
        {
            var found = NameVariants.In(page.Text, usual).Where(v => day.Sum(p => TextSearch.Count(p.Text, v.Printed)) == 1).ToList();
            if (found.Count > 0) Variants[page.Path] = found;
            foreach (var v in found) Canonical[v.Printed] = v.Usual;
        }
        foreach (var m in mentions)
        {
            var person = Canonical.TryGetValue(m.Name, out var meant) ? m with { Name = meant } : m;
            foreach (var p in m.Posts.Where(p => p.Organisation.Length > 0))
            {
                if (p.Title.Unique) Add(ByPost, (p.Organisation, p.Title.Text), (person, p));
                Add(BySlot, (person.Name, p.Organisation, p.Title.Slot), (person, p));
            }
        }
    }

    /// <summary>How often each name the day's pages print as a person's is printed anywhere that day.</summary>
    public Dictionary<string, int> Counts { get; }

    /// <summary>The variants of the day's usual names, by page path.</summary>
    public Dictionary<string, List<NameVariant>> Variants { get; } = new(StringComparer.Ordinal);

    /// <summary>Each variant printed that day, with the name it stands for.</summary>
    public Dictionary<string, string> Canonical { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Org, string Title), List<(Mention, Post)>> ByPost { get; } = [];
    public Dictionary<(string Name, string Org, string Slot), List<(Mention, Post)>> BySlot { get; } = [];

    private static void Add<TKey>(Dictionary<TKey, List<(Mention, Post)>> map, TKey key, (Mention, Post) item) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(item);
    }
}
