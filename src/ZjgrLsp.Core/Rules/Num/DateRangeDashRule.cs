using System.Text.RegularExpressions;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Num;

/// <summary>A span of years, months or days joined by a hyphen (2024-2026年 for 2024—2026年).</summary>
public sealed partial class DateRangeDashRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "num/range",
        "时间起止用一字线",
        Severity.Warning,
        "The start and end of a span of time are joined by the one-character dash — (GB/T 15834: 2024—2026年, "
        + "6月3日—10日); the hyphen is for other uses. Flags a hyphen or en dash (half- or full-width) between two "
        + "numbers that end in 年, 月 or 日 (2024-2026年, 6-8月) in Chinese text. ISO dates (2024-06-25) are not followed "
        + "by 年 and are left alone, and so is the tilde ～, which some house styles use for spans. The fix writes —.")
    { SafeToFixAll = true };

    [GeneratedRegex(@"(?<![0-9A-Za-z\-])(\d{1,4}(?:年|月|日)?)\s*([\-–－])\s*(\d{1,4})(?=年|月|日)")]
    private static partial Regex Range();

    public void Analyze(RuleContext context)
    {
        foreach (Match m in Range().Matches(context.Text))
        {
            var first = m.Groups[1].Value;
            var last = m.Groups[3].Value;
            // Both ends must be numbers of one kind: four-digit years, or months and days of one or two digits.
            if ((first.TrimEnd('年', '月', '日').Length == 4) != (last.Length == 4)) continue;
            var dash = m.Groups[2];
            var span = TextSpan.FromBounds(m.Groups[1].Index + m.Groups[1].Length, m.Groups[3].Index);
            context.Report(new TextSpan(dash.Index, dash.Length), $"时间的起止“{m.Value}”应用一字线“—”连接",
                [Fix.Replace("改为“—”", span.Start, span.Length, "—")]);
        }
    }
}
