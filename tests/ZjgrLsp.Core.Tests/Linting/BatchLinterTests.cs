using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Core.Tests.Linting;

public sealed class BatchLinterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("zjgr-batch-");

    [Fact]
    public void LintEach_HandsOverInTheOrderNamed_OneCallAtATime()
    {
        // Pages of very different lengths, so parallel workers finish out of order.
        var paths = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, $"issue{i % 3}")).FullName;
            var path = Path.Combine(folder, $"{i:00}.txt");
            File.WriteAllText(path, string.Concat(Enumerable.Repeat("市社会保障保障局发布通知。\n\n", i % 5 == 0 ? 400 : 1)));
            paths.Add(path);
        }
        File.WriteAllBytes(Path.Combine(_dir.FullName, "issue1", "bad.txt"), [0xE4, 0xFF]);
        var named = paths.AsEnumerable().Reverse().Append(Path.Combine(_dir.FullName, "issue1", "bad.txt")).Prepend("/no/such/page.txt").ToList();

        var handedOver = new List<string>();
        var inside = 0;
        void Take(string path)
        {
            Assert.Equal(1, Interlocked.Increment(ref inside)); // never two callbacks at once
            handedOver.Add(path);
            Thread.Sleep(1);
            Interlocked.Decrement(ref inside);
        }
        new BatchLinter(new Analyzer()).LintEach(named,
            page => { Take(page.Path); Assert.Contains(page.Findings, f => f.RuleId == "dup/word"); },
            error => Take(error.Path));

        Assert.Equal(named, handedOver);
    }

    [Fact]
    public void Lint_GathersWhatLintEachHandsOver()
    {
        var page = Path.Combine(_dir.FullName, "01.txt");
        File.WriteAllText(page, "推动成果转化转化为生产力。");
        var result = new BatchLinter(new Analyzer()).Lint([page, Path.Combine(_dir.FullName, "missing.txt")]);
        Assert.Equal("dup/word", Assert.Single(Assert.Single(result.Pages).Findings).RuleId);
        Assert.Equal("no such file or folder", Assert.Single(result.Errors).Message);
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
