using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Documents;

/// <summary>A parsed page: its source text and its blocks in reading order.</summary>
public sealed class NewsDocument
{
    public NewsDocument(string path, SourceText source, IReadOnlyList<Block> blocks, IReadOnlyList<ContinuationMarker> markers)
    {
        Path = path;
        Source = source;
        Blocks = blocks;
        ContinuationMarkers = markers;
    }

    /// <summary>The file path or URI the page came from; only used to name it and to find its issue.</summary>
    public string Path { get; }

    public SourceText Source { get; }

    public string Text => Source.Text;

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Every continuation marker on the page, whether on a line of its own or closing a paragraph.</summary>
    public IReadOnlyList<ContinuationMarker> ContinuationMarkers { get; }

    public IEnumerable<Block> BodyParagraphs => Blocks.Where(b => b.IsBody);

    /// <summary>
    /// The body paragraphs folded for comparison (<see cref="TextNormalizer.Fold"/>), computed once: issue-wide
    /// rules compare every page with its neighbours on every lint, and the neighbours rarely change.
    /// </summary>
    public IReadOnlySet<string> FoldedBodyParagraphs => _folded ??= BodyParagraphs.Select(p => TextNormalizer.Fold(p.Text)).ToHashSet();

    private HashSet<string>? _folded;

    public static NewsDocument Parse(string path, string text) => NewsDocumentParser.Parse(path, text);
}
