using Snapshooter;
using Snapshooter.Xunit;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Core.Tests.Seeds;

/// <summary>
/// Every finding on every seed page, as a readable list (rule, 1-based line:column, covered text, message, fix).
/// A change in behaviour shows up as a snapshot diff; delete the .snap file to accept a new one.
/// </summary>
public class SeedSnapshotTests
{
    public static TheoryData<string> Seeds => new(TestPaths.SeedFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Findings_MatchSnapshot(string seed)
    {
        var result = new BatchLinter(new Analyzer()).Lint([Path.Combine(TestPaths.Seeds, seed)]);
        var page = Assert.Single(result.Pages);
        var lines = page.Findings.Select(f =>
        {
            var pos = page.Source.GetPosition(f.Span.Start);
            var covered = page.Source[f.Span];
            if (covered.Length > 24) covered = covered[..24] + "…";
            var fix = f.Fixes.IsEmpty ? "" : $" => {f.Fixes[0].Title}";
            return $"{f.RuleId} {pos.Line + 1}:{pos.Character + 1} «{covered.ReplaceLineEndings("⏎")}» {f.Message}{fix}";
        }).ToList();
        Snapshot.Match(lines, SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(seed)));
    }
}
