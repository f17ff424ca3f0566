using System.Text;

namespace ZjgrLsp.Core.Text;

/// <summary>Character classes that Chinese copy rules share.</summary>
public static class Chinese
{
    /// <summary>True for CJK ideographs (URO, extensions A to H, compatibility ideographs).</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF
            or >= 0x3400 and <= 0x4DBF
            or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x3FFFF;

    /// <summary>True when the UTF-16 unit at <paramref name="index"/> starts a Han character (surrogate pairs included).</summary>
    public static bool IsHanAt(string text, int index)
    {
        if (index < 0 || index >= text.Length) return false;
        return Rune.TryGetRuneAt(text, index, out var rune) && IsHan(rune.Value);
    }

    /// <summary>True when the character that ends just before <paramref name="index"/> is Han.</summary>
    public static bool IsHanBefore(string text, int index)
    {
        if (index <= 0 || index > text.Length) return false;
        var start = index - 1;
        if (char.IsLowSurrogate(text[start]) && start > 0 && char.IsHighSurrogate(text[start - 1])) start--;
        return IsHanAt(text, start);
    }

    /// <summary>Full-width punctuation that belongs to Chinese text (its neighbours count as Chinese context).</summary>
    public static bool IsChinesePunctuation(char c) =>
        c is '，' or '。' or '、' or '；' or '：' or '？' or '！' or '“' or '”' or '‘' or '’' or '《' or '》'
            or '（' or '）' or '【' or '】' or '…' or '—' or '·' or '「' or '」';

    /// <summary>Characters that end a sentence in Chinese copy.</summary>
    /// <summary>The value of a run of Arabic digits, half- or full-width (６月 as well as 6月).</summary>
    public static int ParseDigits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits) value = value * 10 + (c >= '０' ? c - '０' : c - '0');
        return value;
    }

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '…';
}
