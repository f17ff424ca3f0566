using System.Diagnostics;
using System.Text.Json;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Language;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Bench;

/// <summary>
/// `load`: what each table of the engine costs to load in a fresh process, one after another in the order of their
/// dependencies, in milliseconds of wall clock and megabytes allocated. A one-page lint pays all of these before its
/// first finding, so they are where the command line's start-up goes (issue 16: one page in 150 ms).
/// </summary>
public static class LoadCosts
{
    public static int Run()
    {
        var costs = new List<object>();
        void Time(string name, Action load)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var t = Stopwatch.StartNew();
            load();
            costs.Add(new
            {
                table = name,
                ms = Math.Round(t.Elapsed.TotalMilliseconds, 1),
                allocated_mb = Math.Round((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0, 1),
            });
        }

        Time("segmenter dictionary", () => _ = WordDictionary.Default.Total);
        Time("segmenter", () => _ = Segmenter.Default.Cut("预热"));
        Time("character table", () => _ = CharacterTable.Default.Count);
        Time("phrase lexicon", () => _ = PhraseLexicon.Default.HalfLengths);
        Time("term lexicon", () => _ = TermLexicon.Default.Child(0, '社'));
        Time("title lexicon", () => _ = TitleLexicon.Default.MaxTitleLength);
        Time("language model (mapped)", () => _ = NgramModel.Default);
        Time("word readings", () => _ = WordReadings.Default);
        Time("spelling checker tables", () => _ = SpellingChecker.Default);
        Console.WriteLine(JsonSerializer.Serialize(costs, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }
}
