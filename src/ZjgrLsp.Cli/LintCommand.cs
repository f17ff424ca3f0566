using ZjgrLsp.Cli.Reporters;
using ZjgrLsp.Core;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Linting;
using ZjgrLsp.Core.Rules;

namespace ZjgrLsp.Cli;

/// <summary>`zjgr lint`: lint, optionally fix, report, and choose the exit code.</summary>
public sealed class LintCommand(TextWriter stdout, TextWriter stderr)
{
    /// <summary>
    /// A fix can make another fix due (a full-width bracket shows the page's house style), so --fix repeats until
    /// nothing is left to fix; this bounds the rounds should two rules ever undo each other.
    /// </summary>
    private const int MaxFixRounds = 5;

    /// <summary>Pages larger than this are not read.</summary>
    public long MaxPageBytes { get; init; } = PageReader.DefaultMaxBytes;

    /// <summary>The encoding every page is read and fixed in (--encoding); null to tell each page's from its bytes.</summary>
    public PageEncoding? Encoding { get; init; }

    /// <summary>Whether stderr is a terminal that gets a progress line; null to ask the console (tests say).</summary>
    internal bool? ProgressOnTerminal { get; init; }

    /// <summary>How long a batch runs before the progress line appears.</summary>
    internal TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>For tests: runs after a --fix round is linted and before its fixes are written (an editor saving meanwhile).</summary>
    internal Action? BeforeWritingFixes { get; init; }

    public int Run(string[] paths, string format, bool fix, Severity? failOn, string? configPath, bool unsafeFixes = false)
    {
        ZjgrConfig? overrides = null;
        if (configPath is not null)
        {
            try
            {
                overrides = ZjgrConfig.Parse(File.ReadAllText(configPath), configPath);
                foreach (var warning in RuleRegistry.Check(overrides)) stderr.WriteLine($"zjgr: warning: {warning}");
            }
            catch (Exception e) when (e is ConfigException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"zjgr: {e.Message}");
                return ExitCodes.Error;
            }
        }

        IReporter reporter = format switch
        {
            "json" => new JsonReporter(stdout),
            "sarif" => new SarifReporter(stdout),
            "html" => new HtmlReporter(stdout),
            _ => new TextReporter(stdout),
        };
        var errors = false;
        var failing = false;
        void Report(PageReport page)
        {
            reporter.WritePage(page);
            failing |= failOn is { } threshold && page.Findings.Any(f => f.Severity <= threshold);
        }
        void ReportError(PageError error)
        {
            stderr.WriteLine($"zjgr: {error.Path}: {error.Message}");
            errors = true;
        }

        // A progress line on a terminal only, and only once the batch has run a second: redirected stderr (CI logs)
        // and quick runs stay clean. It is cleared before each page's output, which may go to the same terminal.
        var showProgress = ProgressOnTerminal ?? (stderr == Console.Error && !Console.IsErrorRedirected);
        var progressShown = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var linter = new BatchLinter(new Analyzer(), overrides)
        {
            MaxPageBytes = MaxPageBytes,
            Encoding = Encoding,
            Warning = warning => { lock (stderr) stderr.WriteLine($"zjgr: warning: {warning}"); },
            Progress = showProgress ? (done, total) =>
            {
                if (total < 2 || clock.Elapsed < ProgressDelay) return;
                stderr.Write($"\rzjgr: {done}/{total} pages, {clock.Elapsed.TotalSeconds:0.0} s");
                progressShown = true;
            } : null,
        };
        void ClearProgress()
        {
            if (progressShown) stderr.Write("\r\u001b[2K");
            progressShown = false;
        }

        if (fix)
        {
            // Fixing one page changes its issue for the others, so the batch is linted whole, fixed, then linted again.
            var result = FixUntilSettled(linter, linter.Lint(paths), unsafeFixes);
            ClearProgress();
            foreach (var error in result.Errors) ReportError(error);
            foreach (var page in result.Pages) Report(page);
        }
        else
        {
            // Each page is written as soon as it and the pages before it are done, and then forgotten.
            linter.LintEach(paths, page => { ClearProgress(); Report(page); }, error => { ClearProgress(); ReportError(error); });
            ClearProgress();
        }
        reporter.Finish();
        stdout.Flush();

        if (errors) return ExitCodes.Error;
        return failing ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>
    /// Writes each page's preferred fixes (only those of rules safe to fix unseen, unless <paramref name="unsafeFixes"/>),
    /// lints the batch again, and repeats until no fix is left, so a second --fix changes nothing. A page is replaced
    /// only if it still holds what was read; one that changed meanwhile, is read-only, or cannot be replaced without
    /// harm is left as it was and named.
    /// </summary>
    private LintResult FixUntilSettled(BatchLinter linter, LintResult result, bool unsafeFixes)
    {
        var errors = result.Errors.ToBuilder();
        var fixedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < MaxFixRounds; round++)
        {
            BeforeWritingFixes?.Invoke();
            var written = new List<string>();
            foreach (var page in result.Pages)
            {
                if (refused.Contains(page.Path)) continue;
                if (page.Encoding is { CanWrite: false })
                {
                    // Said once, as a warning: the page's findings are still reported, and nothing went wrong.
                    refused.Add(page.Path);
                    stderr.WriteLine($"zjgr: warning: {page.Path}: not fixed: --fix does not write Word documents (.docx); its findings are reported, fix them in Word");
                    continue;
                }
                var edits = FixApplier.CollectPreferred(page.Findings.Where(f => unsafeFixes || RuleRegistry.Find(f.RuleId)?.Descriptor.SafeToFixAll == true));
                if (edits.Count == 0) continue;
                try
                {
                    // Written back in the encoding the page came in (a GB18030 page stays GB18030).
                    AtomicFile.WriteAllBytes(page.Path, PageReader.Encode(FixApplier.Apply(page.Source.Text, edits), page.Encoding), page.Stamp);
                    written.Add(page.Path);
                    fixedCounts[page.Path] = fixedCounts.GetValueOrDefault(page.Path) + edits.Count;
                }
                catch (FileNotReplacedException e)
                {
                    refused.Add(page.Path);
                    errors.Add(new PageError(page.Path, $"not fixed: {e.Message}"));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.EncoderFallbackException)
                {
                    refused.Add(page.Path);
                    errors.Add(new PageError(page.Path, $"cannot write fixes ({e.Message}); the file is unchanged"));
                }
            }
            if (written.Count == 0) break;
            foreach (var path in written) linter.Invalidate(path);
            var again = linter.Lint(result.Pages.Select(p => p.Path));
            errors.AddRange(again.Errors);
            result = again;
        }
        foreach (var (path, count) in fixedCounts) stderr.WriteLine($"zjgr: fixed {count} in {path}");
        return result with { Errors = errors.ToImmutable() };
    }
}
