using System.IO.Packaging;
using System.Text;
using System.Xml;

namespace ZjgrLsp.Core.Linting;

/// <summary>
/// The text of a Word document (.docx) as a page: its body's paragraphs in order (those in tables too), one a line,
/// so a finding's line is the paragraph's number (from 0, as LSP counts) and its character the place in it. A tab
/// is a tab; a line break inside a paragraph is a space, so paragraph numbers stay those of the document.
/// </summary>
/// <remarks>
/// The package is opened with System.IO.Packaging, which finds the main document part through the package's
/// relationships as the Open Packaging Conventions say; its WordprocessingML is read forward with an
/// <see cref="XmlReader"/>. The Open XML SDK did this before, but its thousands of generated element types made
/// the native program 20 MB larger and cost every process 45 ms of start-up (issue 16), to read four elements.
/// </remarks>
public static class WordDocument
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string StrictOfficeDocument = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    public static (string? Text, string? Error) Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var package = Package.Open(stream, FileMode.Open, FileAccess.Read);
            var relationship = package.GetRelationshipsByType(OfficeDocument).FirstOrDefault()
                ?? package.GetRelationshipsByType(StrictOfficeDocument).FirstOrDefault();
            if (relationship is null) return (null, "not a readable Word document (it names no main document part)");
            var uri = PackUriHelper.ResolvePartUri(new Uri("/", UriKind.Relative), relationship.TargetUri);
            if (!package.PartExists(uri)) return (null, $"not a readable Word document (its main part {uri} is missing)");
            using var part = package.GetPart(uri).GetStream(FileMode.Open, FileAccess.Read);
            return (BodyText(part), null);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException or XmlException or InvalidOperationException or ArgumentException)
        {
            return (null, $"not a readable Word document ({e.Message})");
        }
    }

    /// <summary>
    /// The paragraphs (<c>w:p</c>) of the body, one a line: the text of their runs (<c>w:t</c>), a tab for a run's
    /// <c>w:tab</c> (not a tab stop of the paragraph's properties, which is also named <c>w:tab</c>), a space for a
    /// line break (<c>w:br</c>, <c>w:cr</c>). Deleted text (<c>w:delText</c>) and field codes are not text.
    /// </summary>
    private static string BodyText(Stream part)
    {
        using var reader = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
        var text = new StringBuilder();
        var paragraphs = 0;
        var inBody = false;
        var parents = new Stack<string>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inBody && InRunText(parents)) text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    if (reader.NamespaceURI == Main && reader.LocalName == "body") inBody = false;
                    if (parents.Count > 0) parents.Pop();
                    break;
                case XmlNodeType.Element:
                    var name = reader.NamespaceURI == Main ? reader.LocalName : "";
                    var parent = parents.Count > 0 ? parents.Peek() : "";
                    if (name == "body") inBody = true;
                    else if (inBody && name == "p" && paragraphs++ > 0) text.Append('\n');
                    else if (inBody && parent == "r" && name == "tab") text.Append('\t');
                    else if (inBody && parent == "r" && name is "br" or "cr") text.Append(' ');
                    if (!reader.IsEmptyElement) parents.Push(name);
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>Whether the reader is inside a run's text element (<c>w:r/w:t</c>).</summary>
    private static bool InRunText(Stack<string> parents)
    {
        if (parents.Count < 2 || parents.Peek() != "t") return false;
        using var up = parents.GetEnumerator();
        up.MoveNext();
        up.MoveNext();
        return up.Current == "r";
    }
}
