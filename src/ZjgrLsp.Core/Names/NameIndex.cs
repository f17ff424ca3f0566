using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Names;

/// <summary>The mentions of one day's issue, for the name rules, and the helpers they share.</summary>
public sealed class NameIndex
{
    private NameIndex(NewsDocument page, IReadOnlyList<NewsDocument> day, IReadOnlyList<Mention> mentions)
    {
        Page = page;
        Day = day;
        Mentions = mentions;
    }

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
        var index = new NameIndex(context.Document, day, day.SelectMany(p => MentionExtractor.Of(p, region)).ToList());
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
