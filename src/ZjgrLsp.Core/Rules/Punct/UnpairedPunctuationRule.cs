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
        + "only the last one closing) is accepted, as the national punctuation standard GB/T 15834 prescribes; an opener "
        + "left open because the page's text is cut off at its end is layout/truncated's finding. When the "
        + "stray mark is a doubled one (””) the quick fix deletes it. A quote typed the wrong way round, so that the "
        + "paragraph's quotes would alternate if it were turned (他说“好“, 指出”要加强“), is reported as such and the "
        + "fix turns it.")
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
            // A quote typed the wrong way round (他说“好“) is reported as such and matched as it should read.
            var turned = TurnedQuotes(doc.Text, groups[g], '“', '”').Concat(TurnedQuotes(doc.Text, groups[g], '‘', '’')).ToList();
            var text = doc.Text;
            if (turned.Count > 0)
            {
                var chars = text.ToCharArray();
                foreach (var (offset, right) in turned)
                {
                    chars[offset] = right;
                    var side = Openers.Contains(right) ? "左" : "右";
                    context.Report(new TextSpan(offset, 1), $"引号方向有误，此处应为{side}引号（{right}）",
                        [Fix.Replace($"改为{side}引号（{right}）", offset, 1, right.ToString())]);
                }
                text = new string(chars);
            }
            var unpaired = Match(text, groups[g], out var openLeft);
            var nextOpensQuote = g + 1 < groups.Count && groups[g + 1][0].Text.StartsWith('“') && groups[g][0].Kind == BlockKind.Paragraph;
            // The page's text cut off mid-sentence (layout/truncated's finding) took the closing marks with it.
            var cutOff = g == groups.Count - 1 && IsCutOff(groups[g][^1]);
            if (!(nextOpensQuote && openLeft.All(o => text[o] is '“' or '‘')) && !cutOff)
                unpaired.AddRange(openLeft);
            foreach (var offset in unpaired.Order()) Report(context, offset);
        }
    }

    /// <summary>A paragraph that ends on a character, not on a sentence's end or a closing mark.</summary>
    private static bool IsCutOff(Block block)
    {
        var t = block.Text.TrimEnd();
        return t.Length > 0 && Chinese.IsHanAt(t, t.Length - 1);
    }

    /// <summary>
    /// Quotes that alternate open, close, open, close once one mark or a back-to-front pair (”…“) is turned round:
    /// an even number of marks where exactly that is off. Doubled marks (““) and nested ones (“A“B”C”) are not
    /// turned; they are left to the pairing below.
    /// </summary>
    private static IEnumerable<(int Offset, char Right)> TurnedQuotes(string text, IReadOnlyList<Block> group, char open, char close)
    {
        var marks = group.SelectMany(b => Enumerable.Range(b.Span.Start, b.Span.Length))
            .Where(i => text[i] == open || text[i] == close && !IsApostrophe(text, i)).ToList();
        if (marks.Count == 0 || marks.Count % 2 == 1) return [];
        var wrong = Enumerable.Range(0, marks.Count).Where(k => text[marks[k]] != (k % 2 == 0 ? open : close)).ToList();
        if (wrong.Any(k => marks[k] > 0 && text[marks[k] - 1] == text[marks[k]] || marks[k] + 1 < text.Length && text[marks[k] + 1] == text[marks[k]]))
            return [];
        var backToFront = wrong.Count == 2 && wrong[0] % 2 == 0 && wrong[1] == wrong[0] + 1;
        if (wrong.Count != 1 && !backToFront) return [];
        return wrong.Select(k => (marks[k], k % 2 == 0 ? open : close));
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
