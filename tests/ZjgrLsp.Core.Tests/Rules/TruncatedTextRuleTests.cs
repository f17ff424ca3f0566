using ZjgrLsp.Core.Rules.Layout;

namespace ZjgrLsp.Core.Tests.Rules;

public class TruncatedTextRuleTests
{
    private readonly TruncatedTextRule _rule = new();

    [Fact]
    public void TextCutBeforeAHeadline_IsFlaggedWithoutFix()
    {
        const string text = "这样不仅免去了职工的奔波，也减轻了对企业正\n\n兰溪市总工会突出技能关键点\n\n正文。";
        var f = Assert.Single(RuleHarness.Run(_rule, text));
        Assert.Equal("业正", text.Substring(f.Span.Start, f.Span.Length));
        Assert.Empty(f.Fixes);
    }

    [Fact]
    public void TextCutAtTheEndOfThePage_IsFlagged() =>
        Assert.Single(RuleHarness.Run(_rule, "正文第一句。这一句没有写完，就到了"));

    [Theory]
    [InlineData("全年工作成绩显著。（完）")]
    [InlineData("会议取得圆满成功。（记者 张三）")]
    [InlineData("（本报记者 李四）")]
    public void ClosingNotesInBrackets_AreNotCuts(string text) => Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Fact]
    public void SplitWithItsRest_IsLeftToSplitParagraph() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "听取各级干部的\n\n意见建议，看望慰问劳模。"));
}
