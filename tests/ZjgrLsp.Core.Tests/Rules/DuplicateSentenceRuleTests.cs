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
