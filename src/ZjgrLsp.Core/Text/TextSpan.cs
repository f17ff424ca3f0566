namespace ZjgrLsp.Core.Text;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units, the unit LSP counts in.
/// </summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool OverlapsWith(TextSpan other) =>
        Start < other.End && other.Start < End || (Length == 0 && other.Contains(Start)) || (other.Length == 0 && Contains(other.Start));

    public override string ToString() => $"[{Start}..{End})";
}
