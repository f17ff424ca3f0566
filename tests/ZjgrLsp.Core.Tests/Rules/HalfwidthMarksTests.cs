using System.Text.RegularExpressions;
using ZjgrLsp.Core.Rules.Punct;

namespace ZjgrLsp.Core.Tests.Rules;

/// <summary>The links whose marks punct/halfwidth leaves alone are found as a plain scan of the pattern finds them.</summary>
public class HalfwidthMarksTests
{
    [Theory]
    [InlineData("来稿请发至zjgr@163.com,或登录http://www.zjgr.cn/tg?id=1。")]
    [InlineData("联系人:张三，电子信箱:news.desk+tips@mail.zjgr.com.cn;电话:0571-12345678")]
    [InlineData("@新华社 的报道称，网友@某某 留言。没有地址：a@b，也没有www")]
    [InlineData("www.zjgr.cn中文@x.cn 与 http://a.com/x@b.com 以及 http:// 之后")]
    [InlineData("职工们说，活动很好。邮箱是工会@总工会.中国，网址www.工会.cn。")]
    [InlineData("a@b.c@d.e f_g-h@i-j.k 〇〇@z.cn 々々@y.cn ＠全角")]
    [InlineData("网友@甲 @乙 见http://a.cn 和 www.b.cn 及 c@d.cn http://e.cn/@f.cn www.g.cn@h.cn 结束@")]
    [InlineData("")]
    public void Links_AreWhatScanningThePatternFinds(string text)
    {
        var scanned = new Regex(HalfwidthMarks.LinkPattern).Matches(text).Select(m => (m.Index, m.Length)).ToList();
        Assert.Equal(scanned, HalfwidthMarks.Links(text).Select(m => (m.Index, m.Length)).ToList());
    }

    [Fact]
    public void Links_FindAddressesAndUrls_NotMentions()
    {
        var text = "请发至 zjgr@163.com ，或访问 http://www.zjgr.cn 。网友@某某留言。";
        Assert.Equal(["zjgr@163.com", "http://www.zjgr.cn"], HalfwidthMarks.Links(text).Select(m => m.Value).ToList());
    }
}
