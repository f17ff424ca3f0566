using ZjgrLsp.Core.Segmentation;

namespace ZjgrLsp.Core.Tests.Segmentation;

public class SegmenterTests
{
    private static string[] Cut(Segmenter s, string text, bool hmm = true) => s.Cut(text, hmm).Select(t => t.Word).ToArray();

    [Fact]
    public void Cut_ClassicExample_MatchesJieba()
    {
        Assert.Equal(["南京市", "长江大桥"], Cut(Segmenter.Default, "南京市长江大桥"));
        Assert.Equal(["我", "来到", "北京", "清华大学"], Cut(Segmenter.Default, "我来到北京清华大学"));
    }

    [Fact]
    public void Cut_UnknownWord_IsFoundByTheHmmOnly()
    {
        Assert.Contains("杭研", Cut(Segmenter.Default, "他来到了网易杭研大厦"));
        Assert.DoesNotContain("杭研", Cut(Segmenter.Default, "他来到了网易杭研大厦", hmm: false));
    }

    [Fact]
    public void Cut_Tokens_CoverTheTextExactly_AndKeepSurrogatePairs()
    {
        const string text = "𠮷野家，\r\nAT&T公司 3.5%的增长";
        var tokens = Segmenter.Default.Cut(text);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Word)));
        Assert.Equal("𠮷", tokens[0].Word);
        Assert.Contains(tokens, t => t.Word == "\r\n");
        Assert.All(tokens, t => Assert.False(char.IsLowSurrogate(text[t.Start])));
    }

    [Fact]
    public void Tag_ComesFromTheDictionary()
    {
        Assert.Equal("ns", Segmenter.Default.Tag("杭州"));
        Assert.Equal("nr", Segmenter.Default.Tag("鲁迅"));
        Assert.Null(Segmenter.Default.Tag("不是一个词语"));
    }

    [Fact]
    public void AddWord_MakesTheWordWin()
    {
        var s = new Segmenter();
        Assert.DoesNotContain("数智化", Cut(s, "强化工会数智化建设", hmm: false));
        s.AddWord("数智化", tag: "n");
        Assert.Contains("数智化", Cut(s, "强化工会数智化建设", hmm: false));
        Assert.Equal("n", s.Tag("数智化"));
    }
}

public class SegmenterCacheTests
{
    [Fact]
    public void For_SameWords_SharesOneSegmenter_AndKnowsTheWords()
    {
        var a = SegmenterCache.For(["数智化", "工会驿站"]);
        var b = SegmenterCache.For(["工会驿站", "数智化", " "]);
        Assert.Same(a, b);
        Assert.True(a.Frequency("数智化") > 0);
        Assert.Same(Segmenter.Default, SegmenterCache.For([]));
        Assert.Equal(0, Segmenter.Default.Frequency("数智化"));
    }
}

public class WordDictionaryTests
{
    [Fact]
    public void Enumerating_GivesEveryWordWithItsFrequencyAndTag()
    {
        var dictionary = WordDictionary.Default;
        var all = dictionary.EnumerateWords().ToList();
        Assert.Equal(349_045, all.Count); // jieba 0.42.1's dict.txt, every entry with a frequency
        Assert.Contains(all, w => w.Word == "再接再厉" && w.Tag == "i");
        Assert.All(all.Where((_, k) => k % 3000 == 0), w => Assert.Equal(w.Frequency, dictionary.Frequency(w.Word)));
    }

    [Theory]
    [InlineData(4, "i")]
    [InlineData(2, "nr")]
    [InlineData(1, "n")]
    [InlineData(7, "i")]
    public void WordsOfOneLengthAndTag_ReadFromTheirDepth_AreThoseOfTheWholeList_InTheSameOrder(int length, string tag)
    {
        var dictionary = WordDictionary.Default;
        var expected = dictionary.EnumerateWords().Where(w => w.Word.Length == length && w.Tag == tag).Select(w => w.Word).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, dictionary.WordsOfLength(length, tag));
        Assert.Empty(dictionary.WordsOfLength(length, "no-such-tag"));
    }
}
