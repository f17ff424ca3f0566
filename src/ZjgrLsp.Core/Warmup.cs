using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core;

/// <summary>
/// Loads the dictionaries, lexicons and language-model tables the rules use (a second or two on first use), so a
/// server can pay that once in the background instead of on the first page the editor opens.
/// </summary>
public static class Warmup
{
    public static void Preload()
    {
        _ = Segmenter.Default.Cut("预热");
        _ = CharacterTable.Default.Count;
        _ = PhraseLexicon.Default.HalfLengths;
        _ = TermLexicon.Default.Child(0, '社');
        _ = TitleLexicon.Default.MaxTitleLength;
        // The spelling checker maps its model at once but builds its candidate tables (about half a second) and
        // compiles its search on first use: pay both here, on a sentence of its own.
        _ = Language.SpellingChecker.Default?.CheckRun("预热模型的候选表", Segmenter.Default);
    }
}
