namespace ZjgrLsp.Core.Text;

/// <summary>
/// Maps UTF-16 offsets to (line, character) and back. A line ends after "\n", "\r\n" or a lone "\r",
/// so CRLF files map the same way the editor shows them.
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
        _length = text.Length;
    }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>Offsets past the end clamp to the end, so a stale position never throws.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>
    /// The offset of a position. A character beyond the line's end clamps to the end of that line
    /// (before its line break), and a line beyond the last clamps to the end of the text, as LSP asks.
    /// </summary>
    public int GetOffset(LinePosition position, string text)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return _length;
        var start = _lineStarts[position.Line];
        var end = position.Line + 1 < _lineStarts.Length ? _lineStarts[position.Line + 1] : _length;
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r')) end--;
        return Math.Clamp(start + Math.Max(0, position.Character), start, end);
    }
}
