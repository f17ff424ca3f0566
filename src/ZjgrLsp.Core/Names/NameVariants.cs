using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Names;

/// <summary>Text printed where a known name was meant: one character of the name's given part swapped for a sound- or look-alike.</summary>
/// <param name="Span">The printed variant.</param>
/// <param name="Usual">The name meant.</param>
public readonly record struct NameVariant(TextSpan Span, string Printed, string Usual);

/// <summary>
/// Finds the one-character variants of known names in a text. A known name's surname must be printed as it is, and
/// exactly one character of the given name differs, by sound (same or near reading: 泽/则, 鹏/彭) or by a look-alike
/// both shape codes confirm. Left alone: a variant the dictionary knows as a word or another name; a variant whose
/// changed last character makes a word with what follows (李朋|友), or whose surname ends a word before it
/// (主|张全); and a two-character variant outside a person's context (a title before it, 说/同志/主席 after it,
/// a byline), since a two-character string one sound off a name is often just a word.
/// </summary>
public static class NameVariants
{
    private const int WordBeforeFrequency = 100;

    public static List<NameVariant> In(string text, IReadOnlyCollection<string> names)
    {
        var result = new List<NameVariant>();
        if (names.Count == 0) return result;
        var byFirst = names.Where(n => n.Length is >= 2 and <= 4 || n.Contains('·')).ToLookup(n => n[0]);
        var lexicon = TitleLexicon.Default;
        var segmenter = Segmenter.Default;
        var known = names.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (!byFirst.Contains(text[i])) continue;
            foreach (var usual in byFirst[text[i]])
            {
                if (i + usual.Length > text.Length || Differing(text, i, usual) is not { } at) continue;
                // A name with · has no surname to keep; any Han character of it may be the slip.
                var surname = usual.Contains('·') ? 0 : usual.Length >= 3 && lexicon.Surnames.Contains(usual[..2]) ? 2 : 1;
                if (at < surname || !Confusable(text[i + at], usual[at])) continue;
                var printed = text.Substring(i, usual.Length);
                if (known.Contains(printed) || IsOwnWord(printed, usual, segmenter)) continue;
                if (!printed.All(c => c == '·' || HanText.IsHan(c))) continue;
                if (at == usual.Length - 1 && PersonNames.CrossesWord(text, i + usual.Length, text.Length, segmenter)) continue;
                if (i > 0 && Chinese.IsHanAt(text, i - 1) && segmenter.Frequency(text.AsSpan(i - 1, 2)) >= WordBeforeFrequency
                    && segmenter.Tag(text.AsSpan(i - 1, 2)) is not ("nr" or "nrfg")) continue;
                if (usual.Length - surname == 1 && !PersonNames.InContext(text, new TextSpan(i, usual.Length))) continue;
                result.Add(new NameVariant(new TextSpan(i, usual.Length), printed, usual));
                break;
            }
        }
        return result;
    }

    /// <summary>
    /// Whether the dictionary knows the printed text in its own right: as a word, or as a name about as common as the
    /// one meant (two real people). A name ten times rarer than the one meant is the dictionary's own slip
    /// (its sources misprinted famous names too).
    /// </summary>
    private static bool IsOwnWord(string printed, string usual, Segmenter segmenter)
    {
        var frequency = segmenter.Frequency(printed);
        if (frequency == 0) return false;
        return segmenter.Tag(printed) is not ("nr" or "nrfg") || frequency * 10 >= segmenter.Frequency(usual);
    }

    /// <summary>The one position where the text at <paramref name="start"/> differs from the name, or null.</summary>
    private static int? Differing(string text, int start, string name)
    {
        int? at = null;
        for (var k = 0; k < name.Length; k++)
        {
            if (text[start + k] == name[k]) continue;
            if (at is not null) return null;
            at = k;
        }
        return at;
    }

    /// <summary>Same or near reading, or a look-alike on which both shape codes agree.</summary>
    internal static bool Confusable(char a, char b)
    {
        var table = CharacterTable.Default;
        return table.Confuse(a, b) switch
        {
            Confusion.Homophone or Confusion.NearHomophone => true,
            Confusion.LookAlike => table.ShapeSignals(a, b) >= 2,
            _ => false,
        };
    }
}
