using ZjgrLsp.Core.Hanzi;

namespace ZjgrLsp.Core.Tests.Hanzi;

public class CharacterTableTests
{
    [Theory]
    [InlineData('办', '班', Confusion.Homophone)]
    [InlineData('厉', '励', Confusion.Homophone)]
    [InlineData('部', '布', Confusion.Homophone)]
    [InlineData('症', '诊', Confusion.NearHomophone)]  // zheng / zhen
    [InlineData('股', '殷', Confusion.LookAlike)]
    [InlineData('己', '已', Confusion.LookAlike)]
    [InlineData('末', '未', Confusion.LookAlike)]
    [InlineData('队', '设', Confusion.None)]
    [InlineData('守', '牢', Confusion.None)]
    [InlineData('工', '工', Confusion.None)]
    public void Confuse_KnowsTheKindOfSlip(char a, char b, Confusion expected)
    {
        Assert.Equal(expected, CharacterTable.Default.Confuse(a, b));
        Assert.Equal(expected, CharacterTable.Default.Confuse(b, a));
    }

    [Fact]
    public void Table_CoversTheCommonCharacters()
    {
        Assert.True(CharacterTable.Default.Count > 20000);
        Assert.Equal(["zhong", "chong"], CharacterTable.Default.Syllables('重'));
        // Today's readings only: the Hanyu Da Zidian's 受 dào and 抵 zhǐ would suggest 导 and 致 as homophones.
        Assert.Equal(["shou"], CharacterTable.Default.Syllables('受'));
        Assert.Equal(["di"], CharacterTable.Default.Syllables('抵'));
    }
}
