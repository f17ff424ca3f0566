using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Typos;

/// <summary>
/// Quotations of classical Chinese in news copy: a quotation that a citing word introduces (诗, 词, 句, 古, 曰, 云:
/// 引用古诗“…”, 古人云：“…”) and that reads as verse (clauses all of five or all of seven characters: 山重水复疑无路，
/// 柳暗花明又一村) or as prose thick with classical particles (之乎者也矣焉哉兮曰). A word trigram model of today's
/// language reads both as strings of slips, and copy quotes them as written. The citing word is asked for because
/// today's prose falls into clauses of seven as well (要坚持稳中求进，推动高质量发展).
/// </summary>
public static class ClassicalQuotations
{
    private const string Particles = "之乎者也矣焉哉兮曰";
    private const string ClauseEnds = "，。；：！？、";
    private const string CitingChars = "诗词句古曰云";

    /// <summary>How far before the opening quote a citing word is looked for (古人云：“ or 他引用了杜甫的诗句“).</summary>
    private const int CueReach = 8;

    /// <summary>Shortest quotation judged: a short one is a term or a name, not a quotation.</summary>
    private const int MinHan = 8;

    /// <summary>The insides of the classical quotations (“…”) in a block of the text.</summary>
    public static List<TextSpan> In(string text, TextSpan block)
    {
        var result = new List<TextSpan>();
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] != '“') continue;
            var close = text.IndexOf('”', i + 1, block.End - i - 1);
            if (close < 0) break;
            var from = Math.Max(block.Start, i - CueReach);
            if (text.AsSpan(from, i - from).IndexOfAny(CitingChars) >= 0 && IsClassical(text.AsSpan(i + 1, close - i - 1)))
                result.Add(new TextSpan(i + 1, close - i - 1));
            i = close;
        }
        return result;
    }

    /// <summary>Whether a quotation's text reads as verse or classical prose (only Han characters and clause punctuation).</summary>
    public static bool IsClassical(ReadOnlySpan<char> quote)
    {
        var lengths = new List<int>();
        int han = 0, particles = 0, clause = 0;
        foreach (var c in quote)
        {
            if (HanText.IsHan(c))
            {
                han++;
                clause++;
                if (Particles.Contains(c)) particles++;
            }
            else if (ClauseEnds.Contains(c))
            {
                if (clause > 0) lengths.Add(clause);
                clause = 0;
            }
            else return false; // figures, Latin, nested quotes: today's copy
        }
        if (clause > 0) lengths.Add(clause);
        if (han < MinHan) return false;
        var verse = lengths.Count >= 2 && lengths.TrueForAll(l => l == lengths[0]) && lengths[0] is 5 or 7;
        var prose = particles >= 2 && particles * 12 >= han;
        return verse || prose;
    }
}
