using ZjgrLsp.Core.Rules.Num;

namespace ZjgrLsp.Core.Tests.Rules;

public class ApproximateNumberRuleTests
{
    private readonly ApproximateNumberRule _rule = new();

    [Theory]
    [InlineData("来了七、八个人。", "来了七八个人。")]
    [InlineData("有三、四十名职工报名。", "有三四十名职工报名。")]
    [InlineData("需要3、4天时间。", "需要三四天时间。")]
    [InlineData("投入五、六万元。", "投入五六万元。")]
    public void ASplitRoughCount_IsJoined(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Theory]
    [InlineData("在第三、四种格式中。")]         // ordinals: a list
    [InlineData("三、四年级的学生。")]
    [InlineData("一、二线城市。")]
    [InlineData("九、十个月。")]                   // 九十 would read as ninety
    [InlineData("三、五个人。")]                   // not neighbours
    [InlineData("十三、十四届全国人大。")]
    [InlineData("三四个人，七八十种。")]
    public void ListsAndRightRoughCounts_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));
}
