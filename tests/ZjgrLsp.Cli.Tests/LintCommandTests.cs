using System.Text.Json;

namespace ZjgrLsp.Cli.Tests;

public class LintCommandTests
{
    private const string Dirty = "会议，强调,要聚焦聚力。市社会保障保障局发布通知。";

    [Fact]
    public void Json_HasExactlyTheDocumentedShape()
    {
        using var issue = new CliRunner.TempIssue(("01.txt", "𠮷" + Dirty));
        var (code, output, _) = CliRunner.Run("lint", issue.Dir, "--format", "json");
        Assert.Equal(ExitCodes.Findings, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["version", "files"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(["path", "encoding", "diagnostics"], file.EnumerateObject().Select(p => p.Name));
        Assert.Equal("UTF-8", file.GetProperty("encoding").GetString());
        var d = file.GetProperty("diagnostics")[0];
        Assert.Equal(["rule", "severity", "offset", "length", "range", "message", "fixes"], d.EnumerateObject().Select(p => p.Name));
        Assert.Equal("punct/halfwidth", d.GetProperty("rule").GetString());
        Assert.Equal(7, d.GetProperty("offset").GetInt32()); // 𠮷 is two UTF-16 units
        Assert.Equal(7, d.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        var edit = d.GetProperty("fixes")[0].GetProperty("edits")[0];
        Assert.Equal(["offset", "length", "newText"], edit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("，", edit.GetProperty("newText").GetString());
    }

    [Fact]
    public void ExitCodes_FollowFailOn()
    {
        using var issue = new CliRunner.TempIssue(("clean.txt", "会议，强调。"), ("dirty.txt", Dirty));
        Assert.Equal(ExitCodes.Clean, CliRunner.Run("lint", issue["clean.txt"]).Code);
        Assert.Equal(ExitCodes.Findings, CliRunner.Run("lint", issue["dirty.txt"]).Code);
        Assert.Equal(ExitCodes.Clean, CliRunner.Run("lint", issue["dirty.txt"], "--fail-on", "error").Code);
        Assert.Equal(ExitCodes.Clean, CliRunner.Run("lint", issue["dirty.txt"], "--fail-on", "never").Code);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "x.txt", "--format", "xml")]
    [InlineData("frobnicate")]
    public void BadUsage_ExitsTwo(params string[] args) => Assert.Equal(ExitCodes.Error, CliRunner.Run(args).Code);

    [Fact]
    public void MissingOrBinaryFile_ExitsTwoWithAClearMessage()
    {
        using var issue = new CliRunner.TempIssue();
        File.WriteAllBytes(issue["bad.txt"], [0xE4, 0xBC, 0x9A, 0xFF, 0x41]);
        var (code, _, err) = CliRunner.Run("lint", issue["bad.txt"], issue["missing.txt"]);
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains("not valid UTF-8", err);
        Assert.Contains("no such file", err);
    }

    [Fact]
    public void Fix_RewritesTheFileAndReportsWhatRemains()
    {
        using var issue = new CliRunner.TempIssue(("01.txt", Dirty));
        var (code, output, _) = CliRunner.Run("lint", issue["01.txt"], "--fix", "--format", "json");
        Assert.Equal("会议，强调，要聚焦聚力。市社会保障局发布通知。", File.ReadAllText(issue["01.txt"]));
        Assert.Equal(ExitCodes.Clean, code);
        Assert.Empty(JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray());
        Assert.Single(Directory.GetFiles(issue.Dir)); // no temporary file left behind
    }

    [Fact]
    public void Fix_LeavesFixesThatNeedAPerson_UnlessAskedFor()
    {
        const string para = "产业工会具有熟悉产业全局、掌握产业政策、联系职工紧密的优势，要切实提升劳动者素养能力。";
        var text = $"{para}\n\n{para}\n";
        using var issue = new CliRunner.TempIssue(("01.txt", text));
        CliRunner.Run("lint", issue["01.txt"], "--fix");
        Assert.Equal(text, File.ReadAllText(issue["01.txt"])); // a duplicate paragraph is not deleted unseen
        CliRunner.Run("lint", issue["01.txt"], "--fix", "--unsafe-fixes");
        Assert.Equal($"{para}\n", File.ReadAllText(issue["01.txt"]));
    }

    [Fact]
    public void Sarif_IsVersion210WithRulesAndFixes()
    {
        using var issue = new CliRunner.TempIssue(("01.txt", Dirty));
        var (_, output, _) = CliRunner.Run("lint", issue["01.txt"], "--format", "sarif");
        var run = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "dup/word");
        var result = run.GetProperty("results")[0];
        Assert.Equal(5, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("charOffset").GetInt32());
        Assert.Equal("，", result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void BrokenConfig_ExitsTwoNamingTheFile()
    {
        using var issue = new CliRunner.TempIssue(("01.txt", Dirty), ("zjgr.json", "{ \"rules\": 3 }"));
        var (code, _, err) = CliRunner.Run("lint", issue["01.txt"]);
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains("zjgr.json", err);
    }

    [Fact]
    public void RulesMarkdown_MatchesDocsFile()
    {
        var docs = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "rules.md"));
        Assert.Equal(docs, CliRunner.Run("rules", "--markdown").Out);
    }
}

public class VsCodeManifestTests
{
    [Fact]
    public void PackageJson_OffersASettingForEveryRule()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "vscode-client", "package.json")));
        var rules = json.RootElement.GetProperty("contributes").GetProperty("configuration").GetProperty("properties")
            .GetProperty("zjgr.rules").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(ZjgrLsp.Core.Rules.RuleRegistry.All.Select(r => r.Descriptor.Id).Order(), rules);
    }
}
