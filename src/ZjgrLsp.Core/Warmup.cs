using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Typos;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core;

/// <summary>
/// Gets a process ready to lint: loads the dictionaries, lexicons and language-model tables the rules use, then runs
/// every rule on two pages of its own, so that the rules' first-use work (their tables, and in a managed build the
/// compiling of their code) is paid in the background instead of on the first page the editor opens.
/// </summary>
public static class Warmup
{
    public static void Preload()
    {
        _ = Segmenter.Default.Cut("预热");
        _ = CharacterTable.Default.Count;
        _ = PhraseLexicon.Default.HalfLengths;
        _ = TermLexicon.Default.Child(0, '社');
        _ = TitleLexicon.Default.MaxTitleLength;
        _ = Language.SpellingChecker.Default?.CheckRun("预热模型的候选表", Segmenter.Default);
        var pages = new[] { NewsDocument.Parse("warmup/01.txt", FrontPage), NewsDocument.Parse("warmup/02.txt", InsidePage) };
        var issue = new IssueContext(pages);
        var analyzer = new Analyzer();
        foreach (var page in pages) _ = analyzer.Analyze(page, issue: issue);
    }

    // Made-up copy with a little of everything the rules read: masthead, headlines, datelines, people with their
    // posts, numbers, quotations, continuation markers, and a few slips of each kind.
    private const string FrontPage = """
        # 示例日报

        2024年3月4日 星期一 甲辰年正月廿四

        ## 全市职工技能竞赛开幕 三千余名选手同台比拼

        本报讯 记者王晓明报道 3月2日，全市职工职业技能竞赛在市体育中心开幕。市总工会主席李建国出席并讲话，副主席张红梅主持开幕式。

        李建国强调，要认真的学习先进经验，推动社会保障保障工作落到实处，让职工得到实实在在的实惠。据统计，本届竞赛共设20个项目，参赛选手约3000余人，比去年增长百分之十五左右。

        “我们要把技能人才培养好、使用好。"张红梅说，竞赛将持续到4月底（下转第2版）
        """;

    private const string InsidePage = """
        ## 技能竞赛（上接第1版）

        竞赛期间，市总工会副主席张红梅、王志强分别带队走访企业，了解职工需求。

        市总工会主席李建国在总结时指出，要在全社会形成尊重劳动、尊重知识、尊重人才的良好氛围。

        ## 新闻短波

        ●市民政局发布通知，今年将新建社区食堂30家。
        ●市人社局举办春季招聘会，提供岗位一万二千个。
        """;
}
