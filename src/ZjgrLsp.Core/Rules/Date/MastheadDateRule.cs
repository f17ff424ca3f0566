using System.Text.RegularExpressions;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Date;

/// <summary>A masthead whose weekday, lunar date or 干支 year does not agree with its date.</summary>
public sealed partial class MastheadDateRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "date/masthead",
        "报头日期不一致",
        Severity.Error,
        "Checks the masthead of a front page: the weekday (星期一), the lunar date (五月廿六, 腊月廿七, 闰二月初一) "
        + "and the 干支 year (甲辰年) must agree with the Gregorian date (2024年7月1日), computed with .NET's "
        + "ChineseLunisolarCalendar. Each part that disagrees is flagged, and the quick fix writes the right one in the "
        + "page's own style (十二月 or 腊月).")
    { SafeToFixAll = true };

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex Gregorian();

    [GeneratedRegex(@"星期([一二三四五六日天])")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])年(闰?)(正|十一|十二|一|二|三|四|五|六|七|八|九|十|冬|腊)月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)")]
    private static partial Regex Lunar();

    public void Analyze(RuleContext context)
    {
        var masthead = context.Document.Blocks.Where(b => b.Kind == BlockKind.Masthead).ToList();
        if (masthead.Count == 0) return;
        var text = context.Text;
        var region = TextSpan.FromBounds(masthead[0].Span.Start, masthead[^1].Span.End);
        var scope = text[region.Start..region.End];
        if (Gregorian().Match(scope) is not { Success: true } g
            || !DateOnly.TryParse($"{g.Groups[1].Value}-{g.Groups[2].Value}-{g.Groups[3].Value}", out var date)) return;

        if (Weekday().Match(scope) is { Success: true } w)
        {
            var right = ChineseWeekday.Of(date);
            var printed = w.Groups[1].Value[0];
            if (!ChineseWeekday.Matches(printed, date))
            {
                var at = region.Start + w.Groups[1].Index;
                context.Report(new TextSpan(at, 1), $"{date:yyyy年M月d日}是星期{right}，报头作星期{printed}",
                    [Fix.Replace($"改为“星期{right}”", at, 1, right.ToString())]);
            }
        }

        if (Lunar().Match(scope) is { Success: true } l)
        {
            var truth = LunarDate.Of(date);
            var monthText = l.Groups[3].Value;
            var printed = new LunarDate(l.Groups[1].Value, LunarDate.ParseMonth(monthText), l.Groups[2].Length > 0, LunarDate.ParseDay(l.Groups[4].Value));
            if (printed != truth)
            {
                var traditional = monthText is "正" or "冬" or "腊";
                var right = truth.ToText(traditional);
                var span = new TextSpan(region.Start + l.Index, l.Length);
                var what = printed.YearName != truth.YearName ? "干支纪年" : "农历日期";
                context.Report(span, $"{date:yyyy年M月d日}是农历{right}，报头作{l.Value}（{what}不符）",
                    [Fix.Replace($"改为“{right}”", span.Start, span.Length, right)]);
            }
        }
    }
}
