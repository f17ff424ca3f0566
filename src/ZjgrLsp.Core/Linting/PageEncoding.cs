using System.Text;

namespace ZjgrLsp.Core.Linting;

/// <summary>
/// The encodings pages arrive in: UTF-8 (with or without a BOM, which stays in the text as U+FEFF), GB18030 (which
/// covers GBK and GB2312, as Windows exports Chinese text), and UTF-16 in either byte order (a BOM, when present,
/// stays in the text as U+FEFF too, so writing the text back writes it again). Every one decodes and encodes
/// strictly: a byte sequence that is not valid in it is an error, never a replacement character.
/// </summary>
public sealed class PageEncoding
{
    private readonly Encoding _encoding;

    private PageEncoding(string name, Encoding encoding, bool canWrite = true)
    {
        Name = name;
        _encoding = encoding;
        CanWrite = canWrite;
    }

    /// <summary>Whether --fix can write a page back in this form (not a Word document).</summary>
    public bool CanWrite { get; }

    /// <summary>A Word document: its text is read from the document's XML, and fixes are not written back.</summary>
    public static readonly PageEncoding Docx = new("DOCX", new UTF8Encoding(false, true), canWrite: false);

    /// <summary>The name the JSON report and --encoding use: UTF-8, GB18030, UTF-16LE, UTF-16BE.</summary>
    public string Name { get; }

    public static readonly PageEncoding Utf8 = new("UTF-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
    public static readonly PageEncoding Utf16Le = new("UTF-16LE", new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true));
    public static readonly PageEncoding Utf16Be = new("UTF-16BE", new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true));

    private static readonly Lazy<PageEncoding> _gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new PageEncoding("GB18030", Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback));
    });

    public static PageEncoding Gb18030 => _gb18030.Value;

    /// <summary>The encoding an --encoding value names (case and dashes ignored; GBK and GB2312 read as GB18030), or null.</summary>
    public static PageEncoding? Named(string name) => name.Replace("-", "").Replace("_", "").ToUpperInvariant() switch
    {
        "UTF8" => Utf8,
        "GB18030" or "GBK" or "GB2312" or "CP936" => Gb18030,
        "UTF16" or "UTF16LE" => Utf16Le,
        "UTF16BE" => Utf16Be,
        _ => null,
    };

    public const string Names = "utf-8, gb18030 (also gbk, gb2312), utf-16le, utf-16be";

    /// <summary>The text of the bytes, or null when they are not valid in this encoding.</summary>
    public string? TryDecode(byte[] bytes)
    {
        try { return _encoding.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>The bytes of the text in this encoding; throws when a character has no form in it, or for a Word document.</summary>
    public byte[] Encode(string text) =>
        CanWrite ? _encoding.GetBytes(text) : throw new NotSupportedException("zjgr does not write Word documents");

    public override string ToString() => Name;
}
