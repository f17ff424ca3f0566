using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Punct;

/// <summary>A quote, title mark or bracket without its partner.</summary>
public sealed class UnpairedPunctuationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "punct/unpaired",
        "标点不成对",
        Severity.Warning,
        "Flags a Chinese quotation mark (“” ‘’), title mark (《》), full-width parenthesis (（）) or square bracket (【】) "
        + "whose partner is missing or of the wrong kind. Pairs are matched within a paragraph; a paragraph that a column "
        + "break cut in two is matched as one, and a quotation that runs over several paragraphs (each opening with “, "
        + "only the last one closing) is accepted, as the national punctuation standard GB/T 15834 prescribes. When the "
        + "stray mark is a doubled one (””) the quick fix deletes it.")
    { SafeToFixAll = true };

    private const string Openers = "“‘《（【";
    private const string Closers = "”’》）】";

    public void Analyze(RuleContext context)
    {
        var doc = context.Document;
        var groups = new List<IReadOnlyList<Block>>(LogicalParagraphs.Of(doc));
        foreach (var b in doc.Blocks)
            if (b.Kind is BlockKind.Headline or BlockKind.Caption or BlockKind.Dateline) groups.Add([b]);
        groups.Sort((a, b) => a[0].Span.Start.CompareTo(b[0].Span.Start));

        for (var g = 0; g < groups.Count; g++)
        {
            var unpaired = Match(doc.Text, groups[g], out var openLeft);
            var nextOpensQuote = g + 1 < groups.Count && groups[g + 1][0].Text.StartsWith('“') && groups[g][0].Kind == BlockKind.Paragraph;
            if (!(nextOpensQuote && openLeft.All(o => doc.Text[o] is '“' or '‘')))
                unpaired.AddRange(openLeft);
            foreach (var offset in unpaired.Order()) Report(context, offset);
        }
    }

    /// <summary>Matches pairs across a group's blocks; returns stray closers, and openers left open.</summary>
    private static List<int> Match(string text, IReadOnlyList<Block> group, out List<int> openLeft)
    {
        var stray = new List<int>();
        var stack = new List<int>();
        foreach (var block in group)
        {
            for (var i = block.Span.Start; i < block.Span.End; i++)
            {
                var c = text[i];
                if (Openers.Contains(c))
                {
                    stack.Add(i);
                    continue;
                }
                var k = Closers.IndexOf(c);
                if (k < 0 || IsApostrophe(text, i)) continue;
                var opener = Openers[k];
                var at = stack.FindLastIndex(o => text[o] == opener);
                if (at < 0)
                {
                    stray.Add(i);
                    continue;
                }
                // Openers above the match were never closed.
                stray.AddRange(stack.Skip(at + 1));
                stack.RemoveRange(at, stack.Count - at);
            }
        }
        openLeft = stack;
        return stray;
    }

    /// <summary>’ between Latin letters is an apostrophe (Xi’an), not a quote.</summary>
    private static bool IsApostrophe(string text, int i) =>
        text[i] == '’' && i > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1]);

    private static void Report(RuleContext context, int offset)
    {
        var text = context.Text;
        var c = text[offset];
        var isOpener = Openers.Contains(c);
        var partner = isOpener ? Closers[Openers.IndexOf(c)] : Openers[Closers.IndexOf(c)];
        var message = isOpener ? $"“{c}”没有对应的“{partner}”" : $"“{c}”前面没有对应的“{partner}”";
        var doubled = isOpener
            ? offset + 1 < text.Length && text[offset + 1] == c
            : offset > 0 && text[offset - 1] == c;
        Fix[] fixes = doubled ? [Fix.Replace($"删去多余的“{c}”", offset, 1, "")] : [];
        context.Report(new TextSpan(offset, 1), message, fixes);
    }
}
