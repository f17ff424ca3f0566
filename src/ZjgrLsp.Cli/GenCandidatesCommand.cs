using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Language;

namespace ZjgrLsp.Cli;

/// <summary>
/// `zjgr gen-candidates OUT`: writes each character's spelling candidates, as the engine gathers them from the
/// shipped model and character table, to OUT (scripts/gen_candidates.sh writes Data/lm/lm_sc.cand; see CandidateFile).
/// </summary>
public static class GenCandidatesCommand
{
    public static int Run(TextWriter stdout, TextWriter stderr, string output)
    {
        // Built without the file the model may already have beside it: every list made afresh.
        if (NgramModel.Default is not { } model)
        {
            stderr.WriteLine($"zjgr: the language model is missing ({NgramModel.DefaultPath})");
            return ExitCodes.Error;
        }
        stdout.WriteLine(Candidates.WriteFile(model, CharacterTable.Default, Path.GetFullPath(output)));
        return ExitCodes.Clean;
    }
}
