using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Cli.Reporters;

/// <summary>One line a finding, `path:line:column: severity rule: message`, with 1-based line and column.</summary>
public sealed class TextReporter(TextWriter output) : IReporter
{
    private int _findings;
    private int _pages;

    public void WritePage(PageReport page)
    {
        _pages++;
        foreach (var f in page.Findings)
        {
            var pos = page.Source.GetPosition(f.Span.Start);
            var fix = f.Fixes.Length > 0 ? $" [fix: {f.Fixes[0].Title}]" : "";
            output.WriteLine($"{page.Path}:{pos.Line + 1}:{pos.Character + 1}: {f.Severity.ToName()} {f.RuleId}: {f.Message}{fix}");
            _findings++;
        }
    }

    public void Finish() => output.WriteLine($"{_findings} finding(s) in {_pages} file(s)");
}
