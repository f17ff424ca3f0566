using System.Collections.Concurrent;
using System.Collections.Immutable;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Files;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Linting;

/// <summary>
/// Lints files and folders from disk. Pages are grouped into issues by folder, and every page of a folder is read
/// as issue context even when only one of them is linted, so a page alone still sees its issue.
/// </summary>
public sealed class BatchLinter(Analyzer analyzer, ZjgrConfig? configOverride = null)
{
    private readonly ConcurrentDictionary<string, Lazy<IssueContext>> _issues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ZjgrConfig>> _configs = new(StringComparer.Ordinal);

    /// <summary>Called after each page with the number done and the total, one call at a time, from any thread.</summary>
    public Action<int, int>? Progress { get; init; }

    /// <summary>Called once for each zjgr.json with each setting that means nothing (unknown rule, bad option value).</summary>
    public Action<string>? Warning { get; init; }

    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);

    /// <summary>Pages larger than this are not read (a runaway file, /dev/zero behind a link).</summary>
    public long MaxPageBytes { get; init; } = PageReader.DefaultMaxBytes;

    /// <summary>The encoding every page is read in (--encoding); null to tell each page's from its bytes.</summary>
    public PageEncoding? Encoding { get; init; }

    /// <summary>
    /// Lints pages in parallel, one per core; reports come back in the order the pages were named, so output is
    /// the same on every run.
    /// </summary>
    public LintResult Lint(IEnumerable<string> paths, CancellationToken cancellation = default)
    {
        var pages = ImmutableArray.CreateBuilder<PageReport>();
        var errors = ImmutableArray.CreateBuilder<PageError>();
        LintEach(paths, pages.Add, errors.Add, cancellation);
        return new LintResult(pages.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>
    /// Lints pages in parallel, one per core, and hands each report or error over in the order the pages were
    /// named, as soon as it and every page before it are done, one call at a time. Nothing is kept after the
    /// hand-over, so a batch of any size holds only the pages still in flight.
    /// </summary>
    public void LintEach(IEnumerable<string> paths, Action<PageReport> onPage, Action<PageError> onError, CancellationToken cancellation = default)
    {
        // The language model's candidate tables take a few hundred milliseconds to build; started now on another
        // core, they are ready by the time the typo rules, which run last, ask for them.
        _ = Task.Run(() => Language.SpellingChecker.Default, cancellation);
        var targets = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            var facts = FileFacts.Of(p);
            switch (facts.Kind)
            {
                case FileKind.Regular:
                    if (seen.Add(facts.Identity)) targets.Add(p);
                    break;
                case FileKind.Directory:
                    foreach (var page in PageFiles.Under(p, s => onError(new PageError(s.Path, s.Reason)), cancellation))
                        if (seen.Add(FileFacts.Of(page).Identity)) targets.Add(page);
                    break;
                case FileKind.Other:
                    onError(new PageError(p, FileFacts.NotRegularFile));
                    break;
                default:
                    onError(new PageError(p, facts.Error ?? "no such file or folder"));
                    break;
            }
        }

        var finished = new (PageReport? Report, PageError? Error)?[targets.Count];
        var next = 0;
        var handOver = new object();
        var done = 0;
        // A folder's pages and indexes are dropped once its last page is linted, so memory holds a few issues, not all.
        var left = new ConcurrentDictionary<string, int>(targets.GroupBy(FolderOf).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        Parallel.For(0, targets.Count, new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var outcome = LintOne(targets[i], cancellation);
            var folder = FolderOf(targets[i]);
            if (left.AddOrUpdate(folder, 0, (_, n) => n - 1) == 0) _issues.TryRemove(folder, out _);
            lock (handOver)
            {
                Progress?.Invoke(++done, targets.Count);
                finished[i] = outcome;
                for (; next < targets.Count && finished[next] is { } ready; next++)
                {
                    finished[next] = null;
                    if (ready.Report is not null) onPage(ready.Report);
                    else onError(ready.Error!);
                }
            }
        });
    }

    private (PageReport? Report, PageError? Error) LintOne(string path, CancellationToken cancellation)
    {
        var (text, error, stamp, encoding) = PageReader.Read(path, MaxPageBytes, Encoding);
        if (text is null) return (null, new PageError(path, error!));
        ZjgrConfig config;
        IgnoreList ignored;
        try
        {
            config = ConfigFor(path);
            ignored = IgnoreList.LoadFor(path);
        }
        catch (ConfigException e) { return (null, new PageError(path, e.Message)); }
        // Lint the issue's own copy of the page when it has one, so issue-wide indexes are built once per folder.
        var full = Path.GetFullPath(path);
        var issue = IssueFor(path);
        var doc = issue.Pages.FirstOrDefault(p => p.Path == full && p.Text == text) ?? NewsDocument.Parse(full, text);
        return (new PageReport(path, doc.Source, ignored.Filter(doc, analyzer.Analyze(doc, config, issue, cancellation)), stamp, encoding), null);
    }

    /// <summary>Lints a text that is not (yet) on disk as if it were the page at <paramref name="path"/>.</summary>
    public ImmutableArray<Finding> LintText(string path, string text, CancellationToken cancellation = default) =>
        analyzer.Analyze(NewsDocument.Parse(Path.GetFullPath(path), text), ConfigFor(path), IssueFor(path), cancellation);

    private static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path))!;

    private ZjgrConfig ConfigFor(string path)
    {
        var dir = FolderOf(path);
        var config = _configs.GetOrAdd(dir, _ => new Lazy<ZjgrConfig>(() => ConfigLocator.LoadFor(path))).Value;
        if (config.SourcePath is { } source && Warning is not null && _warned.TryAdd(source, true))
            foreach (var warning in Rules.RuleRegistry.Check(config)) Warning(warning);
        return configOverride is null ? config : config.MergedWith(configOverride);
    }

    private IssueContext IssueFor(string path)
    {
        var dir = FolderOf(path);
        return _issues.GetOrAdd(dir, _ => new Lazy<IssueContext>(() =>
        {
            var pages = new List<NewsDocument>();
            foreach (var page in PageFiles.SameIssue(path))
                if (PageReader.TryRead(page, MaxPageBytes, Encoding).Text is { } t) pages.Add(NewsDocument.Parse(Path.GetFullPath(page), t));
            return new IssueContext(pages);
        })).Value;
    }

    /// <summary>Forgets what was read of a folder, after its pages were rewritten.</summary>
    public void Invalidate(string path) => _issues.TryRemove(FolderOf(path), out _);
}
