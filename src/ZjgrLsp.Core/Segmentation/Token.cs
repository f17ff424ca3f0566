using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Segmentation;

/// <summary>A word of a text: its UTF-16 span in that text. <see cref="Word"/> is cut out only when asked for.</summary>
public readonly record struct Token(string Source, int Start, int Length)
{
    public TextSpan Span => new(Start, Length);

    public int End => Start + Length;

    public string Word => Source.Substring(Start, Length);

    public ReadOnlySpan<char> AsSpan() => Source.AsSpan(Start, Length);

    public override string ToString() => Word;
}
