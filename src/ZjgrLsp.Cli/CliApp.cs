using System.CommandLine;
using ZjgrLsp.Core.Findings;

namespace ZjgrLsp.Cli;

/// <summary>The command line: `zjgr lint PATH... [--format] [--fix] [--fail-on] [--config]` and `zjgr rules`.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Page files (*.txt, *.md) or folders to lint recursively", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var fix = new Option<bool>("--fix") { Description = "Apply the preferred fix of findings whose rule is safe to fix unseen (punctuation, doubled words, masthead dates…), writing files atomically, then report what remains" };
        var unsafeFixes = new Option<bool>("--unsafe-fixes") { Description = "With --fix, also apply fixes a person should look at first (deleting a duplicate paragraph, joining split paragraphs, typo and name corrections)" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "hint", "never");
        var config = new Option<string?>("--config") { Description = "A zjgr.json whose settings override the nearest one of each page" };

        var lint = new Command("lint", "Proofread pages and report findings") { paths, format, fix, unsafeFixes, failOn, config };
        lint.SetAction(result => new LintCommand(stdout, stderr).Run(
            result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(fix), ParseFailOn(result.GetValue(failOn)!), result.GetValue(config),
            result.GetValue(unsafeFixes)));

        var markdown = new Option<bool>("--markdown") { Description = "Print the rule docs as Markdown (docs/rules.md)" };
        var rules = new Command("rules", "List the rules with their ids, default severities and docs") { markdown };
        rules.SetAction(result => RulesCommand.Run(stdout, result.GetValue(markdown)));

        var root = new RootCommand("zjgr — proofreading for Chinese newspaper copy") { lint, rules };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) stderr.WriteLine($"zjgr: {e.Message}");
            stderr.WriteLine("Try 'zjgr --help'.");
            return ExitCodes.Error;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Severity? ParseFailOn(string value) =>
        value == "never" ? null : SeverityNames.TryParse(value, out var s) ? s : Severity.Warning;
}
