using ZjgrLsp.Core.Findings;

namespace ZjgrLsp.Core.Rules.Cont;

/// <summary>A continuation marker not in the house form （下转第4版） / （上接第1版）.</summary>
public sealed class MarkerFormatRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "cont/format",
        "转版标识格式",
        Severity.Warning,
        "Flags a continuation marker written in another form than the house form （下转第4版） / （上接第1版）: "
        + "half-width brackets, a missing 第, a page in Chinese numerals (第四版), or the short 转 / 接. The quick fix "
        + "writes the house form.")
    { SafeToFixAll = true };

    public static string HouseForm(bool forward, int page) => forward ? $"（下转第{page}版）" : $"（上接第{page}版）";

    public void Analyze(RuleContext context)
    {
        foreach (var marker in context.Document.ContinuationMarkers)
        {
            var house = HouseForm(marker.Forward, marker.Page);
            if (marker.Text == house) continue;
            context.Report(marker.Span, $"转版标识应写作“{house}”",
                [Fix.Replace($"改为“{house}”", marker.Span.Start, marker.Span.Length, house)]);
        }
    }
}
