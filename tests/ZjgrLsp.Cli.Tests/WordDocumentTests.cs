using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ZjgrLsp.Cli.Tests.CliRunner;

namespace ZjgrLsp.Cli.Tests;

/// <summary>Word documents as pages: the body's paragraphs are read in order, findings point at paragraph and character, and --fix leaves them alone.</summary>
public class WordDocumentTests
{
    private static readonly string[] Paragraphs =
    [
        "职工之家建设推进会召开",
        "记者从市总工会获悉，今年以来全市已建成职工之家一百余个。",
        "会议强调，要聚焦聚力,落细落实。", // a half-width comma: punct/halfwidth
    ];

    /// <summary>A .docx of the given paragraphs, the last one split over two runs as Word often stores it.</summary>
    private static void Write(string path, string[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        foreach (var text in paragraphs[..^1]) body.AppendChild(new Paragraph(new Run(new Text(text))));
        var last = paragraphs[^1];
        body.AppendChild(new Paragraph(new Run(new Text(last[..6])), new Run(new Text(last[6..]))));
        main.Document = new Document(body);
    }

    [Fact]
    public void Docx_IsLintedParagraphByParagraph_WithParagraphAndCharacterPositions()
    {
        using var issue = new TempIssue();
        Write(issue["01.docx"], Paragraphs);
        var (code, json, err) = Run("lint", issue.Dir, "--format", "json", "--fail-on", "never");
        Assert.Equal(ExitCodes.Clean, code);
        Assert.Equal("", err);
        var file = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("DOCX", file.GetProperty("encoding").GetString());
        var comma = file.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("rule").GetString() == "punct/halfwidth");
        var start = comma.GetProperty("range").GetProperty("start");
        Assert.Equal(2, start.GetProperty("line").GetInt32()); // the third paragraph
        Assert.Equal(Paragraphs[2].IndexOf(','), start.GetProperty("character").GetInt32());

        var (textCode, text, _) = Run("lint", issue["01.docx"], "--fail-on", "never");
        Assert.Equal(ExitCodes.Clean, textCode);
        Assert.Contains($"01.docx:3:{Paragraphs[2].IndexOf(',') + 1}: warning punct/halfwidth", text);
    }

    [Fact]
    public void FixOnADocx_SaysItIsNotWritten_AndLeavesTheFileAsItWas()
    {
        using var issue = new TempIssue();
        Write(issue["01.docx"], Paragraphs);
        var before = File.ReadAllBytes(issue["01.docx"]);
        var (code, output, err) = Run("lint", issue.Dir, "--fix", "--fail-on", "never");
        Assert.Equal(ExitCodes.Clean, code);
        Assert.Contains("--fix does not write Word documents", err);
        Assert.Contains("punct/halfwidth", output); // still reported
        Assert.Equal(before, File.ReadAllBytes(issue["01.docx"]));
    }

    [Fact]
    public void Reader_TakesRunText_TabsBreaksAndTables_ButNotTabStopsOrDeletedText()
    {
        using var issue = new TempIssue();
        var path = issue["01.docx"];
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(
                // A tab stop in the paragraph's properties is named w:tab too; only the run's tab is text.
                new Paragraph(
                    new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Left, Position = 720 })),
                    new Run(new Text("一"), new TabChar(), new Text("二"), new Break(), new Text(" 三 ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })),
                new Paragraph(new Run(new DeletedText("删去的")), new Run(new Text("留下的"))),
                new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("表中")))))),
                new Paragraph());
            main.Document = new Document(body);
        }
        var (text, error) = ZjgrLsp.Core.Linting.WordDocument.Read(File.ReadAllBytes(path));
        Assert.Null(error);
        Assert.Equal("一\t二  三 \n留下的\n表中\n", text);
    }

    [Fact]
    public void AZipThatIsNoWordDocument_IsNamed()
    {
        using var issue = new TempIssue();
        using (var zip = System.IO.Compression.ZipFile.Open(issue["01.docx"], System.IO.Compression.ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open())) writer.Write("hello");
        var (text, error) = ZjgrLsp.Core.Linting.WordDocument.Read(File.ReadAllBytes(issue["01.docx"]));
        Assert.Null(text);
        Assert.StartsWith("not a readable Word document", error);
    }

    [Fact]
    public void ABrokenDocx_IsNamed()
    {
        using var issue = new TempIssue();
        File.WriteAllText(issue["01.docx"], "not a zip at all");
        var (code, _, err) = Run("lint", issue.Dir);
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains("01.docx: not a readable Word document", err);
    }
}
