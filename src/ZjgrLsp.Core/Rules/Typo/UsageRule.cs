using System.Text.RegularExpressions;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Typo;

/// <summary>A word the style guide tells apart by what follows it: 截至 a point in time, not 截止 (截止目前).</summary>
public sealed partial class UsageRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "typo/usage",
        "用词不当",
        Severity.Warning,
        "Flags 截止 where 截至 belongs. 截至 means \"up to\" and takes a point in time (截至目前, 截至6月底, 截至2023年"
        + "年底); 截止 means \"to close\" and stands without one, or with 到 or 于 (报名于5月底截止, 截止到6月30日, 截止日期). "
        + "So 截止 directly before a date, a time word (目前, 今年, 本月底, 发稿时) or a number is flagged, and the fix "
        + "writes 截至.")
    { SafeToFixAll = true };

    [GeneratedRegex(@"截止(?=\s*(?:[0-9０-９]|[一二三四五六七八九十〇零]+[年月日]|目前|当前|现在|今年|去年|明年|本年|本月|上月|今天|昨天|当天|本周|上周|年底|年末|月底|月末|日前|发稿|记者发稿|此时|今日))")]
    private static partial Regex ClosingBeforeATime();

    public void Analyze(RuleContext context)
    {
        foreach (Match m in ClosingBeforeATime().Matches(context.Text))
            context.Report(new TextSpan(m.Index, 2), "“截止”后接时间点时应作“截至”（截至：到某时为止）",
                [Fix.Replace("改为“截至”", m.Index, 2, "截至")]);
    }
}
