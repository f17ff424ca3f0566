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
    [InlineData("早在五、六十年代就开始了。", "早在五六十年代就开始了。")] // a unit of ten, whatever follows
    [InlineData("组织六、七万群众参观。", "组织六七万群众参观。")]
    [InlineData("用三、四年时间建成。", "用三四年时间建成。")]
    [InlineData("五、六月间雨水多。", "五六月间雨水多。")]
    [InlineData("每月有两、三条船停靠。", "每月有两三条船停靠。")] // 两 stays 两
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
