using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Punct;

/// <summary>Half-width , ; : ? ! ( ) " in Chinese text, where the house style wants full-width marks.</summary>
public sealed class HalfwidthPunctuationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "punct/halfwidth",
        "中文里的半角标点",
        Severity.Warning,
        "Flags a half-width comma, semicolon, colon, question mark, exclamation mark, parenthesis or straight double "
        + "quote (taken in pairs within a paragraph: the first opens “, the second closes ”) that stands in "
        + "Chinese text (next to a Chinese character or Chinese punctuation), where the house style sets full-width "
        + "marks. Numbers, times, URLs, e-mail addresses and continuation markers are left alone. A page set half-width "
        + "throughout is treated as a text export and not flagged, unless it has full-width marks elsewhere, another page "
        + "of the issue carries the same text full-width, or the option \"style\" is \"fullwidth\" (\"any\" turns the "
        + "check off). The quick fix swaps in the full-width mark; the editor also offers to fix every mark in the file.")
    { SafeToFixAll = true, Options = new Dictionary<string, string[]> { ["style"] = ["auto", "fullwidth", "any"] } };

    public void Analyze(RuleContext context)
    {
        var marks = HalfwidthMarks.FindHalfwidth(context.Document)
            .Select(offset => (Offset: offset, FullWidth: HalfwidthMarks.FullWidthOf[context.Text[offset]]))
            .Concat(HalfwidthMarks.FindHalfwidthQuotes(context.Document))
            .OrderBy(m => m.Offset)
            .ToList();
        if (marks.Count == 0) return;
        if (!PunctuationStyle.RequiresFullwidth(context.Document, context.Issue, context.Setting.GetString("style"))) return;
        foreach (var (offset, full) in marks)
        {
            var half = context.Text[offset];
            context.Report(new TextSpan(offset, 1), $"中文里用了半角“{half}”，应为全角“{full}”",
                [Fix.Replace($"改为全角“{full}”", offset, 1, full.ToString())]);
        }
    }
}
