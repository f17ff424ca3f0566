using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Core;

/// <summary>
/// Loads the dictionaries and lexicons the rules use (about a second on first use), so a server can pay that
/// once in the background instead of on the first page the editor opens.
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
    }
}
