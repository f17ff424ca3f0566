using System.Text;

namespace ZjgrLsp.Core.Linting;

/// <summary>Reads a page file as strict UTF-8, keeping a BOM as U+FEFF so offsets count every code unit.</summary>
public static class PageReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The page text, or an error message that says why the file is not a readable page.</summary>
    public static (string? Text, string? Error) TryRead(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read: {e.Message}");
        }
        return Decode(bytes);
    }

    public static (string? Text, string? Error) Decode(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, "not a text file (it contains NUL bytes)");
        try { return (Strict.GetString(bytes), null); }
        catch (DecoderFallbackException e)
        {
            return (null, $"not valid UTF-8 text (bad byte at offset {e.Index})");
        }
    }

    /// <summary>Encodes text for writing back: exactly the characters given, BOM included only if the text has one.</summary>
    public static byte[] Encode(string text) => Strict.GetBytes(text);
}
