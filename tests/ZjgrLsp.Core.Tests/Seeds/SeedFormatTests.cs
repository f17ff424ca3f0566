using System.Text.RegularExpressions;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Core.Tests.Seeds;

/// <summary>
/// The same pages exported another way must get the same findings: without Markdown heading marks, one paragraph a
/// line with no blank lines, indented with ideographic spaces, or with CRLF line ends. Findings are compared as
/// (rule, covered text), since offsets move with the format.
/// </summary>
public partial class SeedFormatTests
{
    [GeneratedRegex(@"(?m)^#{1,6}[ \t]+")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex BlankLines();

    public static TheoryData<string> Formats => new("no-heading-marks", "no-blank-lines", "indented", "crlf", "plain-export");

    [Theory]
    [MemberData(nameof(Formats))]
    public void SeedsInAnotherFormat_GetTheSameFindings(string format)
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-format-");
        try
        {
            foreach (var seed in TestPaths.SeedFiles)
                File.WriteAllText(Path.Combine(dir.FullName, Path.GetFileName(seed)), Reformat(File.ReadAllText(seed), format));
            Assert.Equal(Findings(TestPaths.Seeds), Findings(dir.FullName));
        }
        finally { dir.Delete(recursive: true); }
    }

    private static string Reformat(string text, string format) => format switch
    {
        "no-heading-marks" => HeadingMarks().Replace(text, ""),
        "no-blank-lines" => BlankLines().Replace(text, "\n"),
        "indented" => string.Join('\n', text.Split('\n').Select(l => l.Trim().Length > 0 && !l.StartsWith('#') ? "\u3000\u3000" + l : l)),
        "crlf" => text.Replace("\n", "\r\n"),
        "plain-export" => Reformat(Reformat(Reformat(text, "no-heading-marks"), "no-blank-lines"), "indented"),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static List<string> Findings(string folder) =>
        [.. new BatchLinter(new Analyzer()).Lint([folder]).Pages
            .SelectMany(p => p.Findings.Select(f => $"{Path.GetFileName(p.Path)} {f.RuleId} «{p.Source[f.Span]}»"))
            .Order(StringComparer.Ordinal)];
}
