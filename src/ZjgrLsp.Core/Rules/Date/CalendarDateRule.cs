using System.Text.RegularExpressions;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Date;

/// <summary>A date in the copy that does not exist (6月31日), or whose weekday is wrong (6月25日（星期三）).</summary>
public sealed partial class CalendarDateRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "date/calendar",
        "日期或星期有误",
        Severity.Warning,
        "Checks dates written out in the copy (2024年6月25日, 6月25日; Arabic digits, half- or full-width): a month "
        + "above 12 or a day past the month's end (6月31日, 2月30日, 2月29日 in a common year) is flagged without a fix, "
        + "since the right date must come from the reporter. A date followed by its weekday (6月25日（星期二）, "
        + "6月25日，周二) is checked against the calendar and the quick fix writes the right weekday. Without a printed "
        + "year the date takes the year that puts its month nearest the issue date (masthead or folder name: a "
        + "December date in a January issue is last year's); with neither, only the month and day are checked and "
        + "2月29日 passes. The masthead "
        + "is date/masthead's.");

    [GeneratedRegex(@"(?<![0-9０-９])(?:([0-9０-９]{4})\s*年\s*)?([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日(?:\s*[（(，,]?\s*(?:星期|周|礼拜)([一二三四五六日天]))?")]
    private static partial Regex WrittenDate();

    public void Analyze(RuleContext context)
    {
        var issueDate = IssueDay.DateOfIssue(context.Document, context.Issue);
        foreach (var block in context.Document.Blocks.Where(b => b.Kind != BlockKind.Masthead))
        {
            var text = context.Document.Source[block.Span];
            foreach (Match m in WrittenDate().Matches(text))
            {
                var month = Chinese.ParseDigits(m.Groups[2].Value);
                var day = Chinese.ParseDigits(m.Groups[3].Value);
                int? year = m.Groups[1].Success ? Chinese.ParseDigits(m.Groups[1].Value) : null;
                if (month is >= 1 and <= 12) year ??= YearNear(issueDate, month);
                var at = block.Span.Start + m.Index;
                var dateEnd = block.Span.Start + m.Groups[3].Index + m.Groups[3].Length + 1;
                if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month))
                {
                    // 2024 stands in for an unknown year: a leap year, so 2月29日 passes unless a year is known.
                    var why = month is < 1 or > 12 ? "没有这个月份" : year is { } y ? $"{y}年{month}月只有{DateTime.DaysInMonth(y, month)}天" : $"{month}月只有{DateTime.DaysInMonth(2024, month)}天";
                    context.Report(TextSpan.FromBounds(at, dateEnd), $"日期“{m.Value[..(dateEnd - at)]}”不存在：{why}");
                    continue;
                }
                if (!m.Groups[4].Success) continue;
                if (year is not { } known) continue;
                var d = new DateOnly(known, month, day);
                var printed = m.Groups[4].Value[0];
                if (ChineseWeekday.Matches(printed, d)) continue;
                var right = ChineseWeekday.Of(d);
                var weekdayAt = block.Span.Start + m.Groups[4].Index;
                context.Report(new TextSpan(weekdayAt, 1), $"{d:yyyy年M月d日}是星期{right}，此处作“{printed}”",
                    [Fix.Replace($"改为“{right}”", weekdayAt, 1, right.ToString())]);
            }
        }
    }

    /// <summary>The year whose month <paramref name="month"/> lies nearest the issue date, if the issue has a date.</summary>
    private static int? YearNear(DateOnly? issueDate, int month)
    {
        if (issueDate is not { } issue) return null;
        return new[] { issue.Year - 1, issue.Year, issue.Year + 1 }
            .MinBy(y => Math.Abs(new DateOnly(y, month, 15).DayNumber - issue.DayNumber));
    }
}
