using System.Text;
using static ZjgrLsp.Cli.Tests.CliRunner;

namespace ZjgrLsp.Cli.Tests;

/// <summary>
/// A bounded fuzz of --fix: random pages built from the things fixes touch (half-width marks, doubled words and
/// characters, markers, quotes, mastheads, number forms), several to an issue. Fixing twice changes nothing the
/// second time, with safe fixes alone and with every fix.
/// </summary>
public class FixFuzzTests
{
    private static readonly string[] Pieces =
    [
        "省总工会党组书记吕志良出席会议并讲话", "记者从市总工会获悉", "今年以来全市已建成职工之家一百余个", "市社会保障保障局发布通知",
        "我们的的工作", "他说\"很好\"", "（下转第2版）", "(上接第1版)", "下转第3版", "2024-2026年", "七、八个人", "二0二四年",
        "１２００名职工", "，，", "，。", "《工人日报", "“好“", "(2024年)", ", ", "; ", ": ", "? ", "! ", "截止目前",
        "布署工作", "2024年6月31日", "6月25日（星期三）", "迫不急待", "\n\n", "\n", "　　", "。",
    ];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void RandomPages_FixTwice_TheSecondChangesNothing(int seed, bool unsafeFixes)
    {
        var random = new Random(seed);
        var dir = Directory.CreateTempSubdirectory("zjgr-fixfuzz-").FullName;
        try
        {
            for (var page = 1; page <= 12; page++)
            {
                var text = new StringBuilder();
                if (random.Next(3) == 0) text.Append($"浙江工人日报\n\n2024年7月{random.Next(1, 29)}日 星期{"一二三四五六日"[random.Next(7)]}\n\n");
                for (var i = random.Next(10, 60); i > 0; i--) text.Append(Pieces[random.Next(Pieces.Length)]);
                File.WriteAllText(Path.Combine(dir, $"{page:D2}.txt"), text.ToString());
            }
            string[] args = unsafeFixes ? ["lint", dir, "--fix", "--unsafe-fixes"] : ["lint", dir, "--fix"];
            var (code, _, err) = Run(args);
            Assert.NotEqual(ExitCodes.Error, code);
            var once = Snapshot(dir);
            Run(args);
            var twice = Snapshot(dir);
            foreach (var (file, text) in once) Assert.True(text == twice[file], $"seed {seed}: {file} changed on the second --fix\n{err}");
        }
        finally { Directory.Delete(dir, true); }
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
}
