using static ZjgrLsp.Cli.Tests.CliRunner;

namespace ZjgrLsp.Cli.Tests;

/// <summary>`zjgr gen-candidates`, which scripts/gen_candidates.sh runs to write Data/lm/lm_sc.cand.</summary>
public class GenCandidatesTests
{
    [Fact]
    public void GenCandidates_WritesTheShippedTable_WholeAndNothingBeside()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-gen-candidates-");
        try
        {
            var output = Path.Combine(dir.FullName, "lm_sc.cand");
            var (code, text, err) = Run("gen-candidates", output);
            Assert.True(code == ExitCodes.Clean, err);
            Assert.Contains("the candidates of", text);
            var shipped = Path.ChangeExtension(Core.Language.NgramModel.DefaultPath, ".cand");
            Assert.True(File.ReadAllBytes(shipped).AsSpan().SequenceEqual(File.ReadAllBytes(output)), "the table written differs from the shipped lm_sc.cand");
            Assert.Equal([output], Directory.GetFiles(dir.FullName)); // no temporary file left behind
        }
        finally { dir.Delete(true); }
    }
}
