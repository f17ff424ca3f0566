using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Typos;

/// <summary>Small helpers the typo rules share: Chinese-only character tests and word boundaries.</summary>
public static class HanText
{
    /// <summary>A CJK ideograph of the basic block (typo lexicons and n-grams use these only).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>The maximal runs of Han characters in a text, as spans: what the language-model checker reads alone.</summary>
    public static IEnumerable<TextSpan> Runs(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            if (!IsHan(text[start])) { start++; continue; }
            var end = start;
            while (end < text.Length && IsHan(text[end])) end++;
            yield return new TextSpan(start, end - start);
            start = end;
        }
    }

    /// <summary>Folds full-width ASCII forms to ASCII, one character for one, so offsets stay put.</summary>
    public static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>
    /// The offsets inside text[start..end) where a word starts or ends, by the segmenter without HMM (which
    /// keeps unknown characters apart). A typo candidate must line up with these, so a rule never corrects
    /// half of a real word.
    /// </summary>
    public static HashSet<int> WordBoundaries(Segmenter segmenter, string text, TextSpan span)
    {
        var result = new HashSet<int> { span.Start, span.End };
        foreach (var t in Words(segmenter, text, span)) { result.Add(t.Start); result.Add(t.End); }
        return result;
    }

    /// <summary>The words of text[start..end) by the segmenter without HMM, as <see cref="WordBoundaries"/> reads them.</summary>
    public static List<Token> Words(Segmenter segmenter, string text, TextSpan span)
    {
        var tokens = new List<Token>();
        segmenter.Cut(text, span.Start, span.End, hmm: false, tokens);
        return tokens;
    }

    /// <summary>Packs four characters into a key; <paramref name="mask"/> bits blank positions out.</summary>
    public static ulong Key4(ReadOnlySpan<char> s, int mask = 0)
    {
        ulong key = 0;
        for (var i = 0; i < 4; i++)
            key = key << 16 | ((mask >> i & 1) == 1 ? 0u : s[i]);
        return key;
    }

    /// <summary>A character used this often as a word by itself is a function word or nearly so (jieba counts).</summary>
    private const int FunctionWordFrequency = 20000;

    /// <summary>Whether a character is a function word (和, 已, 在, 等, 了): these trade places in honest edits and
    /// stand alone everywhere, so no rule corrects them on word statistics alone.</summary>
    public static bool IsFunctionWord(Segmenter segmenter, ReadOnlySpan<char> c) => segmenter.Frequency(c) >= FunctionWordFrequency;

    public static bool AllHan(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!IsHan(c)) return false;
        return true;
    }
}
