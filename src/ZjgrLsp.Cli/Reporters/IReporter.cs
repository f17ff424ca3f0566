using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Cli.Reporters;

/// <summary>Turns a lint result into one output format on stdout.</summary>
public interface IReporter
{
    void Write(LintResult result, TextWriter output);
}
