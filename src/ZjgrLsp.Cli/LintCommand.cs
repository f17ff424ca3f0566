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
    public int Run(string[] paths, string format, bool fix, Severity? failOn, string? configPath, bool unsafeFixes = false)
    {
        ZjgrConfig? overrides = null;
        if (configPath is not null)
        {
            try { overrides = ZjgrConfig.Parse(File.ReadAllText(configPath), configPath); }
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

        // A progress line on a terminal only: redirected stderr (CI logs) stays clean. It is cleared before each
        // page's output, which may go to the same terminal.
        var showProgress = stderr == Console.Error && !Console.IsErrorRedirected;
        var progressShown = false;
        var linter = new BatchLinter(new Analyzer(), overrides)
        {
            Progress = showProgress ? (done, total) =>
            {
                if (total < 2) return;
                stderr.Write($"\rzjgr: {done}/{total} pages");
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
            var result = FixAndRelint(linter, linter.Lint(paths), unsafeFixes);
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
    /// then lints the fixed pages again so the report shows what is left.
    /// </summary>
    private LintResult FixAndRelint(BatchLinter linter, LintResult result, bool unsafeFixes)
    {
        var errors = result.Errors.ToBuilder();
        var written = new List<string>();
        foreach (var page in result.Pages)
        {
            var edits = FixApplier.CollectPreferred(page.Findings.Where(f => unsafeFixes || RuleRegistry.Find(f.RuleId)?.Descriptor.SafeToFixAll == true));
            if (edits.Count == 0) continue;
            try
            {
                AtomicFile.WriteAllBytes(page.Path, PageReader.Encode(FixApplier.Apply(page.Source.Text, edits)));
                written.Add(page.Path);
                stderr.WriteLine($"zjgr: fixed {edits.Count} in {page.Path}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new PageError(page.Path, $"cannot write fixes ({e.Message}); the file is unchanged"));
            }
        }
        if (written.Count == 0) return result with { Errors = errors.ToImmutable() };
        foreach (var path in written) linter.Invalidate(path);
        var again = linter.Lint(result.Pages.Select(p => p.Path));
        return again with { Errors = errors.ToImmutable().AddRange(again.Errors) };
    }
}
