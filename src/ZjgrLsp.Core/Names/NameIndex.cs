using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;

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

    public static NameIndex For(RuleContext context)
    {
        var day = IssueDay.SameDay(context.Document, context.Issue);
        return new NameIndex(context.Document, day, day.SelectMany(p => MentionExtractor.Of(p, context.Config.Region)).ToList());
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
