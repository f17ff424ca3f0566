namespace ZjgrLsp.Core.Text;

/// <summary>A zero-based line and a zero-based UTF-16 character offset within that line, as LSP counts them.</summary>
public readonly record struct LinePosition(int Line, int Character);
