namespace ZjgrLsp.Core.Text;

/// <summary>Plain substring counting, shared by rules that ask how often a page prints something.</summary>
public static class TextSearch
{
    /// <summary>Occurrences of <paramref name="s"/> in <paramref name="text"/>, overlapping ones included.</summary>
    public static int Count(string text, string s)
    {
        if (s.Length == 0) return 0;
        var n = 0;
        for (var i = text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.IndexOf(s, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>The offsets of <paramref name="s"/> in <paramref name="text"/>, overlapping ones included.</summary>
    public static IEnumerable<int> Occurrences(string text, string s)
    {
        if (s.Length == 0) yield break;
        for (var i = text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.IndexOf(s, i + 1, StringComparison.Ordinal)) yield return i;
    }
}
