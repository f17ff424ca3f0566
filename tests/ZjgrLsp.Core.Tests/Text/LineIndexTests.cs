using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Tests.Text;

public class LineIndexTests
{
    [Fact]
    public void GetPosition_NonBmpCharacter_CountsTwoUtf16Units()
    {
        var source = new SourceText("𠮷野家\n工会");
        Assert.Equal(new LinePosition(0, 2), source.GetPosition(2)); // after 𠮷, a surrogate pair
        Assert.Equal(new LinePosition(1, 1), source.GetPosition(6));
    }

    [Fact]
    public void GetPosition_CrLf_StartsNextLineAfterBothUnits()
    {
        var source = new SourceText("第一行\r\n第二行\r第三行");
        Assert.Equal(3, source.Lines.LineCount);
        Assert.Equal(new LinePosition(1, 0), source.GetPosition(5));
        Assert.Equal(new LinePosition(2, 1), source.GetPosition(10));
    }

    [Fact]
    public void GetOffset_PastLineEnd_ClampsBeforeLineBreak()
    {
        var source = new SourceText("工会\r\n职工");
        Assert.Equal(2, source.GetOffset(new LinePosition(0, 99)));
        Assert.Equal(source.Length, source.GetOffset(new LinePosition(7, 0)));
        Assert.Equal(0, source.GetOffset(new LinePosition(-1, 3)));
    }

    [Fact]
    public void GetPosition_PastEnd_ClampsToEnd()
    {
        var source = new SourceText("ab");
        Assert.Equal(new LinePosition(0, 2), source.GetPosition(50));
    }
}
