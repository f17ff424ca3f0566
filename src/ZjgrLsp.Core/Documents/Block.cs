using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Documents;

/// <summary>
/// One block of a page: a run of non-blank lines (joined by Markdown hard breaks) between blank lines.
/// <see cref="Span"/> covers the block's text without its Markdown heading marks or trailing spaces.
/// </summary>
public sealed record Block(BlockKind Kind, TextSpan Span, string Text, int Line, int HeadingLevel = 0)
{
    /// <summary>For a paragraph that opens with a byline or dateline (本报讯 记者某某报道), the span of that lead.</summary>
    public TextSpan? Lead { get; init; }

    /// <summary>How many blank lines stand before this block; two or more usually mean an image sat there.</summary>
    public int BlankLinesBefore { get; init; }

    /// <summary>Sentences of the block, split after 。！？ (and a closing quote that follows them).</summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences ??= SentenceSplitter.Split(Text, Span.Start);

    private IReadOnlyList<TextSpan>? _sentences;

    public bool IsBody => Kind == BlockKind.Paragraph;
}
