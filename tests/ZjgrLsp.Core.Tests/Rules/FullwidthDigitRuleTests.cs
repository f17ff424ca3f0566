using ZjgrLsp.Core.Rules.Num;

namespace ZjgrLsp.Core.Tests.Rules;

public class FullwidthDigitRuleTests
{
    private readonly FullwidthDigitRule _rule = new();

    [Fact]
    public void FullwidthDigitsOnAHalfwidthPage_AreMadeHalfwidth() =>
        Assert.Equal("2024年共有1200名职工参加，比上年增加300名。",
            RuleHarness.Fixed(_rule, "2024年共有１２００名职工参加，比上年增加300名。"));

    [Theory]
    [InlineData("２０２４年共有１２００名职工参加。")]     // full-width throughout: the page's own style
    [InlineData("2024年共有1200名职工参加。")]
    public void AConsistentPage_IsNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));
}
