using ZjgrLsp.Core.Rules.Dup;

namespace ZjgrLsp.Core.Tests.Rules;

public class DuplicateSentenceRuleTests
{
    private readonly DuplicateSentenceRule _rule = new();

    private const string Pasted = "切实提升劳动者素养能力，充分调动各行各业创新创业热情，为建设高素养劳动者队伍贡献力量。";

    [Fact]
    public void SentenceTailPastedIntoAnotherParagraph_IsFlaggedOnClauseBoundaries()
    {
        var text = $"会议围绕重点工作举措，{Pasted}\n\n会议要求，省各产业工会要不断深化认识，{Pasted}";
        Assert.Equal([Pasted], RuleHarness.Flagged(_rule, text));
    }

    [Fact]
    public void WholeSentenceRepeat_CanBeDeleted()
    {
        var text = $"开头一句话。{Pasted}\n\n另一段开头。{Pasted}";
        Assert.Equal($"开头一句话。{Pasted}\n\n另一段开头。", RuleHarness.Fixed(_rule, text));
    }

    [Fact]
    public void ParallelWordingInsideSentences_IsNotFlagged()
    {
        // The same clauses in two items of a notice, mid-sentence in both and followed by more: wording, not a paste.
        const string shared = "要撤销其负责人和经办人员的职务，并追究有关人员的责任";
        var text = $"各银行用拆借资金从事股票交易的，{shared}，情节严重的移送司法机关。\n\n各信托机构违规发放贷款的，{shared}，同时收回贷款。";
        Assert.Empty(RuleHarness.Flagged(_rule, text));
    }

    [Fact]
    public void BoilerplateOfNumberedItems_IsNotFlagged()
    {
        const string shared = "该期国库券为贴现国债，期限一年，按票面金额予以偿还。";
        var text = $"5.去年发行的一期国库券，于今年1月12日到期兑付。{shared}\n\n6.去年发行的四期国库券，于今年4月2日到期兑付。{shared}";
        Assert.Empty(RuleHarness.Flagged(_rule, text));
    }

    [Fact]
    public void SharedTitleOrSlogan_IsNotFlagged()
    {
        const string title = "全国总工会党组书记、副主席、书记处第一书记徐留平";
        var text = $"{title}出席会议并讲话。\n\n会后，{title}还走访了职工。";
        Assert.Empty(RuleHarness.Flagged(_rule, text));
    }

    [Fact]
    public void WholeParagraphRepeat_IsLeftToDupParagraph()
    {
        var text = $"{Pasted}\n\n{Pasted}";
        Assert.Empty(RuleHarness.Flagged(_rule, text));
    }
}
