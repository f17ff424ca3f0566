using ZjgrLsp.Core.Documents;

namespace ZjgrLsp.Core.Typos;

/// <summary>The blocks typo rules read: body, headlines and captions, not the masthead or markers.</summary>
public static class TypoScope
{
    public static IEnumerable<Block> Blocks(NewsDocument document) =>
        document.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Headline or BlockKind.Caption or BlockKind.Dateline);
}
