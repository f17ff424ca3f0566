using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;

namespace ZjgrLsp.Cli;

/// <summary>`zjgr rules`: the rule list, for editors writing zjgr.json.</summary>
public static class RulesCommand
{
    public static int Run(TextWriter stdout)
    {
        foreach (var rule in RuleRegistry.All)
        {
            var d = rule.Descriptor;
            stdout.WriteLine($"{d.Id,-18} {d.DefaultSeverity.ToName(),-8} {d.Title}");
        }
        return ExitCodes.Clean;
    }
}
