using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Layout;

/// <summary>A paragraph cut mid-sentence by a column break, whose rest stands elsewhere as a paragraph of its own.</summary>
public sealed class SplitParagraphRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "layout/split-paragraph",
        "段落断开",
        Severity.Warning,
        "Flags a body paragraph that stops mid-sentence (听取各级 | 工会的意见建议) where a column break cut it, at "
        + "the end of the cut paragraph. Its rest is usually the next paragraph, perhaps after a photo and its caption; "
        + "when the next paragraph does not go on with it but a later one does, with a word straddling the break "
        + "(建立总工 | 会、配备专职工会干部), that later one is taken as the displaced rest. The quick fix joins the two "
        + "halves, keeping a caption after the joined paragraph and moving a displaced half back; the editor also "
        + "offers to join every split in the file.")
    { SafeToFixAll = false };

    public void Analyze(RuleContext context)
    {
        var doc = context.Document;
        foreach (var b in ParagraphBreaks.Find(doc, context.Segmenter))
        {
            if (b.Rest is not { } rest) continue;
            var end = b.Broken.Span.End;
            var tail = Excerpt(b.Broken.Text, fromEnd: true);
            var head = Excerpt(rest.Text, fromEnd: false);
            var where = b.Displaced ? $"其后半段（“{head}”）错放在第{rest.Line + 1}行" : $"下段“{head}”应与本段相连";
            context.Report(new TextSpan(end - Math.Min(2, b.Broken.Span.Length), Math.Min(2, b.Broken.Span.Length)),
                $"段落在句中断开（“{tail}”）：{where}", [Join(doc, b)],
                [new RelatedLocation(null, new TextSpan(rest.Span.Start, Math.Min(rest.Span.Length, 8)), "断开段落的后半段")]);
        }
    }

    /// <summary>Joins the halves: the rest moves up to the break; captions in between go after the joined paragraph.</summary>
    internal static Fix Join(NewsDocument doc, ParagraphBreaks.Break b)
    {
        var rest = b.Rest!;
        var end = b.Broken.Span.End;
        if (b.Displaced)
        {
            var removeFrom = PreviousEnd(doc, rest);
            return new Fix("合并断开的段落（移回后半段）",
                [new TextEdit(end, 0, doc.Source[rest.Span]), new TextEdit(removeFrom, rest.Span.End - removeFrom, "")]);
        }
        if (b.Between.Count == 0) return new Fix("合并断开的段落", [new TextEdit(end, rest.Span.Start - end, "")]);
        var captions = string.Concat(b.Between.Select(c => "\n\n" + doc.Source[c.Span]));
        return new Fix("合并断开的段落（图片说明移到段后）",
            [new TextEdit(end, rest.Span.Start - end, ""), new TextEdit(rest.Span.End, 0, captions)]);
    }

    private static int PreviousEnd(NewsDocument doc, Block block)
    {
        var index = doc.Blocks.ToList().FindIndex(x => x.Span == block.Span);
        return index > 0 ? doc.Blocks[index - 1].Span.End : block.Span.Start;
    }

    /// <summary>About eight characters from one end, never cutting a surrogate pair (an emoji, a rare Han character).</summary>
    internal static string Excerpt(string text, bool fromEnd)
    {
        if (text.Length <= 8) return text;
        if (fromEnd)
        {
            var start = text.Length - 8;
            if (char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1])) start--;
            return "…" + text[start..];
        }
        var end = 8;
        if (char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end])) end++;
        return text[..end] + "…";
    }
}
