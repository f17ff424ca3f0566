using System.Security.Cryptography;
using System.Text;
using ZjgrLsp.Core.Files;

namespace ZjgrLsp.Core.Linting;

/// <summary>What was read of a page: its text, or why it could not be read, a stamp of the bytes read, and the encoding they were in.</summary>
public sealed record PageContent(string? Text, string? Error, FileStamp? Stamp, PageEncoding? Encoding = null);

/// <summary>
/// Length and SHA-256 of the bytes a page had when it was read, so that <c>--fix</c> can tell whether someone saved
/// the page meanwhile before it replaces it.
/// </summary>
public sealed record FileStamp(long Length, string Hash)
{
    public static FileStamp Of(ReadOnlySpan<byte> bytes) => new(bytes.Length, Convert.ToHexString(SHA256.HashData(bytes)));
}

/// <summary>
/// Reads a page file in the encoding it came in (<see cref="PageEncoding"/>: UTF-8, GB18030, UTF-16), keeping a BOM as
/// U+FEFF so offsets count every code unit and writing back restores it. Only regular files are opened (a FIFO would
/// block, /dev/zero would never end), and only up to a size limit.
/// </summary>
public static class PageReader
{
    /// <summary>The largest page read unless the caller says otherwise: 16 MiB, some 5 million characters.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The page text, or an error message that says why the file is not a readable page.</summary>
    public static (string? Text, string? Error) TryRead(string path, long maxBytes = DefaultMaxBytes, PageEncoding? encoding = null)
    {
        var content = Read(path, maxBytes, encoding);
        return (content.Text, content.Error);
    }

    /// <param name="encoding">The encoding to read in; null to tell it from the bytes.</param>
    public static PageContent Read(string path, long maxBytes = DefaultMaxBytes, PageEncoding? encoding = null)
    {
        var facts = FileFacts.Of(path);
        switch (facts.Kind)
        {
            case FileKind.Missing: return new PageContent(null, $"cannot read: {facts.Error}", null);
            case FileKind.Directory: return new PageContent(null, "is a folder, not a page", null);
            case FileKind.Other: return new PageContent(null, FileFacts.NotRegularFile, null);
        }
        if (facts.Size > maxBytes) return new PageContent(null, TooLarge(facts.Size, maxBytes), null);
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // The file may grow between stat and read; never read more than the limit allows.
            bytes = ReadAtMost(stream, maxBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PageContent(null, $"cannot read: {e.Message}", null);
        }
        if (bytes.Length > maxBytes) return new PageContent(null, TooLarge(bytes.Length, maxBytes), null);
        // A Word document is a zip of XML: its text comes from the document, whatever --encoding says.
        if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            var (docText, docError) = WordDocument.Read(bytes);
            return new PageContent(docText, docError, docText is null ? null : FileStamp.Of(bytes), docText is null ? null : PageEncoding.Docx);
        }
        var (text, error, found) = Decode(bytes, encoding);
        return new PageContent(text, error, text is null ? null : FileStamp.Of(bytes), found);
    }

    private static string TooLarge(long size, long max) =>
        $"is {size / 1024.0 / 1024:0.#} MB, over the page size limit of {max / 1024.0 / 1024:0.#} MB (--max-file-size); not read";

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
            if (n == 0) break;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The text of a page's bytes and the encoding it was in: UTF-16 when a BOM or the NUL pattern of UTF-16 says so,
    /// else UTF-8 when the bytes are valid UTF-8, else GB18030 when they decode cleanly as GB18030 and hold Chinese
    /// text. With <paramref name="forced"/>, that encoding or an error.
    /// </summary>
    public static (string? Text, string? Error, PageEncoding? Encoding) Decode(byte[] bytes, PageEncoding? forced = null)
    {
        if (forced is not null)
            return forced.TryDecode(bytes) is { } forcedText ? (forcedText, null, forced) : (null, $"not valid {forced.Name} text", null);
        if (EncodingGuess.Utf16(bytes) is { } utf16)
        {
            var encoding = utf16 == "UTF-16LE" ? PageEncoding.Utf16Le : PageEncoding.Utf16Be;
            return encoding.TryDecode(bytes) is { } t ? (t, null, encoding) : (null, $"looks like {utf16} text but does not decode as it", null);
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, "not a text file (it contains NUL bytes)", null);
        try { return (Strict.GetString(bytes), null, PageEncoding.Utf8); }
        catch (DecoderFallbackException e)
        {
            // Bytes that decode cleanly as GB18030 and hold Chinese text there are a GB18030 (GBK) page.
            if (PageEncoding.Gb18030.TryDecode(bytes) is { } gb && gb.Any(c => c is >= '\u4E00' and <= '\u9FFF')) return (gb, null, PageEncoding.Gb18030);
            return (null, $"not valid UTF-8 text (bad byte at offset {e.Index}), nor GB18030 or UTF-16; name its encoding with --encoding", null);
        }
    }

    /// <summary>Encodes text for writing back: exactly the characters given, BOM included only if the text has one.</summary>
    public static byte[] Encode(string text, PageEncoding? encoding = null) => (encoding ?? PageEncoding.Utf8).Encode(text);
}
