using ZjgrLsp.Core.Rules.Punct;

namespace ZjgrLsp.Core.Tests.Rules;

public class DoubledPunctuationRuleTests
{
    private readonly DoubledPunctuationRule _rule = new();

    [Theory]
    [InlineData("会议强调，，要切实加强。", "会议强调，要切实加强。")]
    [InlineData("切实加强。。。职工代表", "切实加强。职工代表")]
    [InlineData("职工、、代表", "职工、代表")]
    public void AMarkTypedTwice_KeepsOne(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Fact]
    public void TwoDifferentMarks_OfferToKeepEither()
    {
        var f = Assert.Single(RuleHarness.Run(_rule, "会议指出，。要加强"));
        Assert.Equal(["只留“，”", "只留“。”"], f.Fixes.Select(x => x.Title));
    }

    [Theory]
    [InlineData("工作……要做好——真正落实。")]
    [InlineData("他说：“好。”随后离开。")]
    [InlineData("（试行）。会议指出，要加强。")]
    public void EllipsesDashesAndMarksBesideQuotes_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));
}
