namespace ZjgrLsp.Core.Findings;

/// <summary>How loudly a finding speaks; the order is LSP's (Error = 1 … Hint = 4).</summary>
public enum Severity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public static class SeverityNames
{
    /// <summary>The lower-case names used in zjgr.json, the CLI and the JSON report.</summary>
    public static string ToName(this Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "info",
        _ => "hint",
    };

    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning" or "warn": severity = Severity.Warning; return true;
            case "info" or "information": severity = Severity.Information; return true;
            case "hint": severity = Severity.Hint; return true;
            default: severity = Severity.Warning; return false;
        }
    }
}
