using System.Text.Json;
using ZjgrLsp.Core.Linting;
using ZjgrLsp.Testing;
using static ZjgrLsp.Cli.Tests.CliRunner;

namespace ZjgrLsp.Cli.Tests;

/// <summary>
/// --fix never loses or misplaces data: it replaces a page only if nobody changed it since it was read, settles in
/// one run, leaves read-only and hard-linked pages alone, writes through links, keeps mode and owner, and cleans up
/// after a killed run.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class FixIntegrityTests
{
    /// <summary>One safe fix (a half-width comma on a page that sets its marks full-width).</summary>
    private const string Fixable = "记者从市总工会获悉,今年以来全市已建成职工之家一百余个，服务职工十万人次。\n";
    private const string Fixed = "记者从市总工会获悉，今年以来全市已建成职工之家一百余个，服务职工十万人次。\n";

    [Fact]
    public void Fix_LeavesAPageThatChangedSinceItWasRead()
    {
        using var issue = new TempIssue(("01.txt", Fixable));
        const string saved = "编辑刚刚保存的新稿,不能被覆盖。\n";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var command = new LintCommand(stdout, stderr) { BeforeWritingFixes = () => File.WriteAllText(issue["01.txt"], saved) };
        var code = command.Run([issue.Dir], "text", fix: true, failOn: Core.Findings.Severity.Warning, configPath: null);
        Assert.Equal(saved, File.ReadAllText(issue["01.txt"]));
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains("not fixed: it changed on disk since it was read", stderr.ToString());
    }

    [Fact]
    public void Fix_TwiceChangesNothingTheSecondTime_AndLintFindsNothingItIntroduced()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-idem-").FullName;
        try
        {
            // Seed 000 alone: its marker's brackets are its only full-width marks once fixed, which used to flip the
            // page to full-width style and make 133 more fixes due on the next run.
            var seed = Directory.GetFiles(RepoPaths.Seeds, "000_*.txt").Single();
            var page = Path.Combine(dir, Path.GetFileName(seed));
            File.Copy(seed, page);
            Run("lint", dir, "--fix");
            var once = File.ReadAllText(page);
            Assert.NotEqual(File.ReadAllText(seed), once);
            Run("lint", dir, "--fix");
            Assert.Equal(once, File.ReadAllText(page));
            var (_, json, _) = Run("lint", dir, "--format", "json");
            var safe = Core.Rules.RuleRegistry.All.Where(r => r.Descriptor.SafeToFixAll).Select(r => r.Descriptor.Id).ToHashSet();
            var left = JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray()
                .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
                .Where(d => safe.Contains(d.GetProperty("rule").GetString()!) && d.GetProperty("fixes").GetArrayLength() == 1);
            Assert.Empty(left);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void RosterAliasThatIsPartOfTheName_NeverFlagsOrGrowsTheName()
    {
        using var issue = new TempIssue(
            ("01.txt", "省总工会党组书记吕志良出席会议并讲话。\n"),
            ("zjgr.json", """{ "roster": [{ "name": "吕志良", "titles": ["省总工会党组书记"], "aliases": ["吕志", "志良"] }] }"""));
        var (_, text, _) = Run("lint", issue.Dir);
        Assert.DoesNotContain("name/roster", text);
        Run("lint", issue.Dir, "--fix", "--unsafe-fixes");
        Run("lint", issue.Dir, "--fix", "--unsafe-fixes");
        Assert.Equal("省总工会党组书记吕志良出席会议并讲话。\n", File.ReadAllText(issue["01.txt"]));
    }

    [Fact]
    public void ReadOnlyPage_IsLeftAsItIs_WithAMessage()
    {
        using var issue = new TempIssue(("01.txt", Fixable));
        File.SetUnixFileMode(issue["01.txt"], UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var (code, _, err) = Run("lint", issue.Dir, "--fix");
        Assert.Equal(Fixable, File.ReadAllText(issue["01.txt"]));
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains("not fixed: it is read-only", err);
    }

    [Fact]
    public void SymlinkedPage_IsFixedInItsTarget_AndStaysALink()
    {
        using var issue = new TempIssue(("real.txt", Fixable));
        var pages = Directory.CreateTempSubdirectory("zjgr-link-").FullName;
        try
        {
            var link = Path.Combine(pages, "01.txt");
            File.CreateSymbolicLink(link, issue["real.txt"]);
            Run("lint", link, "--fix");
            Assert.Equal(Fixed, File.ReadAllText(issue["real.txt"]));
            Assert.Equal(issue["real.txt"], new FileInfo(link).LinkTarget);
        }
        finally { Directory.Delete(pages, true); }
    }

    [Fact]
    public void HardLinkedPage_IsNotSplit()
    {
        using var issue = new TempIssue(("01.txt", Fixable));
        var other = issue["01.txt"] + ".bak";
        Assert.Equal(0, Mono.Unix.Native.Syscall.link(issue["01.txt"], other));
        var (code, _, err) = Run("lint", issue["01.txt"], "--fix");
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains("hard links", err);
        Mono.Unix.Native.Syscall.stat(issue["01.txt"], out var a);
        Mono.Unix.Native.Syscall.stat(other, out var b);
        Assert.Equal(a.st_ino, b.st_ino);
        Assert.Equal(2UL, a.st_nlink);
    }

    [Fact]
    public void FixedPage_KeepsItsModeAndOwner()
    {
        using var issue = new TempIssue(("01.txt", Fixable));
        var page = issue["01.txt"];
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(page, mode);
        var root = Environment.UserName == "root";
        if (root) Assert.Equal(0, Mono.Unix.Native.Syscall.chown(page, 12345, 23456));
        Run("lint", page, "--fix");
        Assert.Equal(Fixed, File.ReadAllText(page));
        Assert.Equal(mode, File.GetUnixFileMode(page));
        Mono.Unix.Native.Syscall.stat(page, out var st);
        if (root) Assert.Equal((12345u, 23456u), (st.st_uid, st.st_gid));
    }

    [Fact]
    public void TemporaryFileOfAKilledRun_IsRemoved_AndNeverLinted()
    {
        using var issue = new TempIssue(("01.txt", Fixable));
        // A pid that cannot be running: above Linux's pid_max limit.
        var stale = Path.Combine(issue.Dir, $".01.txt.zjgr-{int.MaxValue - 1}-{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stale, "半截");
        var (_, json, _) = Run("lint", issue.Dir, "--format", "json");
        Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray());
        Run("lint", issue.Dir, "--fix");
        Assert.False(File.Exists(stale));
        Assert.Equal(Fixed, File.ReadAllText(issue["01.txt"]));
    }

    [Fact]
    public void Stamp_IsTakenOfTheBytesRead()
    {
        using var issue = new TempIssue(("01.txt", Fixable));
        var read = PageReader.Read(issue["01.txt"]);
        File.AppendAllText(issue["01.txt"], "又一段。\n");
        Assert.Throws<FileNotReplacedException>(() => AtomicFile.WriteAllBytes(issue["01.txt"], PageReader.Encode(Fixed), read.Stamp));
    }
}
