using System.Security.Cryptography;
using System.Text;
using ZjgrLsp.Core.Files;

namespace ZjgrLsp.Core.Linting;

/// <summary>What was read of a page: its text, or why it could not be read, and a stamp of the bytes read.</summary>
public sealed record PageContent(string? Text, string? Error, FileStamp? Stamp);

/// <summary>
/// Length and SHA-256 of the bytes a page had when it was read, so that <c>--fix</c> can tell whether someone saved
/// the page meanwhile before it replaces it.
/// </summary>
public sealed record FileStamp(long Length, string Hash)
{
    public static FileStamp Of(ReadOnlySpan<byte> bytes) => new(bytes.Length, Convert.ToHexString(SHA256.HashData(bytes)));
}

/// <summary>
/// Reads a page file as strict UTF-8, keeping a BOM as U+FEFF so offsets count every code unit. Only regular files
/// are opened (a FIFO would block, /dev/zero would never end), and only up to a size limit.
/// </summary>
public static class PageReader
{
    /// <summary>The largest page read unless the caller says otherwise: 16 MiB, some 5 million characters.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The page text, or an error message that says why the file is not a readable page.</summary>
    public static (string? Text, string? Error) TryRead(string path, long maxBytes = DefaultMaxBytes)
    {
        var content = Read(path, maxBytes);
        return (content.Text, content.Error);
    }

    public static PageContent Read(string path, long maxBytes = DefaultMaxBytes)
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
        var (text, error) = Decode(bytes);
        return new PageContent(text, error, text is null ? null : FileStamp.Of(bytes));
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

    public static (string? Text, string? Error) Decode(byte[] bytes)
    {
        if (EncodingGuess.Utf16(bytes) is { } utf16) return (null, $"looks like {utf16} text, not UTF-8; convert it first, e.g. iconv -f {utf16} -t UTF-8");
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, "not a text file (it contains NUL bytes)");
        try { return (Strict.GetString(bytes), null); }
        catch (DecoderFallbackException e)
        {
            return EncodingGuess.IsGb18030(bytes)
                ? (null, $"not valid UTF-8 (bad byte at offset {e.Index}); it looks like GB18030/GBK text: convert it first, e.g. iconv -f GB18030 -t UTF-8")
                : (null, $"not valid UTF-8 text (bad byte at offset {e.Index}); convert it to UTF-8 first");
        }
    }

    /// <summary>Encodes text for writing back: exactly the characters given, BOM included only if the text has one.</summary>
    public static byte[] Encode(string text) => Strict.GetBytes(text);
}
