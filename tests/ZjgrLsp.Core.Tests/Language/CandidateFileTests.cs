using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Language;

namespace ZjgrLsp.Core.Tests.Language;

/// <summary>lm_sc.cand: each character's candidates as the engine builds them, read instead of built.</summary>
public class CandidateFileTests
{
    private static NgramModel Model => NgramModel.Default ?? throw new InvalidOperationException($"{NgramModel.DefaultPath} is missing");

    private static string FilePath => Path.ChangeExtension(NgramModel.DefaultPath, ".cand");

    [Fact]
    public void CandidateFile_IsWhatTheEngineBuilds_ByteForByte()
    {
        // As scripts/gen_candidates.sh writes it: run that script when this fails after a change of the model, the
        // character table or Candidates' rules.
        var built = new Candidates(Model, CharacterTable.Default, useFile: false);
        using var made = new MemoryStream();
        CandidateFile.Write(made, Model, CharacterTable.Default.Count, built, built.ModelCharacters);
        Assert.True(made.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(FilePath)), "lm_sc.cand differs from what the engine builds: run scripts/gen_candidates.sh");
    }

    [Fact]
    public void Candidates_ReadFromTheFile_AreThoseBuilt_AndOthersAreBuilt()
    {
        var read = new Candidates(Model, CharacterTable.Default);
        var built = new Candidates(Model, CharacterTable.Default, useFile: false);
        Assert.True(read.ReadsFile);
        Assert.False(built.ReadsFile);
        Assert.True(built.ModelCharacters.Count > 5000, $"{built.ModelCharacters.Count} characters covered");
        foreach (var c in built.ModelCharacters.Where((_, k) => k % 7 == 0))
            Assert.Equal(built.For(c), read.For(c));
        // A character the model's words do not use (a rare one with candidates, and a Latin letter) is built as before.
        var covered = built.ModelCharacters.ToHashSet();
        var rare = Enumerable.Range(0x4E00, 0x5200).Select(i => (char)i).First(c => !covered.Contains(c) && built.For(c).Length > 0);
        foreach (var c in new[] { rare, 'a' })
        {
            Assert.DoesNotContain(c, covered);
            Assert.Equal(built.For(c), read.For(c));
        }
    }

    [Theory]
    [InlineData(8, 1)] // another model's word count
    [InlineData(20, 1)] // another character table
    [InlineData(24, 1)] // another set of common characters
    [InlineData(-1, 0)] // cut short
    public void CandidateFile_MadeForAnotherModelOrTable_OrCutShort_IsNotRead(int at, int add)
    {
        var bytes = File.ReadAllBytes(FilePath);
        if (at >= 0) bytes[at] = (byte)(bytes[at] + add);
        else bytes = bytes[..^2];
        InATemporaryFile(bytes, path =>
            Assert.Null(CandidateFile.Open(path, Model, CharacterTable.Default.Count, new Candidates(Model, CharacterTable.Default, useFile: false).CommonCount)));
    }

    [Fact]
    public void CandidateFile_ADamagedRun_IsNotRead_NorReadPastTheEnd()
    {
        // 在's run made to start past the entries' end: the file still opens, but that character has no entries.
        var bytes = File.ReadAllBytes(FilePath);
        const int starts = 8 + 6 * 4 + 8192;
        BitConverter.GetBytes(uint.MaxValue - 1).CopyTo(bytes, starts + 4 * '在');
        var common = new Candidates(Model, CharacterTable.Default, useFile: false).CommonCount;
        InATemporaryFile(bytes, path =>
        {
            using var file = CandidateFile.Open(path, Model, CharacterTable.Default.Count, common) ?? throw new InvalidOperationException("not opened");
            Assert.False(file.TryEntries('在', out _));
            Assert.True(file.TryEntries('再', out var entries));
            Assert.NotEqual(0, entries.Length);
        });
    }

    private static void InATemporaryFile(byte[] bytes, Action<string> test)
    {
        var path = Path.Combine(Path.GetTempPath(), $"zjgr-cand-{Guid.NewGuid():N}.cand");
        File.WriteAllBytes(path, bytes);
        try { test(path); }
        finally { File.Delete(path); }
    }
}
