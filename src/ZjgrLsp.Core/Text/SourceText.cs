namespace ZjgrLsp.Core.Text;

/// <summary>
/// The text of one page with its line index. The text is kept exactly as read (a BOM stays as U+FEFF),
/// so offsets count from the first code unit of the file and fixes write back everything else untouched.
/// </summary>
public sealed class SourceText
{
    private LineIndex? _lines;

    public SourceText(string text) => Text = text ?? throw new ArgumentNullException(nameof(text));

    public string Text { get; }

    public int Length => Text.Length;

    public LineIndex Lines => _lines ??= new LineIndex(Text);

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public LinePosition GetPosition(int offset) => Lines.GetPosition(offset);

    public int GetOffset(LinePosition position) => Lines.GetOffset(position, Text);
}
