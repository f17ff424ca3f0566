using System.Globalization;

namespace ZjgrLsp.Cli;

/// <summary>Sizes on the command line: 1048576, 500K, 16M, 1G (binary units).</summary>
public static class ByteSize
{
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var unit = char.ToUpperInvariant(text[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1L };
        var number = unit == 1 ? text : text[..^1];
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) || n <= 0 || n * unit > long.MaxValue / 2)
            return false;
        bytes = (long)(n * unit);
        return true;
    }
}
