using System.Diagnostics;

namespace ZjgrLsp.Core.Tests.Segmentation;

/// <summary>The embedded dictionary and HMM tables are what scripts/gen_jieba_data.py makes from Debian's python3-jieba.</summary>
public class JiebaDataTests
{
    [Fact]
    public void Generator_RemakesTheCommittedTables_ByteForByte()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-jieba-data-");
        try
        {
            var script = Path.Combine(TestPaths.RepoRoot, "scripts", "gen_jieba_data.py");
            var psi = new ProcessStartInfo(ReferenceCorpus.ReferencePython, [script, "/usr/lib/python3/dist-packages/jieba", dir.FullName]) { RedirectStandardError = true, RedirectStandardOutput = true };
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"gen_jieba_data.py failed (run scripts/setup.sh for python3-jieba): {err}");
            foreach (var name in new[] { "dict.bin", "hmm.bin" })
            {
                var committed = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "src", "ZjgrLsp.Core", "Data", "jieba", name));
                Assert.True(committed.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir.FullName, name))), $"{name} differs from the generator's output");
            }
        }
        finally { dir.Delete(true); }
    }
}
