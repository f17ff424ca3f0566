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

        // A progress line on a terminal only: redirected stderr (CI logs) stays clean.
        var showProgress = stderr == Console.Error && !Console.IsErrorRedirected;
        var linter = new BatchLinter(new Analyzer(), overrides)
        {
            Progress = showProgress ? (done, total) => { if (total > 1) stderr.Write($"\rzjgr: {done}/{total} pages"); } : null,
        };
        var result = linter.Lint(paths);
        if (showProgress && result.Pages.Length > 1) stderr.WriteLine();
        if (fix) result = FixAndRelint(linter, result, unsafeFixes);

        foreach (var error in result.Errors) stderr.WriteLine($"zjgr: {error.Path}: {error.Message}");
        IReporter reporter = format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(),
            _ => new TextReporter(),
        };
        reporter.Write(result, stdout);
        stdout.Flush();

        if (!result.Errors.IsEmpty) return ExitCodes.Error;
        var failing = failOn is { } threshold && result.Pages.Any(p => p.Findings.Any(f => f.Severity <= threshold));
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
