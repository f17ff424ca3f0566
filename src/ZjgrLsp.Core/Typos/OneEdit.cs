namespace ZjgrLsp.Core.Typos;

/// <summary>
/// The single slip that turns a phrase into the text: a wrong character (or a doubled pair written wrongly
/// as another doubled pair), a missing one or an extra one. Positions are offsets into the text window.
/// </summary>
public readonly record struct OneEdit(OneEdit.Kinds Kind, int TextStart, int TextLength, string Replacement)
{
    public enum Kinds { Substitution, Missing, Extra }

    /// <summary>The edit that turns <paramref name="text"/> into <paramref name="phrase"/>, if exactly one slip apart.</summary>
    public static OneEdit? Between(ReadOnlySpan<char> text, string phrase)
    {
        var lead = 0;
        while (lead < text.Length && lead < phrase.Length && text[lead] == phrase[lead]) lead++;
        var trail = 0;
        while (trail < text.Length - lead && trail < phrase.Length - lead && text[^(trail + 1)] == phrase[^(trail + 1)]) trail++;
        var textDiff = text.Length - lead - trail;
        var phraseDiff = phrase.Length - lead - trail;
        if (textDiff == 1 && phraseDiff == 1)
            return new OneEdit(Kinds.Substitution, lead, 1, phrase.Substring(lead, 1));
        if (textDiff == 2 && phraseDiff == 2 && text[lead] == text[lead + 1] && phrase[lead] == phrase[lead + 1])
            return new OneEdit(Kinds.Substitution, lead, 2, phrase.Substring(lead, 2));
        if (textDiff == 0 && phraseDiff == 1)
            return new OneEdit(Kinds.Missing, lead, 0, phrase.Substring(lead, 1));
        if (textDiff == 1 && phraseDiff == 0)
            return new OneEdit(Kinds.Extra, lead, 1, "");
        return null;
    }
}
