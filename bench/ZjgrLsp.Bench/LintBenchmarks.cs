using BenchmarkDotNet.Attributes;
using ZjgrLsp.Core;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Linting;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Bench;

/// <summary>
/// Lint of one seed page, warm: the page's issue (its folder) is already read, as in the server after the
/// first lint, so this measures what an edit costs: parse plus every rule.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private string _text = "";
    private string _path = "";
    private IssueContext _issue = IssueContext.Empty;
    private readonly Analyzer _analyzer = new();
    private readonly Analyzer _typos = new(RuleRegistry.All.Where(r => r.Descriptor.Family == "typo").ToList());
    private readonly Analyzer _names = new(RuleRegistry.All.Where(r => r.Descriptor.Family == "name").ToList());

    [Params("000_710bbc81166087d6.txt", "004_0621f6251e63180d.txt")]
    public string Page { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var seeds = ZjgrLsp.Testing.RepoPaths.Seeds;
        _path = Path.Combine(seeds, Page);
        _text = File.ReadAllText(_path);
        _issue = new IssueContext(PageFiles.SameIssue(_path).Select(p => NewsDocument.Parse(p, File.ReadAllText(p))).ToList());
    }

    [Benchmark]
    public NewsDocument Parse() => NewsDocument.Parse(_path, _text);

    /// <summary>The typo rules alone (issue 4's benchmark), warm: lexicons loaded, the issue's n-grams indexed.</summary>
    [Benchmark]
    public int TypoPass() => _typos.Analyze(NewsDocument.Parse(_path, _text), ZjgrConfig.Empty, _issue).Length;

    /// <summary>
    /// The name rules alone (issue 13's budget: under 3 ms on a 5k-character page): the edited page's people and the
    /// day's variants found afresh, the other pages' people cached with them.
    /// </summary>
    [Benchmark]
    public int NamePass() => _names.Analyze(NewsDocument.Parse(_path, _text), ZjgrConfig.Empty, _issue).Length;

    private int _fresh;

    /// <summary>
    /// The same on a page never seen before: a number at each paragraph's end makes every paragraph new to the
    /// caches by text (the name pass's segmentation), as on a page's first lint.
    /// </summary>
    [Benchmark]
    public int NamePassFirstLint() =>
        _names.Analyze(NewsDocument.Parse(_path, _text.Replace("\n\n", $"{++_fresh}\n\n")), ZjgrConfig.Empty, _issue).Length;

    [Benchmark]
    public int LintPage() => _analyzer.Analyze(NewsDocument.Parse(_path, _text), ZjgrConfig.Empty, _issue).Length;
}
