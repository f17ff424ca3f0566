using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Layout;

/// <summary>Text cut off mid-sentence with nothing to go on with: a headline or the end of the page follows.</summary>
public sealed class TruncatedTextRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "layout/truncated",
        "文字截断",
        Severity.Warning,
        "Flags a body paragraph that stops mid-sentence (也减轻了对企业正) and is followed by a headline or the end of "
        + "the page, with no displaced rest to be found further on: the rest of the text was lost in layout. The "
        + "finding sits at the end of the cut paragraph; there is no quick fix, since the missing words must come from "
        + "the original copy.");

    public void Analyze(RuleContext context)
    {
        foreach (var b in ParagraphBreaks.Find(context.Document, context.Segmenter))
        {
            if (b.Rest is not null) continue;
            var span = b.Broken.Span;
            context.Report(new TextSpan(span.End - Math.Min(2, span.Length), Math.Min(2, span.Length)),
                $"文字在句中截断（“{SplitParagraphRule.Excerpt(b.Broken.Text, fromEnd: true)}”），后文缺失");
        }
    }
}
