using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;

namespace ZjgrLsp.Core.Rules.Dup;

/// <summary>Edits that remove whole blocks while keeping the blank-line layout around them.</summary>
public static class BlockEdits
{
    /// <summary>Deletes a block with the line break before it (or after it, for the first block).</summary>
    public static TextEdit Delete(NewsDocument document, Block block)
    {
        var index = IndexOf(document, block);
        if (index > 0)
        {
            var previousEnd = document.Blocks[index - 1].Span.End;
            return new TextEdit(previousEnd, block.Span.End - previousEnd, "");
        }
        var nextStart = index + 1 < document.Blocks.Count ? StartOfLine(document, document.Blocks[index + 1]) : document.Text.Length;
        var start = StartOfLine(document, block);
        return new TextEdit(start, nextStart - start, "");
    }

    private static int IndexOf(NewsDocument document, Block block)
    {
        for (var i = 0; i < document.Blocks.Count; i++)
            if (document.Blocks[i].Span == block.Span) return i;
        throw new ArgumentException("The block is not on this page.", nameof(block));
    }

    /// <summary>The start of a block's first line, so heading marks go with it.</summary>
    private static int StartOfLine(NewsDocument document, Block block) =>
        document.Source.Lines.LineStart(document.Source.GetPosition(block.Span.Start).Line);
}
