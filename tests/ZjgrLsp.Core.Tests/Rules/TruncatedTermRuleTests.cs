using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Rules.Typo;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Rules;

public class TruncatedTermRuleTests
{
    private readonly TruncatedTermRule _rule = new();

    [Fact]
    public void TermCutShort_IsCompleted()
    {
        const string text = "有效预防化解劳动关系矛盾，在推动基层社会治中贡献工会力量。";
        Assert.Equal("有效预防化解劳动关系矛盾，在推动基层社会治理中贡献工会力量。", RuleHarness.Fixed(_rule, text));
        Assert.Contains("缺字", Assert.Single(RuleHarness.Run(_rule, text)).Message);
    }

    [Theory]
    [InlineData("加强社会治安综合治理。")]        // 社会治安 is another word
    [InlineData("坚持中国特色社会主义道路。")]
    [InlineData("全面推进社会治理现代化。")]
    [InlineData("完善工资集体协\n\n商制度。")]     // a column break: layout's business
    [InlineData("学习中国特色社会主义理论，提高理论素养。")] // 理论 of 理论体系 is a word: a complete phrase
    public void OtherWordsAndSplits_AreNotFlagged(string text) =>
        Assert.Empty(RuleHarness.Flagged(_rule, text));

    [Fact]
    public void WrongNextCharacter_IsLeftToTheConfusableRule()
    {
        const string mine = "培育一批职工文化建队领军人才。";
        var other = NewsDocument.Parse("/issue/01.txt", "培育一批职工文化建设领军人才。");
        var issue = new IssueContext([other, NewsDocument.Parse("/issue/02.txt", mine)]);
        Assert.Empty(RuleHarness.Flagged(_rule, mine, issue: issue));
    }
}
