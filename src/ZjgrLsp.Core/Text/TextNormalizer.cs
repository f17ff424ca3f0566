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
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}
