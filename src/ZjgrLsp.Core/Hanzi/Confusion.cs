namespace ZjgrLsp.Core.Hanzi;

/// <summary>Why two characters are easily confused.</summary>
public enum Confusion
{
    None,
    /// <summary>Same syllable, any tone (办 bàn / 班 bān).</summary>
    Homophone,
    /// <summary>Syllables that southern and hurried speech merge: z/zh, c/ch, s/sh, n/l, f/h, an/ang, en/eng, in/ing.</summary>
    NearHomophone,
    /// <summary>Similar shape: four-corner codes or Cangjie codes nearly equal, stroke counts close (股 / 殷).</summary>
    LookAlike,
}

public static class ConfusionNames
{
    /// <summary>The word a copy editor uses for the kind of slip.</summary>
    public static string ToChinese(this Confusion c) => c switch
    {
        Confusion.Homophone or Confusion.NearHomophone => "音近",
        Confusion.LookAlike => "形近",
        _ => "",
    };
}
