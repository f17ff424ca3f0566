using System.Text.RegularExpressions;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Punct;

/// <summary>
/// Finds half-width , ; : ? ! ( ) that stand in Chinese context, and their full-width counterparts, on a page.
/// Marks inside URLs, e-mail addresses and continuation markers (cont/format's business) are skipped, and so
/// are marks between digits or Latin letters (1,000  10:30  A/B test).
/// </summary>
public static partial class HalfwidthMarks
{
    public static readonly IReadOnlyDictionary<char, char> FullWidthOf = new Dictionary<char, char>
    {
        [','] = '，', [';'] = '；', [':'] = '：', ['?'] = '？', ['!'] = '！', ['('] = '（', [')'] = '）',
    };

    /// <summary>
    /// A URL or an e-mail address. An address starts where a run of its characters does (the lookbehind): from
    /// inside a run it could only find the run's own address again, and \w is every Chinese character too.
    /// </summary>
    internal const string LinkPattern = @"(?:https?://|www\.)[\x21-\x7E]*[A-Za-z0-9/=_-]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+";

    /// <summary>Offsets of half-width marks in Chinese context.</summary>
    public static List<int> FindHalfwidth(NewsDocument document)
    {
        var text = document.Text;
        var skip = Excluded(document);
        var result = new List<int>();
        var parenIsChinese = ChineseParentheses(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!FullWidthOf.ContainsKey(c) || IsSkipped(skip, i)) continue;
            var chinese = c is '(' or ')' ? parenIsChinese.Contains(i) : IsChineseContext(text, i);
            if (chinese) result.Add(i);
        }
        return result;
    }

    /// <summary>
    /// Straight double quotes (") around Chinese text, with the curly quote each stands for: within a
    /// block they are taken in pairs, the first of a pair opening (“) and the second closing (”). A block with an
    /// odd number of them is left alone, since which one opens cannot be told.
    /// </summary>
    public static List<(int Offset, char FullWidth)> FindHalfwidthQuotes(NewsDocument document)
    {
        var text = document.Text;
        var skip = Excluded(document);
        var result = new List<(int, char)>();
        foreach (var block in document.Blocks)
        {
            var quotes = new List<int>();
            for (var i = block.Span.Start; i < block.Span.End; i++)
                if (text[i] == '"' && !IsSkipped(skip, i)) quotes.Add(i);
            if (quotes.Count == 0 || quotes.Count % 2 == 1) continue;
            for (var k = 0; k < quotes.Count; k += 2)
            {
                var (open, close) = (quotes[k], quotes[k + 1]);
                // A Chinese quotation: it opens or closes on Chinese. Quoted Latin or symbols ("abc", ":") stay as typed.
                var chinese = Chinese.IsHanAt(text, open + 1) || Chinese.IsHanBefore(text, close);
                if (!chinese) continue;
                result.Add((open, '“'));
                result.Add((close, '”'));
            }
        }
        return result;
    }

    /// <summary>
    /// How many full-width counterparts of the marks stand in the text: evidence of the house style. The brackets
    /// of continuation markers do not count: cont/format sets them full-width on any page, so counting them would
    /// let that fix turn a half-width page's every mark into a finding (and --fix would never settle).
    /// </summary>
    public static int CountFullwidth(NewsDocument document)
    {
        var count = 0;
        var text = document.Text;
        var markers = document.ContinuationMarkers;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '，' or '；' or '：' or '？' or '！' or '（' or '）' && !markers.Any(m => m.Span.Contains(i))) count++;
        return count;
    }

    private static bool IsChineseContext(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : '\0';
        var after = i + 1 < text.Length ? text[i + 1] : '\0';
        // Between digits or Latin letters the mark is part of a number, time or code.
        if (char.IsAsciiLetterOrDigit(before) && (char.IsAsciiLetterOrDigit(after) || after == ' ')) return false;
        return Chinese.IsHanBefore(text, i) || Chinese.IsHanAt(text, i + 1)
            || before is '”' or '’' or '》' or '）' or '、' || after is '“' or '‘' or '《' or '（'
            || (char.IsAsciiDigit(before) && Chinese.IsHanAt(text, i + 1));
    }

    /// <summary>
    /// Half-width parentheses that enclose or touch Chinese text, matched pairwise within a line. A bracket paired with
    /// one of the other width (（简称CECDB), (记者奚启新）) is Chinese whatever it encloses: its partner says so.
    /// </summary>
    private static HashSet<int> ChineseParentheses(string text)
    {
        var result = new HashSet<int>();
        // Open brackets of the line, half-width (true) or full-width (false), innermost last.
        var open = new Stack<(int At, bool Half)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r') EndLine(text, open, result);
            else if (c == '(') open.Push((i, true));
            else if (c == '（') open.Push((i, false));
            else if (c is ')' or '）')
            {
                var half = c == ')';
                if (open.Count == 0)
                {
                    if (half && Chinese.IsHanBefore(text, i)) result.Add(i);
                    continue;
                }
                var (o, openHalf) = open.Pop();
                if (openHalf != half) result.Add(half ? i : o); // mixed widths: the half-width one goes full-width
                else if (half && (ContainsHan(text, o + 1, i) || Chinese.IsHanBefore(text, o)))
                {
                    result.Add(o);
                    result.Add(i);
                }
            }
        }
        EndLine(text, open, result);
        return result;
    }

    /// <summary>A half-width bracket left open at the end of a line is Chinese when it touches Chinese text.</summary>
    private static void EndLine(string text, Stack<(int At, bool Half)> open, HashSet<int> result)
    {
        foreach (var (o, half) in open)
            if (half && (Chinese.IsHanAt(text, o + 1) || Chinese.IsHanBefore(text, o))) result.Add(o);
        open.Clear();
    }

    private static bool ContainsHan(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (Chinese.IsHanAt(text, i)) return true;
        return false;
    }

    /// <summary>The spans whose marks are not this rule's business, once per page (both finders ask).</summary>
    private static List<TextSpan> Excluded(NewsDocument document) => ExcludedSpans.GetValue(document, d =>
    {
        var spans = d.ContinuationMarkers.Select(m => m.Span).ToList();
        foreach (var m in Links(d.Text)) spans.Add(new TextSpan(m.Index, m.Length));
        return spans;
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NewsDocument, List<TextSpan>> ExcludedSpans = new();

    /// <summary>
    /// The matches of <see cref="LinkPattern"/> in the text, as a scan from the start finds them; but the regex is
    /// tried only where a match can begin (at http or www., or in the run of address characters before an @), each
    /// time anchored there (<see cref="LinkHere"/>). Scanning, it tried each character of every paragraph: a sixth of
    /// a batch's time without the model's rules.
    /// </summary>
    internal static IEnumerable<Match> Links(string text)
    {
        // The next http, www. and @ at or after pos, each sought again only once pos has passed it (−1: none left):
        // seeking them afresh at every step read the rest of the page again for each link and each failed try.
        int http = -2, www = -2, mail = -2;
        for (var pos = 0; pos < text.Length;)
        {
            http = NextAt(text, "http", pos, http);
            www = NextAt(text, "www.", pos, www);
            mail = NextAt(text, "@", pos, mail);
            var start = EarliestStart(text, pos, http, www, mail);
            if (start < 0) yield break;
            var m = LinkHere().Match(text, start);
            if (!m.Success)
            {
                pos = start + 1;
                continue;
            }
            yield return m;
            pos = m.Index + Math.Max(1, m.Length);
        }
    }

    /// <summary>Where <paramref name="s"/> next stands at or after <paramref name="pos"/>, given where it was last found (−2: not sought yet).</summary>
    private static int NextAt(string text, string s, int pos, int known) =>
        known == -1 || known >= pos ? known : text.IndexOf(s, pos, StringComparison.Ordinal);

    /// <summary><see cref="LinkPattern"/>, tried only at the position the search starts from.</summary>
    [GeneratedRegex(@"\G(?:" + LinkPattern + ")")]
    private static partial Regex LinkHere();

    /// <summary>
    /// A position at or after <paramref name="pos"/> before which no match of <see cref="LinkPattern"/> starts, or −1
    /// when none starts at all, from the next http, www. and @ there: it may be early (the run before an @ is walked
    /// back over every character that is not surely outside it), never late.
    /// </summary>
    private static int EarliestStart(string text, int pos, int http, int www, int mail)
    {
        var best = http < 0 ? www : www < 0 ? http : Math.Min(http, www);
        if (mail < 0) return best;
        var runStart = mail;
        while (runStart > pos && !SurelyNotAddress(text[runStart - 1])) runStart--;
        return best < 0 ? runStart : Math.Min(best, runStart);
    }

    /// <summary>Characters no address holds: white space, ASCII but letters, digits and _ . + -, and Chinese punctuation.</summary>
    private static bool SurelyNotAddress(char c) =>
        char.IsWhiteSpace(c) || c < 0x80 && !char.IsAsciiLetterOrDigit(c) && c is not ('_' or '.' or '+' or '-')
        || c is >= '\u3001' and <= '\u3003' or >= '\u3008' and <= '\u3011' or >= '\u3014' and <= '\u301B'
        || c is >= '\uFF01' and <= '\uFF0F' or '\uFF1A' or '\uFF1B' or '\uFF1F'
        || c is '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026';

    private static bool IsSkipped(List<TextSpan> spans, int offset) => spans.Any(s => s.Contains(offset));
}
