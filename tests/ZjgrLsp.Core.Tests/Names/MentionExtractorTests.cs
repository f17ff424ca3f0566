using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Names;

namespace ZjgrLsp.Core.Tests.Names;

public class MentionExtractorTests
{
    private static List<string> Mentions(string text) =>
        MentionExtractor.Of(NewsDocument.Parse("/issue/01.txt", text), "浙江")
            .Select(m => $"{m.Name}<-{string.Join("|", m.Posts.Select(p => p.Organisation + "/" + p.Title.Text))}").ToList();

    [Fact]
    public void TitleChains_AreReadWithTheirOrganisations()
    {
        Assert.Equal(["吕志良<-省总工会/党组书记|省总工会/常务副主席"], Mentions("会上，浙江省总工会党组书记、常务副主席吕志良就下阶段工作作出部署。"));
        Assert.Equal(["徐留平<-全国总工会/党组书记|全国总工会/副主席|全国总工会/书记处第一书记"],
            Mentions("全国总工会党组书记、副主席、书记处第一书记徐留平带队调研。"));
        Assert.Equal(["刘忻<-省人大常委会/副主任|省总工会/主席"], Mentions("浙江省人大常委会副主任、省总工会主席刘忻等参加调研。"));
        Assert.Equal(["谭天星<-全国总工会/副主席|全国总工会/党组成员"], Mentions("全总副主席、党组成员谭天星出席。"));
    }

    [Fact]
    public void NameLength_FollowsTheWordsAround()
    {
        Assert.Equal(["胡柯<-省总工会/副主席"], Mentions("省总工会副主席胡柯参加会议。"));
        Assert.Equal(["孙耀铜<-省总工会/副主席"], Mentions("省总工会副主席孙耀铜主持会议。"));
        Assert.Equal(["王浩<-省/省长"], Mentions("徐留平与浙江省省长王浩，江苏省委书记交换意见。"));
        Assert.Equal(["邹伟锋<-/记者", "顾志豪<-/通讯员"], Mentions("本报讯 记者邹伟锋 通讯员顾志豪报道 会议召开。"));
    }

    [Fact]
    public void SamePage_ReadWithAnotherRegion_IsReadAgain()
    {
        var page = NewsDocument.Parse("/issue/01.txt", "江苏省总工会主席张三出席。");
        Assert.Equal("江苏省总工会", MentionExtractor.Of(page, "浙江").Single().Posts[0].Organisation);
        Assert.Equal("省总工会", MentionExtractor.Of(page, "江苏").Single().Posts[0].Organisation);
    }

    [Fact]
    public void PostsAfterTheName_InBracketsOrANationalPost_AreRead()
    {
        Assert.Equal(["钱卫平<-市总工会/党组书记|市总工会/主席"], Mentions("会上，钱卫平（市总工会党组书记、主席）作了讲话。"));
        Assert.Equal(["孙建华<-国务院/总理"], Mentions("会见时，孙建华总理说，欢迎各位。"));
    }

    [Fact]
    public void ListAfterASharedPost_SharesIt_ButNotAfterAUniqueOne()
    {
        Assert.Equal(["钱卫平<-市总工会/主席", "孙建华<-市总工会/副主席", "夏雯<-市总工会/副主席", "司马平<-市总工会/副主席"],
            Mentions("市总工会主席钱卫平，副主席孙建华、夏雯、司马平出席。"));
        Assert.Equal(["钱卫平<-市总工会/主席"], Mentions("市总工会主席钱卫平、孙建华出席。"));
    }

    [Fact]
    public void NationalPostPrintedAlone_ImpliesItsOrganisation_ButNotAfterACountry()
    {
        Assert.Equal(["孙建华<-国务院/副总理"], Mentions("会上，副总理孙建华讲话。"));
        Assert.Equal(["莫迪<-/总理"], Mentions("孙建华会见了印度总理莫迪。"));
    }

    [Theory]
    [InlineData("深入贯彻习近平总书记关于工人阶级和工会工作的重要论述。")]
    [InlineData("习近平总书记任浙江工作期间提出的要求。")]
    [InlineData("他当选为大会主席团成员，在主席台就座。")]
    public void OrdinaryWordsAfterATitle_AreNoNames(string text) => Assert.Empty(Mentions(text));
}
