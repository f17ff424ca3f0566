using System.Collections.Immutable;

namespace ZjgrLsp.Core.Findings;

/// <summary>A quick fix: a title the editor shows and the edits that make it. Edits never overlap.</summary>
public sealed record Fix(string Title, ImmutableArray<TextEdit> Edits)
{
    public static Fix Replace(string title, int offset, int length, string newText) =>
        new(title, [new TextEdit(offset, length, newText)]);
}
