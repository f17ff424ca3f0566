using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Num;

/// <summary>Full-width digits (２０２４) on a page that otherwise sets its numbers half-width.</summary>
public sealed class FullwidthDigitRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "num/fullwidth",
        "数字应为半角",
        Severity.Warning,
        "Arabic numerals in Chinese text are set half-width (GB/T 15835). Flags runs of full-width digits (２０２４, "
        + "often pasted from another system) on a page whose other numbers are mostly half-width; a page set "
        + "full-width throughout follows its own style and is left alone. The masthead is included. The fix writes "
        + "the digits half-width.")
    { SafeToFixAll = true };

    public void Analyze(RuleContext context)
    {
        var text = context.Text;
        var half = 0;
        var runs = new List<TextSpan>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i])) { half++; continue; }
            if (!IsFullwidthDigit(text[i])) continue;
            var start = i;
            while (i + 1 < text.Length && IsFullwidthDigit(text[i + 1])) i++;
            runs.Add(TextSpan.FromBounds(start, i + 1));
        }
        var full = runs.Sum(r => r.Length);
        if (runs.Count == 0 || half <= full) return;
        foreach (var run in runs)
        {
            var digits = text.Substring(run.Start, run.Length);
            var right = new string([.. digits.Select(c => (char)(c - '０' + '0'))]);
            context.Report(run, $"数字“{digits}”为全角，本页数字用半角：{right}", [Fix.Replace($"改为“{right}”", run.Start, run.Length, right)]);
        }
    }

    private static bool IsFullwidthDigit(char c) => c is >= '０' and <= '９';
}
