using ZjgrLsp.Core.Rules.Cont;

namespace ZjgrLsp.Core.Tests.Rules;

public class MarkerFormatRuleTests
{
    private readonly MarkerFormatRule _rule = new();

    [Theory]
    [InlineData("正文。\n\n(下转第4版)", "正文。\n\n（下转第4版）")]
    [InlineData("正文。（下转4版）", "正文。（下转第4版）")]
    [InlineData("（接第十二版）正文。", "（上接第12版）正文。")]
    [InlineData("正文。\n\n下转5版\n\n另一篇。", "正文。\n\n（下转第5版）\n\n另一篇。")] // no brackets, alone on its line
    [InlineData("正文。\n\n【下转第4版】", "正文。\n\n（下转第4版）")] // other brackets
    [InlineData("正文。\n\n（下转第4版)", "正文。\n\n（下转第4版）")] // mixed widths
    [InlineData("〔接1版〕正文。", "（上接第1版）正文。")]
    [InlineData("正文。\n\n转第４版", "正文。\n\n（下转第4版）")] // a full-width digit and the short 转
    public void OtherForms_AreFixedToTheHouseForm(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Fact]
    public void BareMarkerWordsInsideASentence_AreNoMarker() =>
        Assert.Empty(RuleHarness.Flagged(_rule, "文件下转5版面，由各地转第4版印发。"));

    [Fact]
    public void HouseForm_IsNotFlagged() => Assert.Empty(RuleHarness.Flagged(_rule, "正文。\n\n（下转第4版）\n\n（上接第1版）正文。"));
}
