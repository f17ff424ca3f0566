using System.Text;

namespace ZjgrLsp.Core.Text;

/// <summary>
/// Folds text for comparison: NFKC (full-width and half-width forms become one) and no white space,
/// so the same paragraph set with different punctuation widths or line breaks compares equal.
/// </summary>
public static class TextNormalizer
{
    public static string Fold(string text)
    {
        // Normalize throws on a lone surrogate, which an editor's buffer may hold mid-edit; compare it as U+FFFD.
        var nfkc = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    private static string WithoutLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || i > 0 && char.IsHighSurrogate(text[i - 1]);
            if (paired) continue;
            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? text : new string(copy);
    }
}
