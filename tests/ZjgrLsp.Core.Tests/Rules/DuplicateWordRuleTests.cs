using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Rules.Dup;

namespace ZjgrLsp.Core.Tests.Rules;

public class DuplicateWordRuleTests
{
    private readonly DuplicateWordRule _rule = new();

    [Theory]
    [InlineData("市社会保障保障局发布通知。", "保障保障", "市社会保障局发布通知。")]
    [InlineData("推动成果转化转化为生产力。", "转化转化", "推动成果转化为生产力。")]
    [InlineData("各项措施措施的落实。", "措施措施", "各项措施的落实。")]
    [InlineData("浙江工人日报浙江工人日报讯。", "浙江工人日报浙江工人日报", "浙江工人日报讯。")]
    public void DoubledWord_IsFlaggedAndFixed(string text, string flagged, string fixedText)
    {
        Assert.Equal([flagged], RuleHarness.Flagged(_rule, text));
        Assert.Equal(fixedText, RuleHarness.Fixed(_rule, text));
    }

    [Theory]
    [InlineData("大家实实在在地干。")]
    [InlineData("我们研究研究再说。")]
    [InlineData("一步一步往前走。")]
    [InlineData("天天向上，人人有责。")]
    [InlineData("哈哈哈哈，真好。")]
    [InlineData("工会会员代表大会。")]
    [InlineData("大家高高兴兴地回家。")]                 // AABB
    [InlineData("一次又一次地尝试。")]
    [InlineData("他们算不算不幸？")]                   // A不A before another 不
    [InlineData("想出去闯荡闯荡，看看世界。")]         // a verb tried out, ending its clause
    [InlineData("大家再琢磨琢磨吧。")]
    [InlineData("老话说，嫁汉嫁汉，穿衣吃饭。")]       // a saying: no word, a clause of its own
    public void LegitimateReduplication_IsNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Fact]
    public void DictionaryWord_IsNotFlagged()
    {
        var config = ZjgrConfig.Parse("""{ "dictionary": ["加油加油"] }""");
        Assert.Empty(RuleHarness.Flagged(_rule, "现场喊着加油加油。", config));
    }

    [Fact]
    public void NonBmpUnit_IsFlaggedOnWholeCharacters()
    {
        const string text = "𠮷祥𠮷祥如意。";
        Assert.Equal(["𠮷祥𠮷祥"], RuleHarness.Flagged(_rule, text));
        Assert.Equal("𠮷祥如意。", RuleHarness.Fixed(_rule, text));
    }
}
