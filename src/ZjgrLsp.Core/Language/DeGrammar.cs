using ZjgrLsp.Core.Segmentation;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// Which of 的, 地 and 得 the grammar asks for, in the few positions where the words around it settle the question:
/// an adverbial before a verb takes 地 (认真地学习, 悄悄地走), a complement of degree after a verb takes 得 (跑得很快),
/// an attribute before a noun takes 的 (漂亮的衣服). Word classes come from the segmenter's dictionary tags (jieba's:
/// ad, z, d, v, a, n); reduplicated forms (慢慢, 高高兴兴, 静悄悄) count as adverbials whatever their tag, and the
/// degree adverbs are a closed class listed here because jieba tags them unevenly (很 is zg, 十分 m).
/// Everywhere else the grammar is silent and the language model alone decides.
/// </summary>
public static class DeGrammar
{
    private static readonly HashSet<string> DegreeAdverbs =
        ["很", "非常", "十分", "特别", "极其", "极为", "相当", "格外", "更", "更加", "太", "挺", "比较", "越来越", "异常", "尤其"];

    /// <summary>Particles that may close a clause after a complement (跑得很快了, 好得很呢).</summary>
    private static readonly HashSet<string> ClauseEnders = ["了", "啊", "呀", "呢", "吧"];

    /// <summary>
    /// The character the grammar asks for at <paramref name="index"/>, a one-character token 的, 地 or 得 of a run of
    /// Han text cut into <paramref name="tokens"/>, with the reason for a message; null where the grammar is silent.
    /// </summary>
    public static (char Char, string Why)? Expected(IReadOnlyList<Token> tokens, int index, Segmenter segmenter)
    {
        if (index <= 0 || index + 1 >= tokens.Count) return null;
        var before = tokens[index - 1];
        var after = tokens[index + 1];
        var beforeTag = segmenter.Tag(before.AsSpan()) ?? "";
        var afterTag = segmenter.Tag(after.AsSpan()) ?? "";
        var printed = tokens[index].AsSpan()[0];

        if (IsVerb(beforeTag) && IsDegreeComplement(tokens, index + 1, segmenter))
            return ('得', "动词后接程度补语用“得”");
        if (IsAdverbial(before, beforeTag) && IsVerb(afterTag) && VerbClosesPhrase(tokens, index + 2))
            return ('地', "状语修饰动词用“地”");
        // 得 or 地 between an adjective and a plain noun that ends the clause: an attribute (漂亮得衣服).
        if (printed != '的' && beforeTag == "a" && afterTag == "n" && after.Length >= 2 && index + 2 == tokens.Count)
            return ('的', "定语修饰名词用“的”");
        return null;
    }

    private static bool IsVerb(string tag) => tag is "v" or "vi" or "vd";

    /// <summary>
    /// A degree adverb and an adjective closing the clause, maybe with a final particle: 十分/彻底, or one word as the
    /// dictionary has it (很快).
    /// </summary>
    private static bool IsDegreeComplement(IReadOnlyList<Token> tokens, int at, Segmenter segmenter)
    {
        var first = tokens[at].Word;
        int end;
        if (DegreeAdverbs.Contains(first))
        {
            if (at + 1 >= tokens.Count || !IsAdjective(segmenter.Tag(tokens[at + 1].AsSpan()))) return false;
            end = at + 2;
        }
        else if (DegreeAdverbs.Any(d => first.Length > d.Length && first.StartsWith(d, StringComparison.Ordinal)
                     && IsAdjective(segmenter.Tag(first.AsSpan(d.Length)))))
            end = at + 1;
        else return false;
        return end == tokens.Count || end + 1 == tokens.Count && ClauseEnders.Contains(tokens[end].Word);
    }

    private static bool IsAdjective(string? tag) => tag is "a" or "ad";

    /// <summary>Adverbial words: the dictionary's ad, z and d words of two characters or more, and reduplicated forms.</summary>
    private static bool IsAdverbial(Token token, string tag)
    {
        if (token.Length < 2) return false;
        if (tag is "ad" or "z" or "d") return true;
        var w = token.AsSpan();
        return w.Length == 2 && w[0] == w[1]                                           // 慢慢, 静静
            || w.Length == 4 && w[0] == w[1] && w[2] == w[3] && w[0] != w[2]            // 高高兴兴
            || w.Length == 3 && w[1] == w[2] && w[0] != w[1];                           // 静悄悄
    }

    /// <summary>
    /// The verb closes the clause or takes an aspect or direction marker (走了, 学习着, 走过来). Anything else after it may
    /// make the verb an attribute (积极的推进作用: 作用 is the head, tagged v by the dictionary), so the grammar stays
    /// silent there.
    /// </summary>
    private static bool VerbClosesPhrase(IReadOnlyList<Token> tokens, int at) =>
        at >= tokens.Count || VerbMarkers.Contains(tokens[at].Word);

    private static readonly HashSet<string> VerbMarkers = ["了", "着", "过", "起来", "下去", "出来", "过来", "过去", "起", "下", "上"];
}
