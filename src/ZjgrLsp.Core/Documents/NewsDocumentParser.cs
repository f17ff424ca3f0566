using System.Text.RegularExpressions;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Documents;

/// <summary>
/// Reads a page as the newsroom's text exports are written: blocks separated by blank lines, Markdown headings
/// or bare short lines as headlines, a masthead at the top of a front page, bylines opening the lead paragraph,
/// photo captions with credits, and continuation markers. It never throws on odd input; what it cannot place
/// becomes a paragraph.
/// </summary>
public static partial class NewsDocumentParser
{
    /// <summary>Bare headlines are short; anything longer is body text whatever its punctuation.</summary>
    private const int MaxBareHeadlineLength = 40;

    /// <summary>A bare headline of several decks set apart by spaces may run to this length.</summary>
    private const int MaxDeckedHeadlineLength = 100;

    /// <summary>A masthead line with a single masthead item is at most this long.</summary>
    private const int MaxMastheadLine = 30;

    /// <summary>A masthead sits within the first blocks of a page; past this it cannot start.</summary>
    private const int MastheadSearchBlocks = 4;

    [GeneratedRegex(@"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|总第\s*\d+\s*[号期]|出版物号|邮发代号|电子版|电子信箱|社址|邮编|服务热线|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年")]
    private static partial Regex MastheadSignal();

    [GeneratedRegex(@"^\S{2,8}(日报|晚报|工人报|时报)$")]
    private static partial Regex Nameplate();

    [GeneratedRegex(@"^(#{1,6})\s+")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^(新华社|中新社|人民网|央视网)\S{0,12}电$|^本报[^\s，,。]{0,10}讯$")]
    private static partial Regex StandaloneDateline();

    [GeneratedRegex(@"^(?:(?:本报[^\s，,。]{0,10}讯|(?:新华社|中新社)[^\s，,。]{0,15}电)[ \t\u3000]*(?:[^，,。“”]{1,40}?报道[ \t\u3000]*)?|(?:本报)?记者[^，,。“”]{1,40}?报道[ \t\u3000]*)")]
    private static partial Regex LeadPattern();

    /// <summary>
    /// A credit line standing alone under a headline: 本报记者 王烁, 本报评论员, 新华社记者刘荒 本报记者董伟, （安吉县 张三）.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:本报|新华社|中新社|人民日报|经济日报)?(?:特约)?(?:记者|通讯员|评论员)[ \t\u3000]*[\u4e00-\u9fff·]{0,12}[ \t\u3000、]*){1,4}|[（(][\u4e00-\u9fff]{2,10}[ \t\u3000]+[\u4e00-\u9fff·]{2,8}[)）])$")]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"(?:\s|^)(?:本报)?(?:记者|通讯员|摄影|特约)?[^\s，,。]{0,20}\s*(?:摄|供图|绘)$|[（(]?图片由.{1,20}提供[)）]?$")]
    private static partial Regex CaptionCredit();

    public static NewsDocument Parse(string path, string text)
    {
        text ??= string.Empty;
        var raw = SplitRawBlocks(text);
        var blocks = new List<Block>(raw.Count);
        var mastheadEnd = FindMastheadEnd(raw);
        for (var i = 0; i < raw.Count; i++)
            blocks.Add(Classify(raw[i], i <= mastheadEnd));
        MarkHeadlineLines(blocks);
        var markers = ContinuationMarker.FindAll(text, 0).ToList();
        return new NewsDocument(path, new SourceText(text), blocks, markers);
    }

    private sealed record RawBlock(int Start, int End, int Line, int BlankLinesBefore, string Text, int HeadingLevel);

    /// <summary>
    /// Groups non-blank lines into blocks; a Markdown heading is always a block of its own. A page that separates
    /// its paragraphs by line breaks alone (blank lines rare beside lines that follow each other) is read a line to
    /// a block, as plain-text exports without blank lines are written.
    /// </summary>
    private static List<RawBlock> SplitRawBlocks(string text)
    {
        var lineABlock = SeparatesByLineBreaks(text);
        var result = new List<RawBlock>();
        var lineNo = 0;
        var pos = 0;
        var blanks = 0;
        int blockStart = -1, blockEnd = -1, blockLine = 0, blockBlanks = 0;

        void Flush()
        {
            if (blockStart < 0) return;
            result.Add(MakeRaw(text, blockStart, blockEnd, blockLine, blockBlanks));
            blockStart = -1;
        }

        while (pos <= text.Length)
        {
            var lineEnd = pos;
            while (lineEnd < text.Length && text[lineEnd] != '\n' && text[lineEnd] != '\r') lineEnd++;
            var next = lineEnd;
            if (next < text.Length && text[next] == '\r') next++;
            if (next < text.Length && text[next] == '\n' && (next == lineEnd || text[lineEnd] == '\r')) next++;
            if (next == lineEnd) next = lineEnd + 1; // end of text

            var (cStart, cEnd) = TrimRange(text, pos, lineEnd);
            if (cStart >= cEnd)
            {
                Flush();
                blanks++;
            }
            else
            {
                var isHeading = HeadingMarks().IsMatch(text.AsSpan(cStart, cEnd - cStart).ToString());
                if (isHeading) Flush();
                if (blockStart < 0)
                {
                    blockStart = cStart;
                    blockLine = lineNo;
                    blockBlanks = blanks;
                }
                blockEnd = cEnd;
                blanks = 0;
                if (isHeading || lineABlock) Flush();
            }
            pos = next;
            lineNo++;
        }
        Flush();
        return result;
    }

    /// <summary>
    /// True when lines that follow each other outnumber blank-line breaks four to one: the page does not use blank
    /// lines to part its paragraphs (the newsroom's exports with blank lines keep only captions and masthead items
    /// on adjacent lines).
    /// </summary>
    private static bool SeparatesByLineBreaks(string text)
    {
        int adjacent = 0, blankRuns = 0;
        bool previousContent = false, blankSince = false;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                blankSince |= previousContent;
                continue;
            }
            if (previousContent)
            {
                if (blankSince) blankRuns++;
                else adjacent++;
            }
            previousContent = true;
            blankSince = false;
        }
        return adjacent >= 3 && adjacent > 4 * blankRuns;
    }

    private static RawBlock MakeRaw(string text, int start, int end, int line, int blanks)
    {
        var level = 0;
        var m = HeadingMarks().Match(text, start, end - start);
        if (m.Success && m.Index == start)
        {
            level = m.Groups[1].Length;
            start += m.Length;
        }
        return new RawBlock(start, end, line, blanks, text[start..end], level);
    }

    /// <summary>Trims white space, full-width spaces and a leading BOM from a line.</summary>
    private static (int Start, int End) TrimRange(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    /// <summary>
    /// The index of the last masthead block, or -1. The masthead must show itself in the first few blocks and
    /// holds no body text; it runs to the last block that carries a masthead signal.
    /// </summary>
    private static int FindMastheadEnd(List<RawBlock> raw)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < raw.Count && i < 30; i++)
        {
            var b = raw[i];
            if (b.Text.Contains('。') || b.Text.Length > 120) break;
            // A masthead line is short, or packs several masthead items (date, weekday, serial numbers); a long line
            // with one date in it is a sentence (习近平2022年10月16日在…).
            var signals = MastheadSignal().Matches(b.Text).Count;
            var signal = signals >= 2 || signals == 1 && b.Text.Length <= MaxMastheadLine || (Nameplate().IsMatch(b.Text) && b.HeadingLevel <= 1);
            if (!signal) continue;
            if (first < 0)
            {
                if (i >= MastheadSearchBlocks) break;
                first = i;
            }
            last = i;
        }
        return last;
    }

    private static Block Classify(RawBlock b, bool inMasthead)
    {
        var span = TextSpan.FromBounds(b.Start, b.End);
        var text = b.Text;
        BlockKind kind;
        TextSpan? lead = null;

        if (inMasthead) kind = BlockKind.Masthead;
        else if (b.HeadingLevel > 0) kind = BlockKind.Headline;
        else if (ContinuationMarker.IsWholeMarker(text)) kind = BlockKind.ContinuationMarker;
        else if (StandaloneDateline().IsMatch(text) || text.Length <= MaxCreditLine && CreditLine().IsMatch(text)) kind = BlockKind.Dateline;
        else if (IsCaption(text, b.BlankLinesBefore)) kind = BlockKind.Caption;
        else if (IsBareHeadline(text) && !LeadPattern().IsMatch(text)) kind = BlockKind.Headline;
        else
        {
            kind = BlockKind.Paragraph;
            var m = LeadPattern().Match(text);
            if (m.Success && m.Length > 0 && m.Length < text.Length)
                lead = new TextSpan(b.Start, m.Value.TrimEnd().Length);
        }
        return new Block(kind, span, text, b.Line, b.HeadingLevel) { Lead = lead, BlankLinesBefore = b.BlankLinesBefore };
    }

    /// <summary>Longest credit line read as one (several bylines on a line run to about this).</summary>
    private const int MaxCreditLine = 40;

    /// <summary>Longest line read as a deck or subhead of a headline group (引题, 副题).</summary>
    private const int MaxHeadlineLine = 60;

    /// <summary>
    /// Lines that headline an article though they carry commas, as headlines often do (库网并举，拓宽信息服务领域): a
    /// single line with no sentence punctuation that follows a headline or a continuation marker (a kicker, main
    /// title and subhead stack up), or stands right above a dateline, a byline or 编者按 (the article starts below
    /// it). A fragment of body text cut by a column break stands between paragraphs, and stays one.
    /// </summary>
    private static void MarkHeadlineLines(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Paragraph || b.Lead is not null || !IsHeadlineLine(b.Text)) continue;
            var previous = blocks.Take(i).LastOrDefault(x => x.Kind != BlockKind.Masthead);
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            // (A page's first line alone is no evidence: pages often open mid-article, on a column's continued text.)
            var opensGroup = previous is not null && previous.Kind is BlockKind.Headline or BlockKind.ContinuationMarker;
            var articleBelow = next is not null && (next.Kind == BlockKind.Dateline || next.Lead is not null
                || next.Text.StartsWith("编者按", StringComparison.Ordinal) || next.Text.StartsWith("编者的话", StringComparison.Ordinal));
            if (opensGroup || articleBelow) blocks[i] = b with { Kind = BlockKind.Headline };
        }
    }

    private static bool IsHeadlineLine(string text)
    {
        if (text.Length > MaxHeadlineLine || text.Contains('\n')) return false;
        if (text.IndexOfAny(['。', '！', '？', '!', '?', '；', ';']) >= 0) return false;
        var last = text[^1];
        return last is not ('，' or ',' or '、' or '：' or ':' or '—' or '…');
    }

    private static bool IsCaption(string text, int blankLinesBefore)
    {
        var lastLine = text[(text.LastIndexOf('\n') + 1)..].Trim();
        // A credit ends the caption: alone on its line, or after the caption text and a space (…走访慰问。 记者某某 摄).
        if (lastLine.Length <= 100 && CaptionCredit().Match(lastLine) is { Success: true } credit
            && credit.Length <= 30 && (credit.Index == 0 || char.IsWhiteSpace(lastLine[credit.Index]) || lastLine.Length <= 40)) return true;
        // A single short sentence right after an image gap (two or more blank lines) is a caption without credit.
        return blankLinesBefore >= 2 && text.Length <= 60 && !text.Contains('\n')
            && SentenceSplitter.Split(text, 0).Count == 1 && text.EndsWith('。') && !text.Contains('，') && !text.Contains(',');
    }

    private static bool IsBareHeadline(string text)
    {
        if (text.Contains('\n')) return false;
        var last = text[^1];
        if (last is '。' or '！' or '？' or '!' or '?' or '；' or ';' or '：' or ':' or '，' or ',' or '、' or '…') return false;
        // Headlines set their parts apart with spaces, not commas; a comma means a fragment of body text.
        if (text.IndexOfAny(['，', ',', '。', '；', ';']) >= 0) return false;
        if (text.Length <= MaxBareHeadlineLength) return true;
        // A headline with a kicker and decks (引题 主题 副题) runs longer, each part of headline length.
        var decks = text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return text.Length <= MaxDeckedHeadlineLength && decks.Length >= 2 && decks.All(d => d.Length <= MaxBareHeadlineLength);
    }
}
