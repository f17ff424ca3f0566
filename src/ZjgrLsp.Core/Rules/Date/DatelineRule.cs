using System.Text.RegularExpressions;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Date;

/// <summary>A dateline (新华社北京6月30日电) dated after the issue it is printed in.</summary>
public sealed partial class DatelineRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "date/dateline",
        "电头日期晚于出版日期",
        Severity.Warning,
        "Reads datelines (新华社北京6月30日电, 本报杭州7月1日电) and flags one dated after the issue date, which comes "
        + "from the masthead or folder name of the page or of its day's issue (see name rules). The year is the "
        + "issue's, or the year before for a dateline more than half a year ahead (a December story in a January "
        + "issue). No quick fix: the right date must come from the copy.");

    [GeneratedRegex(@"(?:新华社|中新社|人民日报|本报|工人日报)[^\s，,。“”]{0,10}?(\d{1,2})月(\d{1,2})日(?:电|讯)")]
    private static partial Regex Dateline();

    public void Analyze(RuleContext context)
    {
        var day = IssueDay.DateOfIssue(context.Document, context.Issue);
        if (day is not { } issueDate) return;
        foreach (Match m in Dateline().Matches(context.Text))
        {
            if (!int.TryParse(m.Groups[1].Value, out var month) || !int.TryParse(m.Groups[2].Value, out var dayOfMonth)) continue;
            if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(issueDate.Year, month)) continue;
            var dated = new DateOnly(issueDate.Year, month, dayOfMonth);
            if (dated.DayNumber - issueDate.DayNumber > 183) dated = dated.AddYears(-1);
            if (dated <= issueDate) continue;
            context.Report(new TextSpan(m.Groups[1].Index, m.Groups[2].Index + m.Groups[2].Length + 1 - m.Groups[1].Index),
                $"电头日期{month}月{dayOfMonth}日晚于本期出版日期{issueDate:yyyy年M月d日}");
        }
    }
}
