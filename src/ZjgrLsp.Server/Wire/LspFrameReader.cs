using System.Text;
using Microsoft.Extensions.Logging;

namespace ZjgrLsp.Server.Wire;

/// <summary>
/// Reads LSP frames (<c>Content-Length: N\r\n\r\n</c> + N bytes of JSON) from raw input and survives whatever a
/// buggy client or a broken pipe sends: a missing or bad Content-Length, LF-only headers, a body shorter or longer
/// than declared, bytes between frames, a charset other than UTF-8, a declared length over the limit. After a bad
/// frame it scans for the next <c>Content-Length:</c> header and reads on; it never buffers more than the limit.
/// StreamJsonRpc's own reader cannot do this: it stops at the first framing error and the server goes deaf.
/// </summary>
public sealed class LspFrameReader(Stream input, ILogger logger, int maxBodyBytes = LspFrameReader.DefaultMaxBodyBytes)
{
    /// <summary>64 MiB: a 5 MB page sent as escaped JSON fits many times over; a 2 GB frame does not.</summary>
    public const int DefaultMaxBodyBytes = 64 * 1024 * 1024;

    private const int MaxHeaderBytes = 8 * 1024;
    private static readonly byte[] ContentLength = "content-length:"u8.ToArray();

    /// <summary>Given a body that is not JSON, may return a replacement message (see <see cref="MessageGate.PassMalformed"/>).</summary>
    public Func<string, byte[]?>? Malformed { get; init; }

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The next well-formed JSON body, or null at the end of input.</summary>
    public async Task<JsonBody?> ReadBodyAsync(CancellationToken cancellation)
    {
        while (true)
        {
            if (_pendingBody is { } pending)
            {
                _pendingBody = null;
                return pending;
            }
            if (!await SkipToHeaderAsync(cancellation)) return null;
            var (headerLength, terminator) = await FindHeaderEndAsync(cancellation);
            if (headerLength < 0)
            {
                if (_eof) return null;
                // No end of header within the limit: this was not a header after all.
                logger.LogWarning("Skipped a header block with no end");
                _start++;
                continue;
            }
            var header = Encoding.ASCII.GetString(_buffer, _start, headerLength);
            // A second Content-Length inside one header block means the first frame was cut off: start again at the last.
            var restart = header.LastIndexOf("content-length:", StringComparison.OrdinalIgnoreCase);
            if (restart > 0)
            {
                logger.LogWarning("Skipped a broken header ({Header})", header[..restart].ReplaceLineEndings(" | "));
                _start += restart;
                continue;
            }
            _start += headerLength + terminator;
            var (length, charset) = ParseHeader(header);
            if (length is null)
            {
                logger.LogWarning("Skipped a frame without a valid Content-Length ({Header})", header.ReplaceLineEndings(" | "));
                continue;
            }
            if (length > maxBodyBytes)
            {
                // Not buffered: the body is skipped as garbage by the scan for the next header.
                logger.LogWarning("Refused a frame of {Length} bytes (the limit is {Limit})", length, maxBodyBytes);
                continue;
            }
            switch (await FillBodyAsync(length.Value, charset, cancellation))
            {
                case Fill.Ended:
                    logger.LogWarning("The input ended inside a frame body ({Have} of {Length} bytes)", _end - _start, length);
                    return null;
                case Fill.ShortBody:
                    continue;
            }
            var body = _buffer.AsSpan(_start, length.Value).ToArray();
            if (JsonBody.TryParse(body, charset, out var json))
            {
                _start += length.Value;
                return json;
            }
            // A body shorter than declared swallowed the next frame's header: keep what precedes that header (it may be
            // a whole message) and read on from the header.
            var next = IndexOfHeader(body, 1);
            if (next > 0)
            {
                _start += next;
                if (JsonBody.TryParse(body.AsSpan(0, next).TrimEnd("\r\n "u8).ToArray(), charset, out var head))
                {
                    logger.LogWarning("A frame declared {Length} bytes but its body was {Actual}; read it and resynchronised", length, next);
                    return head;
                }
            }
            else _start += length.Value;
            logger.LogWarning("Skipped a frame whose body is not JSON ({Length} bytes)", length);
            if (Malformed?.Invoke(Encoding.UTF8.GetString(body)) is { } replacement && JsonBody.TryParse(replacement, null, out var substitute))
                return substitute;
        }
    }

    /// <summary>Moves to the next header line (Content-Length or Content-Type), discarding anything before it.</summary>
    private async Task<bool> SkipToHeaderAsync(CancellationToken cancellation)
    {
        while (true)
        {
            if (_end - _start >= ContentLength.Length || _eof)
            {
                var span = _buffer.AsSpan(_start, _end - _start);
                if (StartsWithHeaderName(span)) return true;
                var at = IndexOfHeader(span, 0);
                if (at >= 0)
                {
                    logger.LogWarning("Skipped {Count} bytes between frames", at);
                    _start += at;
                    return true;
                }
                if (_eof)
                {
                    if (span.Trim("\r\n \t"u8).Length > 0) logger.LogWarning("Skipped {Count} bytes at the end of input", span.Length);
                    _start = _end;
                    return false;
                }
                // Keep a tail that may hold the start of a header split across reads.
                var keep = Math.Min(span.Length, ContentLength.Length - 1);
                if (span.Length - keep > 0 && span[..^keep].Trim("\r\n \t"u8).Length > 0)
                    logger.LogWarning("Skipped {Count} bytes between frames", span.Length - keep);
                _start = _end - keep;
            }
            if (!await ReadMoreAsync(cancellation)) _eof = true;
        }
    }

    private static bool StartsWithHeaderName(ReadOnlySpan<byte> span) =>
        StartsWithIgnoreCase(span, ContentLength) || StartsWithIgnoreCase(span, "content-type:"u8);

    private async Task<(int Length, int Terminator)> FindHeaderEndAsync(CancellationToken cancellation)
    {
        var scanned = 0;
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            for (var i = Math.Max(0, scanned - 3); i < span.Length; i++)
            {
                if (span[i] != '\n') continue;
                if (i + 1 < span.Length && span[i + 1] == '\n') return (i, 2);                          // LF LF
                if (i + 2 < span.Length && span[i + 1] == '\r' && span[i + 2] == '\n') return (i > 0 && span[i - 1] == '\r' ? i - 1 : i, i > 0 && span[i - 1] == '\r' ? 4 : 3);
            }
            scanned = span.Length;
            if (span.Length > MaxHeaderBytes || _eof) return (-1, 0);
            if (!await ReadMoreAsync(cancellation)) _eof = true;
        }
    }

    private static (int? Length, string? Charset) ParseHeader(string header)
    {
        int? length = null;
        string? charset = null;
        foreach (var raw in header.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                length = int.TryParse(value, System.Globalization.NumberStyles.None, null, out var n) ? n : null;
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                foreach (var part in value.Split(';'))
                    if (part.Trim().StartsWith("charset=", StringComparison.OrdinalIgnoreCase)) charset = part.Trim()[8..].Trim('"', ' ');
        }
        return (length, charset);
    }

    private enum Fill { Complete, Ended, ShortBody }

    /// <summary>
    /// Reads until the body is complete. A client that declared more bytes than it sent and then sent its next frame
    /// would leave us waiting for bytes that never come while it waits for an answer; so when a whole JSON message
    /// is followed by the next frame's header, that message is queued, the rest is read from the header on.
    /// </summary>
    private async Task<Fill> FillBodyAsync(int count, string? charset, CancellationToken cancellation)
    {
        var scanned = 1;
        while (_end - _start < count)
        {
            var have = _buffer.AsSpan(_start, _end - _start);
            var next = IndexOfHeader(have, scanned);
            if (next > 0 && JsonBody.TryParse(have[..next].TrimEnd("\r\n "u8).ToArray(), charset, out var head))
            {
                logger.LogWarning("A frame declared {Length} bytes but its body was {Actual}; read it and resynchronised", count, next);
                _pendingBody = head;
                _start += next;
                return Fill.ShortBody;
            }
            scanned = Math.Max(1, have.Length - ContentLength.Length);
            if (!await ReadMoreAsync(cancellation)) return Fill.Ended;
        }
        return Fill.Complete;
    }

    /// <summary>A whole message found inside a short frame, handed out before anything read after it.</summary>
    private JsonBody? _pendingBody;

    private async Task<bool> ReadMoreAsync(CancellationToken cancellation)
    {
        if (_start > 0 && (_start == _end || _buffer.Length - _end < 4096))
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_buffer.Length - _end < 4096) Array.Resize(ref _buffer, Math.Min(Math.Max(_buffer.Length * 2, 8192), maxBodyBytes + MaxHeaderBytes + 8192));
        if (_buffer.Length - _end == 0) return false;
        var n = await input.ReadAsync(_buffer.AsMemory(_end), cancellation).ConfigureAwait(false);
        _end += n;
        return n > 0;
    }

    private static int IndexOfHeader(ReadOnlySpan<byte> span, int from)
    {
        for (var i = from; i + ContentLength.Length <= span.Length; i++)
            if ((span[i] | 0x20) == 'c' && StartsWithIgnoreCase(span[i..], ContentLength)) return i;
        return -1;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> span, ReadOnlySpan<byte> lowerPrefix)
    {
        if (span.Length < lowerPrefix.Length) return false;
        for (var i = 0; i < lowerPrefix.Length; i++)
            if ((span[i] is >= (byte)'A' and <= (byte)'Z' ? span[i] | 0x20 : span[i]) != lowerPrefix[i]) return false;
        return true;
    }
}
