using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests.Names;

public class IssueDayTests
{
    private const string Shared = "全省工会宣传思想文化工作会议6月28日在杭州召开，会议深入学习贯彻习近平文化思想。";

    [Fact]
    public void DateOf_ReadsTheMastheadOrTheFolder()
    {
        Assert.Equal(new DateOnly(2024, 7, 1), IssueDay.DateOf(NewsDocument.Parse("/x/01.txt", "# 浙江工人日报\n\n2024年7月1日 星期一 总第12684号\n\n正文。")));
        Assert.Equal(new DateOnly(2024, 7, 2), IssueDay.DateOf(NewsDocument.Parse("/x/2024-07-02/01.txt", "正文。")));
        Assert.Null(IssueDay.DateOf(NewsDocument.Parse("/x/01.txt", "新华社北京6月30日电 习近平2022年10月16日在大会上的报告")));
    }

    [Fact]
    public void UndatedPage_JoinsTheDayWhoseTextItShares()
    {
        var day1 = NewsDocument.Parse("/x/01.txt", $"# 浙江工人日报\n\n2024年7月1日 星期一\n\n{Shared}");
        var day2 = NewsDocument.Parse("/x/02.txt", "# 浙江工人日报\n\n2023年1月18日 星期三\n\n另一天的文章，内容完全不同，讲的是别的事情。");
        var edition = NewsDocument.Parse("/x/03.txt", Shared.Replace('，', ','));
        var issue = new IssueContext([day1, day2, edition]);
        Assert.Equal(["/x/01.txt", "/x/03.txt"], IssueDay.SameDay(edition, issue).Select(p => p.Path).Order());
        Assert.Equal(["/x/02.txt"], IssueDay.SameDay(day2, issue).Select(p => p.Path));
    }
}
