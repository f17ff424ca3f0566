using System.CommandLine;
using ZjgrLsp.Core.Findings;

namespace ZjgrLsp.Cli;

/// <summary>The command line: `zjgr lint PATH... [--format] [--fix] [--fail-on] [--config]` and `zjgr rules`.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Page files (*.txt, *.md, *.docx) or folders to lint recursively", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html");
        var fix = new Option<bool>("--fix") { Description = "Apply the preferred fix of findings whose rule is safe to fix unseen (punctuation, doubled words, masthead dates…), writing files atomically, then report what remains" };
        var unsafeFixes = new Option<bool>("--unsafe-fixes") { Description = "With --fix, also apply fixes a person should look at first (deleting a duplicate paragraph, joining split paragraphs, typo and name corrections)" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "hint", "never");
        var config = new Option<string?>("--config") { Description = "A zjgr.json whose settings override the nearest one of each page" };
        var maxSize = new Option<string>("--max-file-size") { Description = "Skip (and name) pages larger than this: bytes, or with K, M or G", DefaultValueFactory = _ => "16M" };
        maxSize.Validators.Add(r =>
        {
            if (ByteSize.TryParse(r.GetValueOrDefault<string>(), out _) is false) r.AddError("--max-file-size takes a size such as 16M, 500K or 1048576");
        });

        var encoding = new Option<string?>("--encoding") { Description = $"Read (and --fix) every page in this encoding: {Core.Linting.PageEncoding.Names}; by default each page's is told from its bytes" };
        encoding.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } name && Core.Linting.PageEncoding.Named(name) is null)
                r.AddError($"--encoding takes one of {Core.Linting.PageEncoding.Names}");
        });

        var lint = new Command("lint", "Proofread pages and report findings") { paths, format, fix, unsafeFixes, failOn, config, maxSize, encoding };
        lint.SetAction(result => new LintCommand(stdout, stderr)
        {
            MaxPageBytes = ByteSize.TryParse(result.GetValue(maxSize), out var b) ? b : Core.Linting.PageReader.DefaultMaxBytes,
            Encoding = result.GetValue(encoding) is { } name ? Core.Linting.PageEncoding.Named(name) : null,
        }.Run(
            result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(fix), ParseFailOn(result.GetValue(failOn)!), result.GetValue(config),
            result.GetValue(unsafeFixes)));

        var markdown = new Option<bool>("--markdown") { Description = "Print the rule docs as Markdown (docs/rules.md)" };
        var rules = new Command("rules", "List the rules with their ids, default severities and docs") { markdown };
        rules.SetAction(result => RulesCommand.Run(stdout, result.GetValue(markdown)));

        var sentenceFiles = new Argument<string[]>("sentences") { Description = "sentences.jsonl files (src, tgt)", Arity = ArgumentArity.OneOrMore };
        var spellFeatures = new Command("spell-features", "For scripts/fit_spelling_gate.py: the spelling checker's candidates and features as TSV") { sentenceFiles };
        spellFeatures.Hidden = true;
        spellFeatures.SetAction(result => SpellFeaturesCommand.Run(stdout, stderr, result.GetValue(sentenceFiles)!));

        var candidatesOut = new Argument<string>("out") { Description = "where to write the table (scripts/gen_candidates.sh: src/ZjgrLsp.Core/Data/lm/lm_sc.cand)" };
        var genCandidates = new Command("gen-candidates", "For scripts/gen_candidates.sh: each character's spelling candidates as a table beside the model") { candidatesOut };
        genCandidates.Hidden = true;
        genCandidates.SetAction(result => GenCandidatesCommand.Run(stdout, stderr, result.GetValue(candidatesOut)!));

        var root = new RootCommand("zjgr — proofreading for Chinese newspaper copy") { lint, rules, spellFeatures, genCandidates };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) stderr.WriteLine($"zjgr: {e.Message}");
            stderr.WriteLine("Try 'zjgr --help'.");
            return ExitCodes.Error;
        }
        try
        {
            // Our own handler below, not System.CommandLine's, which prints a stack trace and exits 1: CI could not
            // tell a crash of the tool from "findings".
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Fail(stderr, e);
        }
    }

    /// <summary>A failure of the tool itself: one line on stderr, exit 2.</summary>
    internal static int Fail(TextWriter stderr, Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: > 0 } aggregate) e = aggregate.InnerExceptions[0];
        var reason = e switch
        {
            IOException { HResult: 32 or unchecked((int)0x80070020) } => "cannot write the report: standard output is closed",
            IOException io when io.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase) || io.Message.Contains("Bad file descriptor", StringComparison.Ordinal)
                => $"cannot write the report: standard output is closed ({io.Message})",
            PathTooLongException => $"a path is too long for the file system ({e.Message})",
            UnauthorizedAccessException => $"permission denied ({e.Message})",
            OperationCanceledException => "cancelled",
            _ => $"internal error: {e.GetType().Name}: {e.Message}",
        };
        try { stderr.WriteLine($"zjgr: {reason.ReplaceLineEndings(" ")}"); }
        catch (IOException) { /* stderr is closed too: the exit code is all that is left */ }
        return ExitCodes.Error;
    }

    private static Severity? ParseFailOn(string value) =>
        value == "never" ? null : SeverityNames.TryParse(value, out var s) ? s : Severity.Warning;
}
