using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ZjgrLsp.Core.Linting;

/// <summary>
/// The text of a Word document (.docx) as a page: its body's paragraphs in order (those in tables too), one a line,
/// so a finding's line is the paragraph's number (from 0, as LSP counts) and its character the place in it. A tab
/// is a tab; a line break inside a paragraph is a space, so paragraph numbers stay those of the document.
/// </summary>
public static class WordDocument
{
    public static (string? Text, string? Error) Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return ("", null);
            var text = new StringBuilder();
            var first = true;
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                if (!first) text.Append('\n');
                first = false;
                foreach (var element in paragraph.Descendants())
                {
                    switch (element)
                    {
                        case WordText t: text.Append(t.Text); break;
                        case TabChar: text.Append('\t'); break;
                        case Break or CarriageReturn: text.Append(' '); break;
                    }
                }
            }
            return (text.ToString(), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FormatException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return (null, $"not a readable Word document ({e.Message})");
        }
    }
}
