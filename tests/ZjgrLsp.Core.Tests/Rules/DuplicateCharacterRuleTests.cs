using ZjgrLsp.Core.Rules.Dup;

namespace ZjgrLsp.Core.Tests.Rules;

public class DuplicateCharacterRuleTests
{
    private readonly DuplicateCharacterRule _rule = new();

    [Theory]
    [InlineData("我们的的工作要做好。", "我们的工作要做好。")]
    [InlineData("会议在在杭州召开。", "会议在杭州召开。")]
    [InlineData("这些信息将将用于恢复。", "这些信息将用于恢复。")]
    [InlineData("工作已已全面展开。", "工作已全面展开。")]
    [InlineData("既会管理又又会服务。", "既会管理又会服务。")]
    [InlineData("有很很强的补偿能力。", "有很强的补偿能力。")]
    public void AFunctionCharacterTypedTwice_LosesTheCopy(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Theory]
    [InlineData("为了了解情况。")]            // 为了|了解
    [InlineData("达到目的的手段。")]          // 目的|的
    [InlineData("现在在哪里？")]              // 现在|在
    [InlineData("的的确确，实实在在。")]      // AABB
    [InlineData("这件事不了了之。")]          // an idiom
    [InlineData("他说：“是是是。”")]          // three in a row: speech
    [InlineData("天天向上，人人参与。")]      // not function characters
    [InlineData("他颇有见地地告诉记者。")]    // 见地 is a word of the language model
    public void WordsIdiomsAndReduplication_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));
}
