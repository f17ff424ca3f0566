using System.Text;

namespace ZjgrLsp.Core.Linting;

/// <summary>
/// Names the likely encoding of a page that is not UTF-8, so the error can say how to convert it. Chinese text from
/// Windows is most often GB18030/GBK or UTF-16; the code pages come from .NET's CodePagesEncodingProvider.
/// </summary>
public static class EncodingGuess
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>"UTF-16LE" or "UTF-16BE" for a BOM, or for text whose every other byte is mostly NUL; else null.</summary>
    public static string? Utf16(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return "UTF-16LE";
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return "UTF-16BE";
        if (bytes.Length < 4) return null;
        int evenNul = 0, oddNul = 0, pairs = bytes.Length / 2;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        // ASCII-heavy UTF-16 has a NUL in every other byte; Chinese UTF-16 has few NULs, and no NUL run says little.
        if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return "UTF-16LE";
        if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return "UTF-16BE";
        return null;
    }

    /// <summary>Whether the bytes decode cleanly as GB18030 and hold Chinese text there.</summary>
    public static bool IsGb18030(byte[] bytes)
    {
        try
        {
            var text = Gb18030.Value.GetString(bytes);
            return text.Any(c => c >= '\u4E00' && c <= '\u9FFF');
        }
        catch (DecoderFallbackException) { return false; }
    }
}
