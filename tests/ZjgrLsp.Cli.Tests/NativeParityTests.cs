using ZjgrLsp.Testing;

namespace ZjgrLsp.Cli.Tests;

/// <summary>
/// The Native AOT CLI (ZJGR_NATIVE, set by scripts/test.sh for its second run of these tests) prints byte for byte
/// the JSON the managed CLI prints, on the seeds and on the dev issues beside the clone.
/// </summary>
public class NativeParityTests
{
    [SkippableTheory]
    [InlineData("seeds")]
    [InlineData("dev-issues")]
    public void NativeCli_PrintsTheManagedClisJson(string corpus)
    {
        Skip.If(CliRunner.Native is null, "ZJGR_NATIVE is not set: scripts/test.sh sets it for the run against the native CLI");
        var folder = corpus == "seeds" ? RepoPaths.Seeds : Path.Combine(RepoPaths.Shared, "eval", "dev", "issues", "pages");
        Skip.If(!Directory.Exists(folder), $"{folder} is absent (../shared is not beside the clone)");
        var native = CliRunner.Run("lint", folder, "--format", "json", "--fail-on", "never");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["lint", folder, "--format", "json", "--fail-on", "never"], stdout, stderr);
        Assert.Equal(code, native.Code);
        Assert.Equal(stdout.ToString(), native.Out);
    }
}
