using static ZjgrLsp.Cli.Tests.CliRunner;

namespace ZjgrLsp.Cli.Tests;

/// <summary>The progress line of a long batch: on a terminal only, once the batch has run a while, and never in the output.</summary>
public class ProgressTests
{
    private static readonly (string, string)[] Pages =
        [("01.txt", "第一版的正文。\n"), ("02.txt", "第二版的正文。\n"), ("03.txt", "第三版的正文。\n")];

    private static (string Out, string Err) Lint(bool? terminal, TimeSpan delay)
    {
        using var issue = new TempIssue(Pages);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        new LintCommand(stdout, stderr) { ProgressOnTerminal = terminal, ProgressDelay = delay }
            .Run([issue.Dir], "json", fix: false, failOn: null, configPath: null);
        return (stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void OnATerminal_ALongBatchShowsPagesDoneAndElapsed_AndClearsIt()
    {
        var (output, err) = Lint(terminal: true, delay: TimeSpan.Zero);
        Assert.Matches(@"\rzjgr: \d/3 pages, \d+\.\d s", err);
        Assert.EndsWith("\r\u001b[2K", err); // cleared before the shell's prompt
        Assert.DoesNotContain("pages,", output);
    }

    [Fact]
    public void OnATerminal_AQuickBatchStaysSilent() => Assert.Equal("", Lint(terminal: true, delay: TimeSpan.FromMinutes(5)).Err);

    [Fact]
    public void RedirectedStderr_GetsNoProgress() => Assert.Equal("", Lint(terminal: null, delay: TimeSpan.Zero).Err);
}
