using ZjgrLsp.Core.Documents;

namespace ZjgrLsp.Core.Tests.Documents;

public class NewsDocumentParserTests
{
    private const string FrontPage = """
        # 浙江工人日报

        倾情关注劳动群体 全心服务工会组织

        2024年7月1日 星期一 甲辰年五月廿六 总第12684号

        ## 全省工会宣传思想文化工作会议召开

        会议现场。  
        记者邹伟锋 摄

        本报讯 记者阮向民报道 全省工会宣传思想文化工作会议6月28日在杭州召开。

        一份沉甸甸的责任

        新华社北京6月30日电

        （下转第4版）
        """;

    [Fact]
    public void Parse_FrontPage_ClassifiesEveryBlock()
    {
        var doc = NewsDocument.Parse("p.txt", FrontPage);
        Assert.Equal(
            [BlockKind.Masthead, BlockKind.Masthead, BlockKind.Masthead, BlockKind.Headline, BlockKind.Caption,
             BlockKind.Paragraph, BlockKind.Headline, BlockKind.Dateline, BlockKind.ContinuationMarker],
            doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Parse_PageWithoutBlankLines_ReadsALineToABlock()
    {
        var page = "全省工会宣传思想文化工作会议召开\n本报讯 记者阮向民报道 会议6月28日在杭州召开。\n会议强调，要聚焦聚力，奋力推动\n全省工会宣传思想文化工作高质量发展。\n";
        var doc = NewsDocument.Parse("p.txt", page);
        Assert.Equal([BlockKind.Headline, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
        Assert.Equal("会议强调，要聚焦聚力，奋力推动", doc.Source[doc.Blocks[2].Span]);
    }

    [Fact]
    public void Parse_LongBareHeadlineOfSeveralDecks_IsAHeadline()
    {
        var doc = NewsDocument.Parse("p.txt", "徐留平在浙江江苏调研工会工作时指出 强化工会数智化建设 做好新就业形态劳动者工会工作\n\n本报讯 正文。\n");
        Assert.Equal([BlockKind.Headline, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Parse_PageWithBlankLines_KeepsACaptionAndItsCreditTogether()
    {
        var doc = NewsDocument.Parse("p.txt", FrontPage);
        var caption = Assert.Single(doc.Blocks, b => b.Kind == BlockKind.Caption);
        Assert.Contains("记者邹伟锋 摄", doc.Source[caption.Span]);
    }

    [Fact]
    public void Parse_HeadingMarks_AreNotPartOfTheHeadlineSpan()
    {
        var doc = NewsDocument.Parse("p.txt", FrontPage);
        var headline = doc.Blocks.First(b => b.HeadingLevel == 2);
        Assert.Equal("全省工会宣传思想文化工作会议召开", doc.Source[headline.Span]);
    }

    [Fact]
    public void Parse_Byline_BecomesTheLeadOfItsParagraph()
    {
        var doc = NewsDocument.Parse("p.txt", FrontPage);
        var lead = doc.BodyParagraphs.Single().Lead!.Value;
        Assert.Equal("本报讯 记者阮向民报道", doc.Source[lead]);
    }

    [Fact]
    public void Parse_ContinuationMarker_ReadsDirectionAndPage()
    {
        var doc = NewsDocument.Parse("p.txt", "正文。(下转4版)\n\n（上接第十二版）");
        Assert.Collection(doc.ContinuationMarkers,
            m => { Assert.True(m.Forward); Assert.Equal(4, m.Page); },
            m => { Assert.False(m.Forward); Assert.Equal(12, m.Page); });
    }

    [Fact]
    public void Parse_BomAndCrLf_SpansPointAtTheText()
    {
        var text = "\uFEFF一份沉甸甸的责任\r\n\r\n记者某某报道 正文𠮷很长,还有一句。\r\n";
        var doc = NewsDocument.Parse("p.txt", text);
        Assert.Equal(2, doc.Blocks.Count);
        Assert.Equal(1, doc.Blocks[0].Span.Start);
        Assert.Equal("一份沉甸甸的责任", doc.Source[doc.Blocks[0].Span]);
        Assert.Equal("记者某某报道 正文𠮷很长,还有一句。", doc.Source[doc.Blocks[1].Span]);
        Assert.Equal(2, doc.Blocks[1].Line);
    }

    [Theory]
    [InlineData("本报记者 王烁")]
    [InlineData("本报评论员")]
    [InlineData("新华社记者刘荒 本报记者董伟")]
    [InlineData("（安吉县总工会 周春雨）")]
    public void Parse_CreditLineUnderAHeadline_IsADateline(string credit)
    {
        var doc = NewsDocument.Parse("p.txt", $"## 人机大战了犹未了\n\n{credit}\n\n正文第一段。");
        Assert.Equal([BlockKind.Headline, BlockKind.Dateline, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
    }

    [Theory]
    [InlineData("尽快落实收购政策\n\n切实保证农民增产增收，保护农民生产积极性\n\n本报北京1月8日讯 正文。")] // a deck under a headline
    [InlineData("上一篇的结尾。\n\n库网并举，拓宽信息服务领域\n\n新华社北京6月9日电 正文。")] // above a dateline
    [InlineData("上一篇的结尾。\n\n承德市一年实现农业增加值40亿元，23万人稳定脱贫\n\n编者按：正文。")] // above 编者按
    public void Parse_HeadlineLineWithACommaInAHeadlineGroup_IsAHeadline(string text)
    {
        var doc = NewsDocument.Parse("p.txt", text);
        Assert.Equal(BlockKind.Headline, doc.Blocks[1].Kind);
    }

    [Theory]
    [InlineData("## 巾帼建功新时代\n\n——记全国三八红旗手张三\n\n本报记者 李四\n\n正文第一段。")] // a subhead opening with ——
    [InlineData("要闻\n\n## 巾帼建功新时代\n\n本报记者 李四\n\n正文第一段。")] // a section label
    public void Parse_SubheadsAndSectionLabels_AreHeadlines(string text)
    {
        var doc = NewsDocument.Parse("p.txt", text);
        Assert.Equal([BlockKind.Headline, BlockKind.Headline, BlockKind.Dateline, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Parse_ShortFragmentWithComma_IsBodyNotHeadline()
    {
        var doc = NewsDocument.Parse("p.txt", "会议期间,与会人员实地参\n\n观了浙江工会融媒平台。");
        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("#")]
    [InlineData("\uFEFF")]
    [InlineData("\r\r\r（")]
    public void Parse_StrangeInput_DoesNotThrow(string text)
    {
        var doc = NewsDocument.Parse("p.txt", text);
        Assert.Equal(text, doc.Text);
    }
}
