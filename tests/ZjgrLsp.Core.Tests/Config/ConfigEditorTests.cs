using System.Text.Json;
using ZjgrLsp.Core.Config;

namespace ZjgrLsp.Core.Tests.Config;

public class ConfigEditorTests
{
    [Fact]
    public void AddWord_KeepsOtherSettings_AndAddsOnce()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-edit-");
        try
        {
            var page = Path.Combine(dir.FullName, "01.txt");
            File.WriteAllText(Path.Combine(dir.FullName, "zjgr.json"), """{ "rules": { "dup/word": "off" }, "dictionary": ["甲"] }""");
            ConfigEditor.AddWord(page, "数智化");
            ConfigEditor.AddWord(page, "数智化");
            var config = ConfigLocator.LoadFor(page);
            Assert.Equal(["甲", "数智化"], config.Dictionary.ToArray());
            Assert.False(config.For("dup/word").Enabled);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void AddWord_WithoutAFile_CreatesOneBesideThePage()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-edit-");
        try
        {
            var written = ConfigEditor.AddWord(Path.Combine(dir.FullName, "01.txt"), "班前十分钟");
            Assert.Equal(Path.Combine(dir.FullName, "zjgr.json"), written);
            Assert.Equal("班前十分钟", JsonDocument.Parse(File.ReadAllText(written)).RootElement.GetProperty("dictionary")[0].GetString());
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void AddWord_ToABrokenFile_FailsAndLeavesItAlone()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-edit-");
        try
        {
            var file = Path.Combine(dir.FullName, "zjgr.json");
            File.WriteAllText(file, "{ broken");
            Assert.Throws<ConfigException>(() => ConfigEditor.AddWord(Path.Combine(dir.FullName, "01.txt"), "词"));
            Assert.Equal("{ broken", File.ReadAllText(file));
        }
        finally { dir.Delete(true); }
    }
}
