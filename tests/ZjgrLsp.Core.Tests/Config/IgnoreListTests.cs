using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Core.Tests.Config;

public class IgnoreListTests
{
    [Fact]
    public void IgnoredFinding_StaysIgnoredAfterEditsElsewhere_ButNotOnOtherPagesOrText()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-ign-");
        try
        {
            var path = Path.Combine(dir.FullName, "01.txt");
            const string text = "市社会保障保障局发布通知。";
            var doc = NewsDocument.Parse(path, text);
            var finding = Assert.Single(new Analyzer().Analyze(doc));
            IgnoreList.Add(doc, finding);

            var edited = NewsDocument.Parse(path, text + "\n\n结尾又加了一段新的话。");
            Assert.Empty(IgnoreList.LoadFor(path).Filter(edited, new Analyzer().Analyze(edited)));

            var otherPage = NewsDocument.Parse(Path.Combine(dir.FullName, "02.txt"), text);
            Assert.Single(IgnoreList.LoadFor(path).Filter(otherPage, new Analyzer().Analyze(otherPage)));

            File.WriteAllText(path, text);
            Assert.Empty(new BatchLinter(new Analyzer()).Lint([path]).Pages[0].Findings); // the CLI honours it too
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void BrokenIgnoreFile_IsAClearError()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-ign-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, IgnoreList.FileName), "{ nope");
            var e = Assert.Throws<ConfigException>(() => IgnoreList.LoadFor(Path.Combine(dir.FullName, "01.txt")));
            Assert.Contains(IgnoreList.FileName, e.Message);
        }
        finally { dir.Delete(true); }
    }
}
