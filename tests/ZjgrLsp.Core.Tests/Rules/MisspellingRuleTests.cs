using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Rules.Typo;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Tests.Rules;

public class MisspellingRuleTests
{
    private readonly MisspellingRule _rule = new();

    [Theory]
    [InlineData("会议对下一步工作进行了布署。", "会议对下一步工作进行了部署。")]
    [InlineData("双方签定了合作协议。", "双方签订了合作协议。")]
    [InlineData("要克服松驰情绪。", "要克服松弛情绪。")]
    [InlineData("职工们迫不急待地投入工作。", "职工们迫不及待地投入工作。")]       // jieba's dictionary lists this form
    [InlineData("参加了全省技能竞塞。", "参加了全省技能竞赛。")]                     // not a word at all
    [InlineData("工资直接打入个人帐户。", "工资直接打入个人账户。")]
    [InlineData("大部份职工已经返岗。", "大部分职工已经返岗。")]                     // inside a longer word that has a correct twin
    public void AKnownMisspelling_IsFixedToTheCorrectForm(string text, string expected) =>
        Assert.Equal(expected, RuleHarness.Fixed(_rule, text));

    [Theory]
    [InlineData("报纸公布署名文章。")]       // 公布|署名: the form straddles two words
    [InlineData("加强预防犯罪宣传。")]       // 预防|犯罪
    [InlineData("他主张以德报怨。")]         // inside an idiom
    [InlineData("堪察加半岛的火山。")]       // inside a place name
    [InlineData("增强人权意识。")]           // 人权|意识
    [InlineData("恢复盖章业务。")]           // 恢复|盖章
    [InlineData("会议部署了下一步工作，双方签订了协议。")]
    public void CorrectTextAndFormsAcrossWords_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Fact]
    public void AFormInTheUserDictionary_IsAccepted()
    {
        var config = ZjgrConfig.Parse("""{"dictionary": ["布署"]}""", "zjgr.json");
        Assert.Empty(RuleHarness.Flagged(_rule, "进行了布署。", config));
    }

    [Fact]
    public void Message_NamesTheCorrectFormAndTheKindOfSlip()
    {
        var f = Assert.Single(RuleHarness.Run(_rule, "进行了布署。"));
        Assert.Equal("“布署”应为“部署”（常见错别字，音近）", f.Message);
        Assert.Equal("布署", f.DictionaryWord);
    }

    [Fact]
    public void TheLexicon_ListsEachWrongFormOnce_AndNeverACorrectFormAsWrong()
    {
        var lines = ZjgrLsp.Core.Data.Lexicons.ReadLines("misspellings.txt").Select(l => l.Split(' ')).ToList();
        Assert.True(lines.Count > 250);
        var wrong = lines.Select(l => l[0]).ToHashSet();
        Assert.Equal(lines.Count, wrong.Count);
        Assert.DoesNotContain(lines, l => wrong.Contains(l[1]));
        Assert.NotNull(MisspellingLexicon.Default.CorrectionOf("布署"));
    }
}
