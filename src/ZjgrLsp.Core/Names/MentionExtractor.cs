using System.Runtime.CompilerServices;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Names;

/// <summary>
/// Finds people named after their posts (省总工会党组书记、常务副主席吕志良; 全总副主席、书记处书记、党组成员谭天星).
/// Read backwards from a name: a title from Data/titles.txt ends where the name starts; before it stands the
/// organisation (up to a function word or punctuation); parts joined by 、 form the chain, and a part without an
/// organisation takes the previous one's. A name is a surname of Data/surnames.txt and one or two more
/// characters. Mentions are computed once per page.
/// </summary>
public static class MentionExtractor
{
    /// <summary>Mentions per page, with the home region they were read with (it decides how organisations read).</summary>
    private static readonly ConditionalWeakTable<NewsDocument, Cached> Cache = new();

    private sealed record Cached(string Region, IReadOnlyList<Mention> Mentions);

    /// <summary>Characters that end an organisation name when read backwards.</summary>
    internal const string Stops = "与和及的在是为由对向从同跟把被等并且或了着也都将已经其该这那各每";

    private const int MaxOrganisation = 12;

    /// <summary>An organisation ends in one of these (会, 委, 部 …), else it is no organisation.</summary>
    private const string OrganisationEnds = "会委部局厅院府省市县区镇乡村办处司团社校所组协联队站室报台网总央";

    public static IReadOnlyList<Mention> Of(NewsDocument page, string homeRegion) =>
        Cache.TryGetValue(page, out var cached) && cached.Region == homeRegion
            ? cached.Mentions
            : Store(page, new Cached(homeRegion, Extract(page, homeRegion).ToList()));

    private static IReadOnlyList<Mention> Store(NewsDocument page, Cached value)
    {
        Cache.AddOrUpdate(page, value);
        return value.Mentions;
    }

    private static IEnumerable<Mention> Extract(NewsDocument page, string homeRegion)
    {
        var lexicon = TitleLexicon.Default;
        var text = page.Text;
        foreach (var block in page.Blocks)
        {
            if (block.Kind is BlockKind.Masthead or BlockKind.ContinuationMarker) continue;
            // Where the last mention's names end, and its organisation: a chain right after it and a comma without an
            // organisation of its own continues it (省总工会主席甲，副主席乙).
            var (lastEnd, lastOrganisation) = (-1, "");
            for (var i = block.Span.Start + 2; i < block.Span.End; i++)
            {
                if (lexicon.TitleEndingAt(text, block.Span.Start, i) is null) continue;
                if (Name(text, i, block.Span.End, lexicon) is not { } name) continue;
                var posts = Chain(text, block.Span.Start, i, lexicon, homeRegion);
                if (posts.Count == 0) continue;
                var chainStart = posts[0].Span.Start;
                if (posts[0].Organisation.Length == 0 && lastOrganisation.Length > 0 && chainStart - 1 == lastEnd && text[lastEnd] == '，')
                    posts = [.. posts.Select(p => p.Organisation.Length == 0 ? p with { Organisation = lastOrganisation } : p)];
                yield return new Mention(page.Path, text.Substring(name.Start, name.Length), name, posts);
                (lastEnd, lastOrganisation) = (name.End, posts[^1].Organisation);
                foreach (var next in SharingTheTitle(text, name, block.Span.End, lexicon, posts[^1]))
                {
                    yield return new Mention(page.Path, text.Substring(next.Start, next.Length), next, [posts[^1]]);
                    lastEnd = next.End;
                }
            }
            foreach (var m in NamesBeforeNationalPosts(text, block.Span, lexicon)) yield return m with { Path = page.Path };
            foreach (var m in NamesBeforeBracketedPosts(text, block.Span, lexicon, homeRegion)) yield return m with { Path = page.Path };
        }
    }

    /// <summary>
    /// A name with a national post after it (李鹏总理, 江泽民主席 is not one: 主席 implies no organisation): news copy
    /// writes leaders so as often as with the post before, and it counts the same when two people share a post.
    /// </summary>
    private static IEnumerable<Mention> NamesBeforeNationalPosts(string text, TextSpan block, TitleLexicon lexicon)
    {
        for (var i = block.Start + 2; i < block.End; i++)
        {
            if (lexicon.TitleStartingAt(text, i, block.End) is not { ImpliedOrganisation.Length: > 0 } title) continue;
            // The title must not itself be the tail of a longer one (副总理 read from 总理) or of a word before it.
            if (lexicon.TitleEndingAt(text, block.Start, i + title.Text.Length) is { } longer && longer.Text.Length > title.Text.Length) continue;
            if (NameEndingAt(text, i, block.Start, lexicon) is { } name)
                yield return new Mention("", text.Substring(name.Start, name.Length), name,
                    [new Post(title.ImpliedOrganisation, title, new TextSpan(i, title.Text.Length))]);
        }
    }

    /// <summary>
    /// A name with its posts after it in brackets, as captions and lists of guests print them: 钱卫平（市总工会党组书记、
    /// 主席）. The bracket is read as a title chain of its own.
    /// </summary>
    private static IEnumerable<Mention> NamesBeforeBracketedPosts(string text, TextSpan block, TitleLexicon lexicon, string homeRegion)
    {
        for (var open = text.IndexOf('（', block.Start, block.Length); open >= 0; open = text.IndexOf('（', open + 1, block.End - open - 1))
        {
            if (open == block.Start) continue;
            var close = text.IndexOf('）', open + 1, Math.Min(MaxOrganisation * 3, block.End - open - 1));
            if (close < 0 || NameEndingAt(text, open, block.Start, lexicon) is not { } name) continue;
            var posts = Chain(text, open + 1, close, lexicon, homeRegion);
            if (posts.Count > 0) yield return new Mention("", text.Substring(name.Start, name.Length), name, posts);
        }
    }

    /// <summary>
    /// The names listed after a name with 、 and no title of their own, which share the title before the first
    /// (副主席胡柯、孙耀铜): only for a post several people hold; after a unique post (主席) a list is not its holders.
    /// </summary>
    private static IEnumerable<TextSpan> SharingTheTitle(string text, TextSpan first, int end, TitleLexicon lexicon, Post post)
    {
        if (post.Title.Unique) yield break;
        for (var at = first.End; at < end && text[at] == '、'; )
        {
            if (lexicon.TitleStartingAt(text, at + 1, end) is not null || Name(text, at + 1, end, lexicon) is not { } next) yield break;
            yield return next;
            at = next.End;
        }
    }

    /// <summary>A Han name of a surname and one or two characters that ends at <paramref name="end"/> and starts a clause, or null.</summary>
    private static TextSpan? NameEndingAt(string text, int end, int blockStart, TitleLexicon lexicon)
    {
        foreach (var length in new[] { 3, 2 })
        {
            var start = end - length;
            if (start < blockStart || start > blockStart && Chinese.IsHanAt(text, start - 1) && !IsNameBoundary(text[start - 1])) continue;
            if (start > 0 && text[start - 1] == '·') continue;
            if (PersonNames.SurnameLength(text, start, end, lexicon) is not (> 0 and var surname) || surname >= length) continue;
            if (PersonNames.IsNameShaped(text, start, surname, length, Segmenter.Default)) return new TextSpan(start, length);
        }
        return null;
    }

    /// <summary>Characters that may stand right before a name that opens a clause (、 aside, punctuation is not Han).</summary>
    private static bool IsNameBoundary(char c) => c is '、' || Stops.Contains(c);

    /// <summary>
    /// The name starting at <paramref name="start"/>: a surname and one or two more characters. Two when the third
    /// character starts a word with what follows (胡柯|参加), is a function word (刘忻|等), or when the page uses the
    /// two-character form elsewhere without it (许静 beside 许静用一张); else three (孙耀铜主持, 易炼红分别).
    /// </summary>
    internal static TextSpan? Name(string text, int start, int end, TitleLexicon lexicon)
    {
        var surnameLength = PersonNames.SurnameLength(text, start, end, lexicon);
        if (surnameLength == 0) return null;
        // A transliterated name (赫尔穆特·莫赫) or a 少数民族 one is no Han name of a surname and one or two characters.
        if (text.IndexOf('·', start, Math.Min(6, end - start)) >= 0 || start > 0 && text[start - 1] == '·') return null;
        var shortEnd = start + surnameLength + 1;
        if (shortEnd > end || !IsNameChar(text, shortEnd - 1)) return null;
        var length = surnameLength + 1;
        if (shortEnd < end && IsNameChar(text, shortEnd)
            && (Segmenter.Default.Tag(text.AsSpan(start, length + 1)) is "nr" or "nrfg" || !EndsHere(text, shortEnd, end))) length++;
        var span = text.AsSpan(start, length);
        // A common word is no name (关于, 主持), unless the dictionary knows it as a person's name; nor is a
        // surname followed by a common word (任|浙江 in 总书记任浙江工作期间).
        if (Segmenter.Default.Frequency(span) >= 100 && Segmenter.Default.Tag(span) != "nr") return null;
        var given = span[surnameLength..];
        if (given.Length == 2 && Segmenter.Default.Frequency(given) >= 1000 && Segmenter.Default.Tag(given) != "nr") return null;
        return new TextSpan(start, length);
    }

    private static bool IsNameChar(string text, int i) => Chinese.IsHanAt(text, i) && !Stops.Contains(text[i]);

    /// <summary>Whether a two-character name ends before <paramref name="third"/>.</summary>
    private static bool EndsHere(string text, int third, int end)
    {
        var segmenter = Segmenter.Default;
        if (HanText.IsFunctionWord(segmenter, text.AsSpan(third, 1))) return true;
        for (var len = 2; len <= 3 && third + len <= end; len++)
            if (segmenter.Frequency(text.AsSpan(third, len)) >= 20) return true;
        var shortName = text.Substring(third - 2, 2);
        var longName = text.Substring(third - 2, 3);
        return TextSearch.Count(text, shortName) > TextSearch.Count(text, longName);
    }

    /// <summary>The title chain ending at <paramref name="end"/>, in text order, organisations carried forward.</summary>
    private static List<Post> Chain(string text, int blockStart, int end, TitleLexicon lexicon, string homeRegion)
    {
        var parts = new List<(string Org, Title Title, TextSpan Span)>();
        while (lexicon.TitleEndingAt(text, blockStart, end) is { } title)
        {
            var titleStart = end - title.Text.Length;
            var orgStart = titleStart;
            while (orgStart > blockStart && titleStart - orgStart < MaxOrganisation && Chinese.IsHanAt(text, orgStart - 1) && !Stops.Contains(text[orgStart - 1]))
                orgStart--;
            var org = text[orgStart..titleStart];
            // Read the organisation from its end: it must end like one (省总工会, 苏州市委); otherwise there is none.
            if (org.Length > 0 && !OrganisationEnds.Contains(org[^1])) { org = ""; orgStart = titleStart; }
            // A national post printed alone (总理李鹏, after a stop or 、) means its own organisation; one after a
            // foreign country's name (印度总理) does not, and is left without one.
            else if (org.Length == 0) org = title.ImpliedOrganisation;
            parts.Add((Normalise(org, homeRegion), title, new TextSpan(titleStart, title.Text.Length)));
            if (orgStart - 1 < blockStart || text[orgStart - 1] != '、') break;
            end = orgStart - 1;
        }
        parts.Reverse();
        var posts = new List<Post>();
        var current = "";
        foreach (var (org, title, span) in parts)
        {
            if (org.Length > 0) current = org;
            posts.Add(new Post(current, title, span));
        }
        return posts;
    }

    /// <summary>全总 is 全国总工会; the home province's own bodies are written with or without its name (浙江省总工会 = 省总工会).</summary>
    public static string Normalise(string org, string homeRegion)
    {
        if (org == "全总") return "全国总工会";
        if (org.StartsWith(homeRegion + "省", StringComparison.Ordinal)) return org[homeRegion.Length..];
        return org;
    }
}
