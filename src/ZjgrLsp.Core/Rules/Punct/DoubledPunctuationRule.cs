using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Punct;

/// <summary>Two clause marks in a row: one typed twice (，，) or two that contradict each other (，。).</summary>
public sealed class DoubledPunctuationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "punct/doubled",
        "标点重复或连用",
        Severity.Warning,
        "Chinese sets one mark between clauses. Flags a clause mark typed twice or more (，， 。。 、、 ；； ：：), "
        + "whose fix deletes the copies, and two different clause marks side by side (，。 ；， 、，), which offers two "
        + "fixes, keeping one mark or the other, since only the writer knows which pause was meant. Ellipses (……) and "
        + "dashes (——), which are written doubled, and marks next to quotes or brackets (。” ”。) are not clause marks "
        + "in a row and are left alone.");

    private const string ClauseMarks = "，。、；：";

    public void Analyze(RuleContext context)
    {
        var text = context.Text;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!IsClauseMark(text[i]) || !IsClauseMark(text[i + 1])) continue;
            var end = i + 1;
            while (end < text.Length && IsClauseMark(text[end])) end++;
            var run = text[i..end];
            if (run.All(c => c == run[0]))
            {
                context.Report(TextSpan.FromBounds(i, end), $"标点“{run[0]}”重复了{run.Length - 1}次",
                    [Fix.Replace($"只留一个“{run[0]}”", i + 1, end - i - 1, "")]);
            }
            else if (run.Length == 2)
            {
                context.Report(TextSpan.FromBounds(i, end), $"标点“{run[0]}”与“{run[1]}”连用，应只留其一",
                    [Fix.Replace($"只留“{run[0]}”", i + 1, 1, ""), Fix.Replace($"只留“{run[1]}”", i, 1, "")]);
            }
            else
            {
                context.Report(TextSpan.FromBounds(i, end), $"标点“{run}”连用，应只留其一");
            }
            i = end - 1;
        }
    }

    private static bool IsClauseMark(char c) => ClauseMarks.Contains(c);
}
