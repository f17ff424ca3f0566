using ZjgrLsp.Core.Text;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core.Tests.Typos;

public class HanTextTests
{
    [Fact]
    public void Runs_AreTheMaximalStretchesOfHanCharacters()
    {
        Assert.Equal([new TextSpan(0, 2), new TextSpan(6, 2), new TextSpan(11, 2)], HanText.Runs("今年2024全市GDP增长。"));
        Assert.Empty(HanText.Runs("GDP 5.2%"));
        Assert.Equal([new TextSpan(0, 4)], HanText.Runs("职工之家"));
    }
}
