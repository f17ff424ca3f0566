using System.Runtime.CompilerServices;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Names;

/// <summary>A person's name where the copy prints it, and how it was recognised.</summary>
public sealed record PersonName(string Name, TextSpan Span, string Evidence);

/// <summary>
/// The people a page names, wherever it names them: after a title chain (<see cref="MentionExtractor"/>), in the
/// contexts news copy puts names in (记者 X, 图为 X, X说 / 表示 / 指出 / 强调, X同志, X主席, X（…）, a 、-list whose
/// neighbour is a name), the dictionary's own three-character names (jieba's nr words that open with a surname), and
/// the words the segmenter's HMM makes of names it has never seen. A name is a surname of Data/surnames.txt (compound
/// ones too) and one or two more characters, or a name of parts joined by · (a 少数民族 name, a transliteration).
/// The dictionary's two-character nr words are not taken alone: many are common words (卫星, 古老). Computed once per
/// page; the segmentation is cached by paragraph, so an edit segments only the paragraphs it changed.
/// </summary>
public static class PersonNames
{
    /// <summary>The people per page, with the home region they were read with (it decides how organisations read).</summary>
    private static readonly ConditionalWeakTable<NewsDocument, Cached> Cache = new();

    private sealed record Cached(string Region, IReadOnlyList<PersonName> People);

    /// <summary>Words that follow a person's name in news copy: speech verbs, 同志, and posts printed after the name.</summary>
    private static readonly string[] CuesAfter =
    [
        "说", "表示", "指出", "强调", "介绍", "认为", "谈到", "要求", "希望", "同志", "主持", "出席", "会见", "会晤", "告诉",
        "总书记", "主席", "副主席", "总理", "副总理", "委员长", "书记", "副书记", "部长", "省长", "市长", "县长", "先生", "女士", "教授",
    ];

    /// <summary>Words a byline or caption puts before a name.</summary>
    private static readonly string[] CuesBefore = ["记者", "通讯员", "摄影", "摄", "作者", "撰稿", "编辑", "图为"];

    /// <summary>A speech verb followed by one of these is another word (说明, 表示出), not a cue.</summary>
    private const int CueWordFrequency = 100;

    public static IReadOnlyList<PersonName> Of(NewsDocument page, string homeRegion)
    {
        if (Cache.TryGetValue(page, out var cached) && cached.Region == homeRegion) return cached.People;
        var found = Find(page, homeRegion);
        Cache.AddOrUpdate(page, new Cached(homeRegion, found));
        return found;
    }

    private static List<PersonName> Find(NewsDocument page, string homeRegion)
    {
        var text = page.Text;
        var result = new List<PersonName>();
        var seen = new HashSet<int>();
        foreach (var m in MentionExtractor.Of(page, homeRegion))
            if (seen.Add(m.NameSpan.Start)) result.Add(new PersonName(m.Name, m.NameSpan, "title"));
        var lexicon = TitleLexicon.Default;
        var segmenter = Segmenter.Default;
        foreach (var block in page.Blocks)
        {
            if (block.Kind is BlockKind.Masthead or BlockKind.ContinuationMarker) continue;
            var end = block.Span.End;
            for (var i = block.Span.Start; i < end; i++)
            {
                if (seen.Contains(i))
                {
                    i = result.First(n => n.Span.Start == i).Span.End - 1; // skip the title reader's name whole
                    continue;
                }
                if (!Chinese.IsHanAt(text, i)) continue;
                if (DottedNameAt(text, i, end) is { } dotted && InContext(text, dotted) && seen.Add(i))
                {
                    // 买买提·艾力, 赫尔穆特·莫赫: a name of its own in a person's context; its parts are no Han names.
                    result.Add(new PersonName(text.Substring(dotted.Start, dotted.Length), dotted, "dotted"));
                    i = dotted.End - 1;
                    continue;
                }
                if (Recognise(text, i, end, lexicon, segmenter) is not { } name || !seen.Add(i)) continue;
                result.Add(name);
                i = name.Span.End - 1; // no second name inside this one (卫平 of 钱卫平)
            }
        }
        AddUnknownWordsThatReadAsNames(page, lexicon, segmenter, seen, result);
        // A 、-list of people: a name-shaped item beside a recognised name, wherever the page prints that name, is a
        // name too (张三、李四、王五).
        foreach (var name in result.Select(n => n.Name).Distinct().ToList())
            foreach (var at in TextSearch.Occurrences(text, name))
                foreach (var neighbour in ListNeighbours(text, new TextSpan(at, name.Length), lexicon))
                    if (seen.Add(neighbour.Start)) result.Add(new PersonName(text.Substring(neighbour.Start, neighbour.Length), neighbour, "list"));
        return result;
    }

    /// <summary>
    /// The segmenter's HMM joins a name it has never seen into one word (it learnt how names read from its corpus): a
    /// word of two or three characters unknown to the dictionary that opens with a surname and reads as a name is
    /// taken as one. It stands in no person's context, so it only becomes a usual name when the day prints it again.
    /// </summary>
    private static void AddUnknownWordsThatReadAsNames(NewsDocument page, TitleLexicon lexicon, Segmenter segmenter, HashSet<int> seen, List<PersonName> result)
    {
        var text = page.Text;
        var covered = new bool[text.Length];
        foreach (var n in result)
            for (var k = n.Span.Start; k < n.Span.End; k++) covered[k] = true;
        foreach (var block in page.Blocks)
        {
            if (block.Kind is BlockKind.Masthead or BlockKind.ContinuationMarker) continue;
            foreach (var (offset, length) in UnknownNameShapedWords(text.Substring(block.Span.Start, block.Span.Length), lexicon, segmenter))
            {
                var start = block.Span.Start + offset;
                var end = start + length;
                if (covered[start] || covered[end - 1]) continue;
                if (start > 0 && text[start - 1] is '·' or '•' || end < text.Length && text[end] is '·' or '•') continue;
                if (seen.Add(start)) result.Add(new PersonName(text.Substring(start, length), new TextSpan(start, length), "unknown word"));
            }
        }
    }

    /// <summary>
    /// The paragraph's words unknown to the dictionary that read as names, by offset. Only the stretches where a
    /// surname does not open a known word and ends none are segmented, a few characters around it: the HMM decides
    /// there and nowhere else, and segmenting every paragraph whole cost as much as the rest of the pass. Cached by
    /// the paragraph's text, so an edit reads only the paragraphs it changed.
    /// </summary>
    private static (int Offset, int Length)[] UnknownNameShapedWords(string paragraph, TitleLexicon lexicon, Segmenter segmenter)
    {
        if (UnknownWordsByParagraph.TryGetValue(paragraph, out var cached)) return cached;
        var found = new List<(int, int)>();
        var tokens = new List<Token>();
        for (var i = 0; i + 2 <= paragraph.Length; i++)
        {
            if (SurnameLength(paragraph, i, paragraph.Length, lexicon) is not (> 0 and var surname)) continue;
            if (segmenter.Frequency(paragraph.AsSpan(i, 2)) > 0 || i > 0 && segmenter.Frequency(paragraph.AsSpan(i - 1, 2)) > 0) continue;
            if (!IsNameShaped(paragraph, i, surname, surname + 1, segmenter)) continue;
            var from = Math.Max(0, i - WindowAround);
            var to = Math.Min(paragraph.Length, i + 3 + WindowAround);
            tokens.Clear();
            segmenter.Cut(paragraph, from, to, hmm: true, tokens);
            foreach (var t in tokens)
            {
                if (t.Start != i) continue;
                if (t.Length is 2 or 3 && surname < t.Length && segmenter.Frequency(t.AsSpan()) == 0 && IsNameShaped(paragraph, i, surname, t.Length, segmenter))
                {
                    found.Add((i, t.Length));
                    i += t.Length - 1;
                }
                break;
            }
        }
        (int, int)[] result = [.. found];
        UnknownWordsByParagraph.Set(paragraph, result);
        return result;
    }

    /// <summary>Characters segmented on each side of a surname's three (the HMM's view of its context).</summary>
    private const int WindowAround = 4;

    private const int MaxCachedParagraphs = 50_000;

    private static readonly Caching.BoundedCache<string, (int, int)[]> UnknownWordsByParagraph = new(MaxCachedParagraphs, StringComparer.Ordinal);

    private static PersonName? Recognise(string text, int i, int end, TitleLexicon lexicon, Segmenter segmenter)
    {
        var surname = SurnameLength(text, i, end, lexicon);
        // After a ·, a transliterated name goes on (赫尔穆特·莫赫): no surname starts there.
        if (surname == 0 || i > 0 && text[i - 1] == '·') return null;
        // The dictionary's names of three characters (and four with a compound surname): 江泽民, 欧阳修文.
        for (var len = surname + 2; len >= 3; len--)
        {
            if (i + len > end) continue;
            var span = text.AsSpan(i, len);
            if (segmenter.Tag(span) is "nr" or "nrfg" && !PlaceOrOrganisationEnds.Contains(span[^1]) && !CrossesWord(text, i + len, end, segmenter))
                return new PersonName(span.ToString(), new TextSpan(i, len), "dictionary");
        }
        // A name-shaped span before a cue (李鹏说) or after one (记者张三).
        for (var len = surname + 1; len <= surname + 2 && i + len <= end; len++)
        {
            if (!IsNameShaped(text, i, surname, len, segmenter)) break;
            if (CueAt(text, i + len, end, segmenter))
                return new PersonName(text.Substring(i, len), new TextSpan(i, len), "context");
        }
        // After a byline's or caption's cue the name's length is read as after a title (图为钱卫平在…).
        if (CueBefore(text, i) && MentionExtractor.Name(text, i, end, lexicon) is { } after
            && IsNameShaped(text, i, surname, after.Length, segmenter))
            return new PersonName(text.Substring(after.Start, after.Length), after, "context");
        return null;
    }

    /// <summary>Longest part of a name written with · (a 少数民族 name or a transliteration) that is read as one.</summary>
    private const int MaxDottedPart = 8;

    /// <summary>
    /// A name of Han parts joined by · starting at <paramref name="i"/> (阿不都热依木·喀德尔) where a name may start
    /// (no Han character before it, or a function character, a title or a byline's cue), or null. The last part ends
    /// where a cue (说, 出席) or a common word (报道) begins.
    /// </summary>
    internal static TextSpan? DottedNameAt(string text, int i, int end)
    {
        if (i > 0 && text[i - 1] is '·' or '•') return null;
        // Most characters have no · within a part's length after them: tell that first, it is the cheap test.
        var first = i;
        while (first < end && first - i < MaxDottedPart && Chinese.IsHanAt(text, first)) first++;
        if (first >= end || text[first] is not ('·' or '•')) return null;
        if (i > 0 && Chinese.IsHanAt(text, i - 1) && !MentionStops.Contains(text[i - 1]) && text[i - 1] != '、' && !CueBefore(text, i)
            && TitleLexicon.Default.TitleEndingAt(text, Math.Max(0, i - TitleLexicon.Default.MaxTitleLength), i) is null) return null;
        var segmenter = Segmenter.Default;
        var at = i;
        var parts = 0;
        while (true)
        {
            var partEnd = at;
            while (partEnd < end && partEnd - at < MaxDottedPart && Chinese.IsHanAt(text, partEnd)) partEnd++;
            if (partEnd == at) return null;
            parts++;
            if (partEnd < end && text[partEnd] is '·' or '•' && partEnd + 1 < end && Chinese.IsHanAt(text, partEnd + 1)) { at = partEnd + 1; continue; }
            if (parts < 2) return null;
            for (var e = at + 1; e < partEnd; e++)
                if (CueAt(text, e, end, segmenter) || e + 2 <= end && segmenter.Frequency(text.AsSpan(e, 2)) >= CueWordFrequency)
                    return new TextSpan(i, e - i);
            return new TextSpan(i, partEnd - i);
        }
    }

    /// <summary>The length of the surname that opens at <paramref name="i"/>: two for a compound one, one, or zero.</summary>
    internal static int SurnameLength(string text, int i, int end, TitleLexicon lexicon)
    {
        if (i + 2 <= end && lexicon.IsSurname(text.AsSpan(i, 2))) return 2;
        return lexicon.IsSurname(text.AsSpan(i, 1)) ? 1 : 0;
    }

    /// <summary>
    /// A surname and one or two Han characters that are not a common word (关于, 文章) and whose given part is not
    /// one either (任|浙江), unless the dictionary knows the whole as a name.
    /// </summary>
    internal static bool IsNameShaped(string text, int start, int surname, int length, Segmenter segmenter)
    {
        for (var k = start + surname; k < start + length; k++)
            if (!Chinese.IsHanAt(text, k) || MentionStops.Contains(text[k])) return false;
        var span = text.AsSpan(start, length);
        // Before the dictionary's tag: among its nr words are places (高新区 is one).
        if (PlaceOrOrganisationEnds.Contains(span[^1])) return false;
        if (segmenter.Tag(span) is "nr" or "nrfg") return true;
        if (segmenter.Frequency(span) >= 20) return false;
        var given = span[surname..];
        return !(given.Length == 2 && segmenter.Frequency(given) >= 1000 && segmenter.Tag(given) is not ("nr" or "nrfg"));
    }

    /// <summary>Last characters of places and organisations (高新区, 江南厂) that given names hardly end in.</summary>
    private const string PlaceOrOrganisationEnds = "区市县省镇乡村厂局院所馆站队部委会路街处司社校办组州岛湾";

    /// <summary>Function characters that end a name when read forwards: the title reader's stops, and 说.</summary>
    private const string MentionStops = MentionExtractor.Stops + "说";

    /// <summary>Whether a span stands where a person's name does: after a title or a byline's cue, or before a cue.</summary>
    public static bool InContext(string text, TextSpan span) =>
        CueAt(text, span.End, text.Length, Segmenter.Default) || CueBefore(text, span.Start)
        || TitleLexicon.Default.TitleEndingAt(text, Math.Max(0, span.Start - TitleLexicon.Default.MaxTitleLength), span.Start) is not null;

    /// <summary>Whether a cue word starts at <paramref name="at"/>, and is not the start of a longer common word (说明).</summary>
    private static bool CueAt(string text, int at, int end, Segmenter segmenter)
    {
        if (at < end && text[at] is '（' or '(') return true;
        foreach (var cue in CuesAfter)
        {
            if (at + cue.Length > end || string.CompareOrdinal(text, at, cue, 0, cue.Length) != 0) continue;
            if (cue.Length == 1 && at + 2 <= end && segmenter.Frequency(text.AsSpan(at, 2)) >= CueWordFrequency) continue;
            return true;
        }
        return false;
    }

    private static bool CueBefore(string text, int start)
    {
        foreach (var cue in CuesBefore)
            if (start >= cue.Length && string.CompareOrdinal(text, start - cue.Length, cue, 0, cue.Length) == 0) return true;
        return false;
    }

    /// <summary>Whether the character before <paramref name="end"/> makes a common word with the one after (李朋|友).</summary>
    internal static bool CrossesWord(string text, int end, int limit, Segmenter segmenter) =>
        end < limit && end > 0 && Chinese.IsHanAt(text, end) && segmenter.Frequency(text.AsSpan(end - 1, 2)) >= 20
        && segmenter.Tag(text.AsSpan(end - 1, 2)) is not ("nr" or "nrfg");

    /// <summary>The name-shaped items right before and after a name in a 、-list.</summary>
    private static IEnumerable<TextSpan> ListNeighbours(string text, TextSpan name, TitleLexicon lexicon)
    {
        var segmenter = Segmenter.Default;
        if (name.End < text.Length && text[name.End] == '、')
        {
            var start = name.End + 1;
            foreach (var len in new[] { 3, 2 })
                if (start + len <= text.Length && SurnameLength(text, start, text.Length, lexicon) is var s and > 0 && s < len
                    && IsNameShaped(text, start, s, len, segmenter) && (start + len == text.Length || !Chinese.IsHanAt(text, start + len)))
                {
                    yield return new TextSpan(start, len);
                    break;
                }
        }
        if (name.Start > 0 && text[name.Start - 1] == '、')
        {
            var end = name.Start - 1;
            foreach (var len in new[] { 3, 2 })
                if (end - len >= 0 && (end - len == 0 || !Chinese.IsHanAt(text, end - len - 1) || text[end - len - 1] == '、')
                    && SurnameLength(text, end - len, end, lexicon) is var s and > 0 && s < len && IsNameShaped(text, end - len, s, len, segmenter))
                {
                    yield return new TextSpan(end - len, len);
                    break;
                }
        }
    }
}
