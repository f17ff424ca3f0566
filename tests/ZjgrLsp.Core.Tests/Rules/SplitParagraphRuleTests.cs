using ZjgrLsp.Core.Rules.Layout;

namespace ZjgrLsp.Core.Tests.Rules;

public class SplitParagraphRuleTests
{
    private readonly SplitParagraphRule _rule = new();

    [Theory]
    [InlineData("三、各分行要严格管理商业银行与证券公司之间的拆借业务\n\n1.全国各信托投资公司要清理拆借资金。")] // a line introducing numbered items
    [InlineData("她对姑娘们说，你们要相信自己，就应该相信——\n\n姑娘们好！你们能行。")] // a dash ends the line on purpose
    [InlineData("会议的最后一段话没有句号\n\n新华社北京6月9日电 另一篇文章。")] // a new article starts below
    [InlineData("他在会上动情地对大家说：“\n\n我们一定要把这件事办好。”")] // a quotation opened for the next paragraph
    public void LinesThatEndOnPurpose_AreNotSplits(string text) => Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Fact]
    public void ADecimalNumberOpeningTheRest_IsNoListItem()
    {
        const string text = "近三年来，该市累计举办技能竞赛800余场，参与人数达\n\n2.6万名，仅去年就有189名织布工取得高级工资格。";
        Assert.Single(RuleHarness.Flagged(_rule, text));
    }

    [Fact]
    public void ParagraphCutMidSentence_IsJoinedWithItsRest()
    {
        const string text = "围绕落实全总工作部署进行深入调研，听取各级\n\n工会的意见建议，看望慰问劳模工匠。";
        var f = Assert.Single(RuleHarness.Run(_rule, text));
        Assert.Equal("各级", text.Substring(f.Span.Start, f.Span.Length));
        Assert.Equal("围绕落实全总工作部署进行深入调研，听取各级工会的意见建议，看望慰问劳模工匠。", RuleHarness.Fixed(_rule, text));
    }

    [Fact]
    public void CaptionBetweenTheHalves_MovesAfterTheJoinedParagraph()
    {
        const string text = "会议要求进一步加大源头参与力度，积极参与涉及职工\n\n\n\n召开全省现场推进会。\n\n利益的法规政策制定。";
        Assert.Equal("会议要求进一步加大源头参与力度，积极参与涉及职工利益的法规政策制定。\n\n召开全省现场推进会。", RuleHarness.Fixed(_rule, text));
    }

    [Fact]
    public void DisplacedRest_IsMovedBack()
    {
        const string text = "选好配强基层工会干部队伍，推动乡镇（街道）建立总工\n\n强主业 维权服务谱新篇\n\n“请问是桐乡市总工会吗？”近日，桐乡市总工会收到一份樱桃。\n\n会、配备专职工会干部，建好工作者队伍。";
        var f = Assert.Single(RuleHarness.Run(_rule, text));
        Assert.Contains("错放", f.Message);
        Assert.StartsWith("选好配强基层工会干部队伍，推动乡镇（街道）建立总工会、配备专职工会干部，建好工作者队伍。\n\n强主业", RuleHarness.Fixed(_rule, text));
    }

    [Theory]
    [InlineData("会议强调，要聚焦聚力。\n\n下一段落。")]
    [InlineData("他说：\n\n“我们一定完成任务。”")]
    [InlineData("职工说：\"很好。\"\n\n下一段落。")]                // a straight quote after the full stop
    [InlineData("省总工会出台意见\n\n正文第一段。")]          // a bare headline, not a paragraph
    [InlineData("一是加强组织建设，扩大覆盖面；\n\n二是提升服务能力，办好实事。")] // a list, one item a paragraph
    [InlineData("（一）加强组织建设，扩大覆盖面；\n\n（二）提升服务能力，办好实事。")]
    public void FinishedParagraphs_AreNotFlagged(string text) => Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Theory]
    [InlineData("会议要求各级工会进一步加大参与力度𠀀𠀁𠀂𠀃", true)]   // the last eight units start inside a pair
    [InlineData("𠀀𠀁𠀂𠀃会议要求各级工会进一步加大参与力度", false)]
    public void Excerpt_NeverCutsASurrogatePair(string text, bool fromEnd)
    {
        var excerpt = Core.Rules.Layout.SplitParagraphRule.Excerpt(text, fromEnd);
        Assert.True(System.Text.Unicode.Utf8.IsValid(System.Text.Encoding.UTF8.GetBytes(excerpt)) && !excerpt.Any(c => char.IsSurrogate(c) && !IsPaired(excerpt, excerpt.IndexOf(c))), excerpt);
    }

    private static bool IsPaired(string s, int i) =>
        char.IsHighSurrogate(s[i]) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
