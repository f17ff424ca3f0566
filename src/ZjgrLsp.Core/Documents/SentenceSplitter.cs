using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Documents;

/// <summary>Splits a block's text into sentences after 。！？… (keeping a closing quote or bracket with its sentence).</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text, int baseOffset)
    {
        var result = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Chinese.IsSentenceEnd(text[i])) continue;
            var end = i + 1;
            while (end < text.Length && (Chinese.IsSentenceEnd(text[end]) || text[end] is '”' or '’' or '）' or ')' or '」' or '》'))
                end++;
            if (end - start > 0) result.Add(new TextSpan(baseOffset + start, end - start));
            start = end;
            i = end - 1;
        }
        if (start < text.Length && text.AsSpan(start).Trim().Length > 0)
            result.Add(new TextSpan(baseOffset + start, text.Length - start));
        return result;
    }
}
