namespace ZjgrLsp.Core.Linting;

/// <summary>
/// Tells UTF-16 text from its bytes, which may carry no BOM: Chinese text from Windows is often UTF-16 (or GB18030,
/// which <see cref="PageReader"/> tries by decoding with <see cref="PageEncoding.Gb18030"/>).
/// </summary>
public static class EncodingGuess
{
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
}
