namespace ZjgrLsp.Cli;

/// <summary>What `zjgr` returns, for CI scripts.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above --fail-on.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at or above --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments, an unreadable file or folder, or a bad zjgr.json.</summary>
    public const int Error = 2;
}
