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

    [Fact]
    public void FourCornerKeys_MeetExactlyWhereFourOfFiveDigitsAgree()
    {
        // Each key is the code with one digit masked: two codes share a key for every position they may differ in
        // alone, so characters agreeing in four digits meet under one key, and a character meets itself under all five.
        var table = CharacterTable.Default;
        int[] Keys(char c)
        {
            var keys = new int[5];
            return keys[..table.FourCornerKeys(c, keys)];
        }
        Assert.Equal(5, Keys('末').Distinct().Count());
        Assert.Equal(5, Keys('末').Intersect(Keys('未')).Count()); // 5090.0 both
        Assert.Single(Keys('股').Intersect(Keys('殷'))); // 7724.7 and 2724.7: the first digit apart
        Assert.Empty(Keys('守').Intersect(Keys('牢'))); // 3034.2 and 3050.2: two digits apart
        Assert.Equal(0, table.FourCornerKeys('A', new int[5]));
    }
}
