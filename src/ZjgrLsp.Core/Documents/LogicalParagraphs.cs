using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Documents;

/// <summary>
/// Body paragraphs as the writer meant them: a paragraph that a column break cut mid-sentence (it ends without
/// sentence punctuation) is joined with the body paragraph that follows, so pair checks such as quotes see
/// the whole paragraph. The parts keep their own spans.
/// </summary>
public static class LogicalParagraphs
{
    public static IReadOnlyList<IReadOnlyList<Block>> Of(NewsDocument document)
    {
        var groups = new List<IReadOnlyList<Block>>();
        List<Block>? current = null;
        foreach (var block in document.Blocks)
        {
            if (block.Kind != BlockKind.Paragraph)
            {
                // Captions and markers may sit between the halves of a broken paragraph; headlines end it.
                if (block.Kind is BlockKind.Caption or BlockKind.ContinuationMarker) continue;
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [block];
                groups.Add(current);
            }
            else current.Add(block);
            if (EndsSentence(block.Text)) current = null;
        }
        return groups;
    }

    /// <summary>True when text ends the way a finished paragraph does.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.Length == 0) return true;
        // A closing note in brackets after a finished sentence: …成绩显著。（完） or （记者 张三）.
        if (t[^1] is '）' or ')')
        {
            var open = t.LastIndexOfAny('（', '(');
            if (open == 0 || open > 0 && EndsSentence(t[..open].ToString())) return true;
        }
        var i = t.Length - 1;
        while (i > 0 && t[i] is '”' or '’' or '"' or '\'' or '）' or ')' or '》' or '」') i--;
        return Chinese.IsSentenceEnd(t[i]) || t[i] is '：' or ':';
    }
}
