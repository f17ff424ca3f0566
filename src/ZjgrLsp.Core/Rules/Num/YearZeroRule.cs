using System.Text.RegularExpressions;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Num;

/// <summary>A year in Chinese numerals written with 0, O, 零 or ○ where 〇 belongs (二0二四年 for 二〇二四年).</summary>
public sealed partial class YearZeroRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "num/year-zero",
        "年份中的“〇”有误",
        Severity.Warning,
        "A year spelt in Chinese numerals takes 〇 (U+3007) for zero (GB/T 15835: 二〇二四年). Flags the stand-ins "
        + "that typing and OCR put there: the digit 0, the letter O or o, 零, and the circle ○ (U+25CB), in a run of four "
        + "numerals before 年. The fix writes 〇.")
    { SafeToFixAll = true };

    [GeneratedRegex("(?<![一二三四五六七八九〇0Oo零○])[一二三四五六七八九〇0Oo零○]{4}(?=年)")]
    private static partial Regex ChineseYear();

    private const string WrongZeros = "0Oo零○";

    public void Analyze(RuleContext context)
    {
        foreach (Match m in ChineseYear().Matches(context.Text))
        {
            // A year has real numerals in it (not 0000) and at least one stand-in zero.
            if (!m.Value.Any(c => "一二三四五六七八九".Contains(c)) || m.Value.IndexOfAny(WrongZeros.ToCharArray()) < 0) continue;
            var right = new string([.. m.Value.Select(c => WrongZeros.Contains(c) ? '〇' : c)]);
            context.Report(new TextSpan(m.Index, m.Length), $"年份“{m.Value}年”中的零应写作“〇”：{right}年",
                [Fix.Replace($"改为“{right}”", m.Index, m.Length, right)]);
        }
    }
}
