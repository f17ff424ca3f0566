using ZjgrLsp.Core.Rules.Typo;
using ZjgrLsp.Core.Tests.Rules;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Tests.Typos;

public class ClassicalQuotationsTests
{
    [Theory]
    [InlineData("山重水复疑无路，柳暗花明又一村")]          // verse: two clauses of seven
    [InlineData("春眠不觉晓，处处闻啼鸟。")]                // verse: two clauses of five
    [InlineData("学而时习之，不亦说乎")]                    // prose thick with particles
    public void VerseAndClassicalProse_ReadAsClassical(string quote) => Assert.True(ClassicalQuotations.IsClassical(quote));

    [Theory]
    [InlineData("我们一定要把这项工作做好")]                // today's prose
    [InlineData("全年完成投资20亿元，同比增长5%")]          // figures
    [InlineData("甬工惠")]                                  // a name, too short to judge
    [InlineData("稳字当头，稳中求进，进中提质")]            // four-character clauses: a slogan
    public void TodaysCopy_DoesNot(string quote) => Assert.False(ClassicalQuotations.IsClassical(quote));

    [Theory]
    [InlineData("他引用古诗“山重水复疑无路，柳暗花明又一村”勉励大家。", 1)]
    [InlineData("古人云：“学而时习之，不亦说乎？”", 1)]
    [InlineData("他说：“要坚持稳中求进，推动高质量发展。”", 0)]   // clauses of seven, but nothing cites a poem
    public void AQuotation_IsClassicalOnlyWhereACitingWordIntroducesIt(string text, int expected) =>
        Assert.Equal(expected, ClassicalQuotations.In(text, new TextSpan(0, text.Length)).Count);

    [Fact]
    public void TheModel_LeavesAQuotedPoemAlone()
    {
        var homophone = new HomophoneRule();
        // The same slip (有 for 又) is reported in prose and left alone inside a quoted line of verse.
        Assert.Single(RuleHarness.Run(homophone, "他说山重水复疑无路，柳暗花明有一村，要勉励大家。"));
        Assert.Empty(RuleHarness.Run(homophone, "他引用古诗“山重水复疑无路，柳暗花明有一村”勉励大家。"));
    }
}
