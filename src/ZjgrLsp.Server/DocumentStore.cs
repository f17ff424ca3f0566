using System.Collections.Concurrent;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Server.Protocol;

namespace ZjgrLsp.Server;

/// <summary>An open document: an immutable snapshot, replaced whole on every change.</summary>
public sealed record OpenDocument(string Uri, int Version, SourceText Source);

/// <summary>
/// The documents the editor has open, with incremental changes applied in order. Each change replaces the
/// snapshot atomically, so a lint running on the thread pool always reads a consistent text and version.
/// </summary>
public sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public OpenDocument Open(string uri, int version, string text) =>
        _documents[uri] = new OpenDocument(uri, version, new SourceText(text));

    /// <summary>Applies content changes in order. Ranges outside the text are clamped, never thrown on.</summary>
    public OpenDocument? Change(string uri, int? version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        if (!_documents.TryGetValue(uri, out var doc)) return null;
        var source = doc.Source;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                source = new SourceText(change.Text ?? "");
                continue;
            }
            var start = source.GetOffset(new LinePosition(change.Range.Start.Line, change.Range.Start.Character));
            var end = source.GetOffset(new LinePosition(change.Range.End.Line, change.Range.End.Character));
            if (end < start) (start, end) = (end, start);
            var text = source.Text;
            source = new SourceText(string.Concat(text.AsSpan(0, start), change.Text ?? "", text.AsSpan(end)));
        }
        return _documents[uri] = new OpenDocument(uri, version ?? doc.Version + 1, source);
    }

    public void Close(string uri) => _documents.TryRemove(uri, out _);

    public OpenDocument? Get(string uri) => _documents.TryGetValue(uri, out var d) ? d : null;

    public IEnumerable<OpenDocument> All => _documents.Values;
}
