using ZjgrLsp.Core.Rules.Dup;

namespace ZjgrLsp.Core.Tests.Rules;

public class DuplicateParagraphRuleTests
{
    private readonly DuplicateParagraphRule _rule = new();

    private const string Para = "产业工会具有熟悉产业全局、掌握产业政策、联系职工紧密的优势，要切实提升劳动者素养能力。";

    [Fact]
    public void ExactRepeat_IsFlaggedOnTheLaterCopy_AndFixDeletesIt()
    {
        var text = $"{Para}\n\n中间还有一段别的话，讲的是另一件事情，不能算重复。\n\n{Para}\n";
        var findings = RuleHarness.Run(_rule, text);
        var f = Assert.Single(findings);
        Assert.Equal(text.LastIndexOf(Para, StringComparison.Ordinal), f.Span.Start);
        Assert.Equal(0, Assert.Single(f.Related).Span.Start);
        Assert.Equal($"{Para}\n\n中间还有一段别的话，讲的是另一件事情，不能算重复。\n", RuleHarness.Fixed(_rule, text));
    }

    [Fact]
    public void RepeatWithOtherPunctuationWidth_IsStillExact()
    {
        var half = Para.Replace('，', ',');
        var findings = RuleHarness.Run(_rule, $"{Para}\n\n{half}");
        Assert.Contains("完全重复", Assert.Single(findings).Message);
    }

    [Fact]
    public void NearRepeat_IsFlaggedWithSimilarity()
    {
        var edited = Para.Replace("紧密", "密切");
        var findings = RuleHarness.Run(_rule, $"{Para}\n\n{edited}");
        Assert.Contains("几乎相同", Assert.Single(findings).Message);
    }

    [Fact]
    public void NearRepeatWithAClauseCut_IsStillANearCopy()
    {
        const string first = "同时，从信息论的概念来看，信息来源于物质运动，也来源于精神领域，精神是物质世界长期运动的结果，因而归根结底，信息来源于物质。";
        const string second = "同时，从信息论的概念来看，也来源于精神领域，精神是物质世界长期运动的结果，因而归根结底，信息来源于物质。";
        var f = Assert.Single(RuleHarness.Run(_rule, $"{first}\n\n中间一段别的话，讲的是另一回事，和上下文都不一样。\n\n{second}"));
        Assert.Contains("%", f.Message);
    }

    [Fact]
    public void DifferentParagraphs_AndShortRepeats_AreNotFlagged()
    {
        Assert.Empty(RuleHarness.Run(_rule, $"{Para}\n\n会议要求各产业工会从战略全局出发，不断深化认识。\n\n记者某某 摄\n\n记者某某 摄"));
    }
}
