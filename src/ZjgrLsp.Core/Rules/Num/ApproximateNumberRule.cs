using System.Text.RegularExpressions;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Num;

/// <summary>Two neighbouring numerals for a rough count split by 、 (七、八个人 for 七八个人).</summary>
public sealed partial class ApproximateNumberRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "num/approximate",
        "概数不用顿号",
        Severity.Warning,
        "Two neighbouring numbers that together give a rough count are written in Chinese numerals with nothing "
        + "between them (GB/T 15835: 三四个, 七八十人, 两三天). Flags 七、八个, 两、三天 and 3、4个 before a counting "
        + "word (个, 人, 名, 天, 岁, 年, 月, …) or a unit of ten (五、六十年代, 六、七万人), where a list would be odd; an ordinal (第三、四种, 三、四年级) is a list and is left alone, "
        + "and so are 一、二 and 九、十, which run together would read otherwise. "
        + "The fix writes the numerals together in Chinese.")
    { SafeToFixAll = true };

    // The pair stands before a unit of ten (五、六十年代, 六、七万人) or a counting word, 年 and 月 included (三、四年时间,
    // 五、六月间) but not 年级 (三、四年级 is a list of grades).
    [GeneratedRegex(@"(?<![第0-9一二三四五六七八九十百千万两])([一二两三四五六七八九1-9])、([二三四五六七八九十2-9])(?=[十百千万]|[个人名位次天岁件条家只种倍项所座台辆户元份篇张本场遍周]|年(?!级)|月)")]
    private static partial Regex SplitPair();

    private const string Numerals = "一二三四五六七八九十";

    public void Analyze(RuleContext context)
    {
        foreach (Match m in SplitPair().Matches(context.Text))
        {
            var first = Value(m.Groups[1].Value[0]);
            var second = Value(m.Groups[2].Value[0]);
            // 九、十 would read as ninety and 一、二 as twelve-ish; a rough count of those is worded otherwise (一两个).
            if (second != first + 1 || first is 1 or 9) continue;
            // 两、三 keeps its 两 (两三条船): the rough count is read as printed, only the mark goes.
            var right = $"{(m.Groups[1].Value == "两" ? "两" : Numerals[first - 1].ToString())}{Numerals[second - 1]}";
            context.Report(new TextSpan(m.Index, m.Length), $"概数“{m.Value}”的两个数之间不用顿号，应作“{right}”",
                [Fix.Replace($"改为“{right}”", m.Index, m.Length, right)]);
        }
    }

    private static int Value(char c) => c switch
    {
        >= '1' and <= '9' => c - '0',
        '两' => 2,
        _ => Numerals.IndexOf(c) + 1,
    };
}
