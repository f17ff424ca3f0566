using System.Text.Json;
using ZjgrLsp.Core.Config;
using static ZjgrLsp.Cli.Tests.CliRunner;

namespace ZjgrLsp.Cli.Tests;

/// <summary>Messages a person can act on: where a zjgr.json is wrong, what it says that nothing reads, URIs that survive any file name.</summary>
public class MessageTests
{
    [Fact]
    public void BrokenZjgrJson_IsReportedWithOneBasedLineAndColumn()
    {
        using var issue = new TempIssue(("01.txt", "正文。\n"), ("zjgr.json", "{\n  \"rules\": {\n    \"dup/word\": off\n  }\n}\n"));
        var (code, _, err) = Run("lint", issue.Dir);
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains($"{issue["zjgr.json"]}: not valid JSON at line 3, column 17", err);
    }

    [Fact]
    public void SettingsThatNothingReads_AreWarnedAbout_AndLintGoesOn()
    {
        using var issue = new TempIssue(("01.txt", "市社会保障保障局发布通知。\n"), ("zjgr.json", """
            { "rules": { "dup/wrod": "off", "punct/halfwidth": { "style": 42, "colour": "red" }, "dup/word": { "enabled": "no" } },
              "dictionary": ["数智化", 7], "regoin": "浙江" }
            """));
        var (code, text, err) = Run("lint", issue.Dir);
        Assert.Equal(ExitCodes.Findings, code);
        Assert.Contains("dup/word", text); // "enabled": "no" is not false: the rule stays on, and the user is told
        Assert.Contains("warning: " + issue["zjgr.json"] + ": unknown rule \"dup/wrod\" is ignored (did you mean \"dup/word\"?)", err);
        Assert.Contains("rule \"punct/halfwidth\" option \"style\" must be one of \"auto\", \"fullwidth\", \"any\", not 42", err);
        Assert.Contains("rule \"punct/halfwidth\" has no option \"colour\"", err);
        Assert.Contains("\"enabled\" must be true or false, not \"no\"", err);
        Assert.Contains("dictionary entry 7 is not a word", err);
        Assert.Contains("unknown setting \"regoin\"", err);
        Assert.Single(err.Split('\n'), l => l.Contains("dup/wrod")); // once, not once per page
    }

    [Fact]
    public void SarifUris_ArePercentEncoded()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-sarif-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(dir, "第1版 #2")).FullName;
            var page = Path.Combine(folder, "要闻 a#b?.txt");
            File.WriteAllText(page, "市社会保障保障局发布通知。\n");
            var (_, sarif, _) = Run("lint", page, "--format", "sarif");
            var uri = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results")[0]
                .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.EndsWith("/%E7%AC%AC1%E7%89%88%20%232/%E8%A6%81%E9%97%BB%20a%23b%3F.txt", uri);
            Assert.StartsWith("file:///", uri);
            Assert.Equal(page, new Uri(uri).LocalPath);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("两\n行")]
    public void AddWord_RefusesWhatIsNotAWord(string word)
    {
        using var issue = new TempIssue(("01.txt", "正文。\n"));
        var e = Assert.Throws<ConfigException>(() => ConfigEditor.AddWord(issue["01.txt"], word));
        Assert.Contains("dictionary", e.Message);
        Assert.False(File.Exists(issue["zjgr.json"]));
    }

    [Fact]
    public void AddWord_ToADictionaryHoldingANumber_SaysWhatIsWrong()
    {
        using var issue = new TempIssue(("01.txt", "正文。\n"), ("zjgr.json", """{ "dictionary": [42] }"""));
        var e = Assert.Throws<ConfigException>(() => ConfigEditor.AddWord(issue["01.txt"], "数智化"));
        Assert.Equal($"{issue["zjgr.json"]}: \"dictionary\" must hold only words (strings); fix the file first", e.Message);
    }
}
