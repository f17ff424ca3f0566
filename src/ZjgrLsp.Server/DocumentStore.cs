using System.Collections.Concurrent;
using System.Text.Json;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Server;

/// <summary>
/// An open document: an immutable snapshot, replaced whole on every change. <see cref="OutOfSync"/> holds the reason
/// when a change could not be applied: from then on the server's text may differ from the editor's, so nothing is
/// reported or fixed on it until a full-text change or a new didOpen brings it back.
/// </summary>
public sealed record OpenDocument(string Uri, int Version, SourceText Source, string? OutOfSync = null);

/// <summary>
/// The documents the editor has open, with incremental changes applied in order. Each change replaces the
/// snapshot atomically, so a lint running on the thread pool always reads a consistent text and version. Changes
/// are read from the raw JSON, so one the server cannot read marks the document out of sync instead of being
/// dropped silently (every later position would then apply to stale text).
/// </summary>
public sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public OpenDocument Open(string uri, int version, string text) =>
        _documents[uri] = new OpenDocument(uri, version, new SourceText(text));

    /// <summary>The outcome of a didChange: the document after it, and whether it just went out of sync.</summary>
    public readonly record struct ChangeResult(OpenDocument? Document, bool WentOutOfSync);

    /// <summary>
    /// Applies content changes in order. Ranges outside the text are clamped, never thrown on; a change that cannot be
    /// read (no range end, a position that is not a number, no text) marks the document out of sync.
    /// </summary>
    public ChangeResult Change(string uri, int? version, JsonElement changes)
    {
        if (!_documents.TryGetValue(uri, out var doc)) return new(null, false);
        var source = doc.Source;
        var outOfSync = doc.OutOfSync;
        if (changes.ValueKind != JsonValueKind.Array) return MarkOutOfSync(doc, version, "contentChanges is not a list");
        foreach (var change in changes.EnumerateArray())
        {
            if (change.ValueKind != JsonValueKind.Object || !TryText(change, out var text))
                return MarkOutOfSync(doc, version, "a change without text");
            if (!change.TryGetProperty("range", out var range) || range.ValueKind == JsonValueKind.Null)
            {
                source = new SourceText(text);
                outOfSync = null; // a full text brings the document back in step
                continue;
            }
            if (outOfSync is not null) continue;
            if (!TryPosition(range, "start", out var start) || !TryPosition(range, "end", out var end))
                return MarkOutOfSync(doc, version, "a change whose range has no valid start or end");
            var from = source.GetOffset(start);
            var to = source.GetOffset(end);
            if (to < from) (from, to) = (to, from);
            source = new SourceText(string.Concat(source.Text.AsSpan(0, from), text, source.Text.AsSpan(to)));
        }
        var updated = _documents[uri] = new OpenDocument(uri, version ?? doc.Version + 1, source, outOfSync);
        return new(updated, false);
    }

    /// <summary>Marks a document out of sync (a change the transport could not even read).</summary>
    public ChangeResult MarkOutOfSync(string uri, string reason) =>
        _documents.TryGetValue(uri, out var doc) ? MarkOutOfSync(doc, null, reason) : new(null, false);

    private ChangeResult MarkOutOfSync(OpenDocument doc, int? version, string reason)
    {
        var was = doc.OutOfSync is not null;
        var updated = _documents[doc.Uri] = doc with { Version = version ?? doc.Version + 1, OutOfSync = reason };
        return new(updated, !was);
    }

    private static bool TryText(JsonElement change, out string text)
    {
        text = "";
        if (!change.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String) return false;
        text = t.GetString()!;
        return true;
    }

    private static bool TryPosition(JsonElement range, string name, out LinePosition position)
    {
        position = default;
        if (range.ValueKind != JsonValueKind.Object || !range.TryGetProperty(name, out var p) || p.ValueKind != JsonValueKind.Object) return false;
        if (!p.TryGetProperty("line", out var line) || !line.TryGetInt32(out var l)) return false;
        if (!p.TryGetProperty("character", out var ch) || !ch.TryGetInt32(out var c)) return false;
        position = new LinePosition(Math.Max(0, l), Math.Max(0, c));
        return true;
    }

    public void Close(string uri) => _documents.TryRemove(uri, out _);

    public OpenDocument? Get(string uri) => _documents.TryGetValue(uri, out var d) ? d : null;

    public IEnumerable<OpenDocument> All => _documents.Values;
}
