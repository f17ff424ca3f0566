using System.Text;
using System.Text.Json;

namespace ZjgrLsp.Server.Wire;

/// <summary>
/// A frame body as UTF-8 JSON, parsed. Bodies in another declared charset (utf-16, say) are transcoded; bytes that
/// are not valid UTF-8 become U+FFFD and the body is marked <see cref="Lossy"/>; an escaped lone surrogate
/// (<c>"\ud800"</c>), which .NET's JSON reader refuses to turn into a string, becomes <c>\ufffd</c>, one UTF-16
/// unit for one, so document offsets stay aligned with the editor's.
/// </summary>
public sealed class JsonBody : IDisposable
{
    private JsonBody(byte[] utf8, JsonDocument json, bool lossy, int loneSurrogates)
    {
        Utf8 = utf8;
        Json = json;
        Lossy = lossy;
        LoneSurrogates = loneSurrogates;
    }

    public byte[] Utf8 { get; }
    public JsonDocument Json { get; }
    public JsonElement Root => Json.RootElement;

    /// <summary>Some bytes were not valid UTF-8 and were replaced: string lengths may differ from the sender's.</summary>
    public bool Lossy { get; }

    /// <summary>How many escaped lone surrogates were replaced by U+FFFD (length-preserving).</summary>
    public int LoneSurrogates { get; }

    public static bool TryParse(byte[] body, string? charset, out JsonBody json)
    {
        json = null!;
        var lossy = false;
        byte[] utf8;
        if (charset is null || charset.Replace("-", "").Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            utf8 = body;
        }
        else
        {
            Encoding encoding;
            try { encoding = Encoding.GetEncoding(charset); }
            catch (ArgumentException) { encoding = Encoding.UTF8; }
            utf8 = Encoding.UTF8.GetBytes(encoding.GetString(body));
        }
        if (!Utf8Valid(utf8))
        {
            utf8 = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf8));
            lossy = true;
        }
        var lone = ReplaceLoneSurrogateEscapes(utf8);
        try
        {
            json = new JsonBody(utf8, JsonDocument.Parse(utf8), lossy, lone);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Utf8Valid(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>Rewrites, in place, each \uD800–\uDFFF escape that is not half of a pair to \uFFFD.</summary>
    private static int ReplaceLoneSurrogateEscapes(byte[] s)
    {
        var count = 0;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (s[i] != '\\') continue;
            if (s[i + 1] != 'u' || !TryHex(s, i + 2, out var unit)) { i++; continue; }
            if (char.IsHighSurrogate((char)unit) && i + 11 < s.Length && s[i + 6] == '\\' && s[i + 7] == 'u'
                && TryHex(s, i + 8, out var low) && char.IsLowSurrogate((char)low))
            {
                i += 11;
                continue;
            }
            if (char.IsSurrogate((char)unit))
            {
                "FFFD"u8.CopyTo(s.AsSpan(i + 2));
                count++;
            }
            i += 5;
        }
        return count;
    }

    private static bool TryHex(byte[] s, int at, out int value)
    {
        value = 0;
        if (at + 4 > s.Length) return false;
        for (var k = 0; k < 4; k++)
        {
            var c = s[at + k];
            var d = c is >= (byte)'0' and <= (byte)'9' ? c - '0' : (c | 0x20) is >= 'a' and <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (d < 0) return false;
            value = value * 16 + d;
        }
        return true;
    }

    public void Dispose() => Json.Dispose();
}
