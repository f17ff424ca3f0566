using System.Collections.Immutable;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Linting;

/// <summary>
/// Lints files and folders from disk. Pages are grouped into issues by folder, and every page of a folder is read
/// as issue context even when only one of them is linted, so a page alone still sees its issue.
/// </summary>
public sealed class BatchLinter(Analyzer analyzer, ZjgrConfig? configOverride = null)
{
    private readonly Dictionary<string, IssueContext> _issues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ZjgrConfig> _configs = new(StringComparer.Ordinal);

    public LintResult Lint(IEnumerable<string> paths, CancellationToken cancellation = default)
    {
        var errors = ImmutableArray.CreateBuilder<PageError>();
        var targets = new List<string>();
        foreach (var p in paths)
        {
            if (File.Exists(p)) targets.Add(p);
            else if (Directory.Exists(p)) targets.AddRange(PageFiles.Under(p));
            else errors.Add(new PageError(p, "no such file or folder"));
        }

        var reports = ImmutableArray.CreateBuilder<PageReport>();
        foreach (var path in targets.Distinct())
        {
            cancellation.ThrowIfCancellationRequested();
            var (text, error) = PageReader.TryRead(path);
            if (text is null)
            {
                errors.Add(new PageError(path, error!));
                continue;
            }
            ZjgrConfig config;
            try { config = ConfigFor(path); }
            catch (ConfigException e)
            {
                errors.Add(new PageError(path, e.Message));
                continue;
            }
            // Lint the issue's own copy of the page when it has one, so issue-wide indexes are built once per folder.
            var full = Path.GetFullPath(path);
            var issue = IssueFor(path);
            var doc = issue.Pages.FirstOrDefault(p => p.Path == full && p.Text == text) ?? NewsDocument.Parse(full, text);
            var findings = analyzer.Analyze(doc, config, issue, cancellation);
            reports.Add(new PageReport(path, doc.Source, findings));
        }
        return new LintResult(reports.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>Lints a text that is not (yet) on disk as if it were the page at <paramref name="path"/>.</summary>
    public ImmutableArray<Finding> LintText(string path, string text, CancellationToken cancellation = default) =>
        analyzer.Analyze(NewsDocument.Parse(Path.GetFullPath(path), text), ConfigFor(path), IssueFor(path), cancellation);

    private ZjgrConfig ConfigFor(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!_configs.TryGetValue(dir, out var config))
            _configs[dir] = config = ConfigLocator.LoadFor(path);
        return configOverride is null ? config : config.MergedWith(configOverride);
    }

    private IssueContext IssueFor(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (_issues.TryGetValue(dir, out var issue)) return issue;
        var pages = new List<NewsDocument>();
        foreach (var page in PageFiles.SameIssue(path))
            if (PageReader.TryRead(page).Text is { } t) pages.Add(NewsDocument.Parse(Path.GetFullPath(page), t));
        return _issues[dir] = new IssueContext(pages);
    }

    /// <summary>Forgets what was read of a folder, after its pages were rewritten.</summary>
    public void Invalidate(string path) => _issues.Remove(Path.GetDirectoryName(Path.GetFullPath(path))!);
}
