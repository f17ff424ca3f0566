namespace ZjgrLsp.Core.Findings;

/// <summary>Replace <see cref="Length"/> UTF-16 units at <see cref="Offset"/> with <see cref="NewText"/>.</summary>
public sealed record TextEdit(int Offset, int Length, string NewText)
{
    public int End => Offset + Length;
}
