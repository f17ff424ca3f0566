using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;

namespace ZjgrLsp.Core.Tests.Config;

public class ZjgrConfigTests
{
    [Fact]
    public void Parse_RuleForms_OffSeverityAndObject()
    {
        var config = ZjgrConfig.Parse("""
            // comments are allowed
            { "rules": { "dup/word": "off", "punct/unpaired": "error",
                         "punct/halfwidth": { "severity": "hint", "style": "fullwidth" } },
              "dictionary": ["数智化", " "] }
            """);
        Assert.False(config.For("dup/word").Enabled);
        Assert.Equal(Severity.Error, config.For("punct/unpaired").Severity);
        Assert.Equal(Severity.Hint, config.For("punct/halfwidth").Severity);
        Assert.Equal("fullwidth", config.For("punct/halfwidth").GetString("style"));
        Assert.Equal(["数智化"], config.Dictionary.ToArray());
        Assert.True(config.For("dup/paragraph").Enabled);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{ "rules": { "dup/word": "loud" } }""")]
    [InlineData("""{ "rules": [] }""")]
    public void Parse_BadFile_ThrowsConfigExceptionNamingTheFile(string json)
    {
        var e = Assert.Throws<ConfigException>(() => ZjgrConfig.Parse(json, "/x/zjgr.json"));
        Assert.StartsWith("/x/zjgr.json", e.Message);
    }

    [Fact]
    public void Analyzer_AppliesSeverityAndDisabledRules()
    {
        var doc = NewsDocument.Parse("p.txt", "会议，强调,要聚焦。社会保障保障局。");
        var config = ZjgrConfig.Parse("""{ "rules": { "dup/word": "off", "punct/halfwidth": "error" } }""");
        var f = Assert.Single(new Analyzer().Analyze(doc, config));
        Assert.Equal(("punct/halfwidth", Severity.Error), (f.RuleId, f.Severity));
    }

    [Fact]
    public void MergedWith_LaterSettingsWinKeyByKey()
    {
        var file = ZjgrConfig.Parse("""{ "rules": { "punct/halfwidth": { "style": "fullwidth" } }, "dictionary": ["甲"] }""");
        var client = ZjgrConfig.Parse("""{ "rules": { "punct/halfwidth": "hint" }, "dictionary": ["乙"] }""");
        var merged = file.MergedWith(client);
        Assert.Equal("fullwidth", merged.For("punct/halfwidth").GetString("style"));
        Assert.Equal(Severity.Hint, merged.For("punct/halfwidth").Severity);
        Assert.Equal(["甲", "乙"], merged.Dictionary.ToArray());
    }

    [Fact]
    public void Locator_FindsTheNearestFileAbove()
    {
        var root = Directory.CreateTempSubdirectory("zjgr-config-");
        try
        {
            var issue = Directory.CreateDirectory(Path.Combine(root.FullName, "2024-07-01"));
            File.WriteAllText(Path.Combine(root.FullName, "zjgr.json"), """{ "dictionary": ["上层"] }""");
            var page = Path.Combine(issue.FullName, "01.txt");
            File.WriteAllText(page, "正文。");
            Assert.Equal(["上层"], ConfigLocator.LoadFor(page).Dictionary.ToArray());
        }
        finally { root.Delete(recursive: true); }
    }
}
