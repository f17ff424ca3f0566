using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Names;

namespace ZjgrLsp.Core.Tests.Names;

/// <summary>People found wherever the copy names them; the names are made up.</summary>
public class PersonNamesTests
{
    private static string[] Names(string text) =>
        [.. PersonNames.Of(NewsDocument.Parse("/issue/page.txt", text), "浙江").OrderBy(n => n.Span.Start).Select(n => n.Name)];

    [Fact]
    public void ListBesideASpeaker_IsPeople() =>
        Assert.Equal(["钱卫平", "孙建华"], Names("参加活动的有孙建华、钱卫平。孙建华说，活动很成功。"));

    [Theory]
    [InlineData("本报讯（记者钱卫平）昨天，会议召开。", "钱卫平")]
    [InlineData("会上，钱卫平指出，要抓好落实。", "钱卫平")]
    [InlineData("夏雯说，今年要办好十件实事。", "夏雯")]
    [InlineData("欧阳建华强调，要抓落实。", "欧阳建华")]
    [InlineData("钱卫平同志的讲话很受欢迎。", "钱卫平")]
    [InlineData("市总工会主席钱卫平参加了会议。", "钱卫平")]
    [InlineData("钱卫平（市总工会主席）参加了会议。", "钱卫平")]
    [InlineData("图为钱卫平在车间查看生产情况。", "钱卫平")] // a caption
    public void NameInANewsContext_IsAPerson(string text, string name) => Assert.Equal([name], Names(text));

    [Fact]
    public void TwoCharacterNameAndTwoCharacterSurname_AreTakenWhole() =>
        Assert.Equal(["司马平"], Names("司马平表示，要办好实事。"));

    [Theory]
    [InlineData("服务很周到，大家都很高兴，万一出事也不怕。")]
    [InlineData("文章指出，要抓好落实。")] // 文 is a surname, 文章 a word
    [InlineData("高新区指出，要抓好营商环境。")] // a place
    [InlineData("江南造船厂表示，新船已经下水。")] // an organisation
    public void Words_AreNoPeople(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("国际商会主席赫尔穆特·莫赫出席。", "赫尔穆特·莫赫")] // a transliteration: one name, no surname inside
    [InlineData("阿不都·热合曼说，今年收成好。", "阿不都·热合曼")] // a 少数民族 name
    [InlineData("记者阿依古丽·买买提报道。", "阿依古丽·买买提")]
    public void NamesWithDots_AreOneNameInAPersonsContext(string text, string name) => Assert.Equal([name], Names(text));

    [Fact]
    public void DottedWordsOutsideAPersonsContext_AreNoPeople() => Assert.Empty(Names("这里的葡萄·哈密瓜都很甜。"));
}
