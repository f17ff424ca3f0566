using System.Text.RegularExpressions;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Documents;

/// <summary>
/// A continuation marker: （下转第4版） sends the reader on, （上接第1版） picks the article up.
/// The parser accepts the forms editors meet so that rules can check them: any bracket pair of either width, mixed
/// too (（下转第4版), 【下转第4版】, 〔接1版〕), 下转4版 without 第, 第四版, the short 转 / 接, and a marker without
/// brackets when it stands alone on its line (下转5版).
/// </summary>
public sealed partial record ContinuationMarker(TextSpan Span, bool Forward, int Page, string Text)
{
    [GeneratedRegex(@"[（(【〔\[]\s*(?<verb>下转|上接|转|接)\s*第?\s*(?<page>[0-9０-９]+|[一二三四五六七八九十]+)\s*版\s*[)）】〕\]]"
        + @"|(?<=^|\n)[ \t\u3000]*(?<verb>下转|上接|转|接)\s*第?\s*(?<page>[0-9０-９]+|[一二三四五六七八九十]+)\s*版(?=[ \t\u3000]*(?:\r?\n|$))")]
    private static partial Regex Pattern();

    public static IEnumerable<ContinuationMarker> FindAll(string text, int baseOffset)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            var verb = m.Groups["verb"].Value;
            var page = ParsePage(m.Groups["page"].Value);
            if (page <= 0) continue;
            // A bare marker's match may open with the line's indent: the marker is what follows it.
            var lead = m.Value.Length - m.Value.TrimStart().Length;
            yield return new ContinuationMarker(
                new TextSpan(baseOffset + m.Index + lead, m.Length - lead), verb is "下转" or "转", page, m.Value[lead..]);
        }
    }

    /// <summary>Whole-string match used by the parser to spot a marker standing alone.</summary>
    public static bool IsWholeMarker(string text) =>
        Pattern().Match(text) is { Success: true } m && m.Index == 0 && m.Length == text.Length;

    private static int ParsePage(string digits)
    {
        if (digits.Length == 0) return 0;
        if (char.IsAsciiDigit(digits[0]) || digits[0] is >= '０' and <= '９') return Chinese.ParseDigits(digits);
        return ChineseNumber(digits);
    }

    private static int ChineseNumber(string s)
    {
        const string digits = "零一二三四五六七八九";
        if (s == "十") return 10;
        var tenAt = s.IndexOf('十');
        if (tenAt < 0) return s.Length == 1 ? digits.IndexOf(s[0]) : 0;
        var tens = tenAt == 0 ? 1 : digits.IndexOf(s[0]);
        var ones = tenAt == s.Length - 1 ? 0 : digits.IndexOf(s[^1]);
        return tens * 10 + ones;
    }
}
