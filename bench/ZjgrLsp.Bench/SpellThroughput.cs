using System.Diagnostics;
using System.Text.Json;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Language;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Bench;

/// <summary>
/// `spell FOLDER [PASSES]`: the language-model spelling checker alone on every run of Han characters in the .txt pages under
/// a folder, on the calling thread: the model's mapping and the checker's tables (load), a first pass (cold: the
/// JIT at work), then the fastest of three passes (or as many as asked) on fresh checkers (warm, nothing cached), in milliseconds per 1,000
/// Han characters (and per 1,000 characters of the pages' text), and what a warm pass allocates per 1,000 characters (the checker's tables are not counted).
/// What a first lint of a page costs once the process is warm, without the noise of a whole process's start-up.
/// Then the same in a batch under way (<see cref="InBatch"/>): a checker that has read other pages first.
/// </summary>
public static class SpellThroughput
{
    public static int Run(string folder, int passes = 3)
    {
        var texts = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var pageChars = texts.Sum(t => (long)t.Length);
        var pages = texts.Select(t => HanText.Runs(t).Select(r => t.Substring(r.Start, r.Length)).ToList()).ToList();
        var runs = pages.SelectMany(p => p).ToList();
        var chars = runs.Sum(r => (long)r.Length);
        var segmenter = Segmenter.Default;
        var t0 = Stopwatch.StartNew();
        var model = NgramModel.Default ?? throw new InvalidOperationException($"{NgramModel.DefaultPath} is missing");
        var mapMs = t0.Elapsed.TotalMilliseconds;
        var checker = new SpellingChecker(model, CharacterTable.Default, WordReadings.Default);
        var loadMs = t0.Elapsed.TotalMilliseconds;
        var cold = Pass(checker, runs, segmenter, out var found);
        // The fastest of a few fresh checkers: this machine's neighbours make single passes vary by a quarter.
        var warm = Enumerable.Range(0, passes).Min(_ => Pass(new SpellingChecker(model, CharacterTable.Default, WordReadings.Default), runs, segmenter, out _));
        var (inBatch, batchChars) = Enumerable.Range(0, passes).Select(_ => InBatch(model, pages, segmenter)).MinBy(r => r.Ms / r.Chars);
        // What a warm pass allocates: on a first lint each new megabyte is memory the process touches for the first time.
        var fresh = new SpellingChecker(model, CharacterTable.Default, WordReadings.Default);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Pass(fresh, runs, segmenter, out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var hwm = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM"));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            han_chars = chars,
            runs = runs.Count,
            suspects = found,
            map_ms = Math.Round(mapMs, 1),
            load_ms = Math.Round(loadMs, 1),
            cold_ms_per_1000 = Math.Round(cold * 1000 / chars, 2),
            warm_ms_per_1000 = Math.Round(warm * 1000 / chars, 2),
            // The same pass per 1,000 characters of the pages' whole text (Han characters, punctuation, digits, Latin).
            page_chars = pageChars,
            warm_ms_per_1000_page_chars = Math.Round(warm * 1000 / pageChars, 2),
            batch_ms_per_1000 = Math.Round(inBatch * 1000 / batchChars, 2),
            warm_kb_allocated_per_1000 = Math.Round(allocated / 1024.0 * 1000 / chars, 1),
            peak_rss_mb = Math.Round(long.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0, 1),
        }));
        return 0;
    }

    /// <summary>
    /// A pass as a batch makes it once under way: each half of the pages (alternate pages) checked by a checker that has
    /// already checked the other half, and so keeps what a checker keeps across pages (each character's candidates, each
    /// reading's words, each stretch's whole-word choices). Only the runs the other half does not have are timed, so
    /// nothing is a repeat the checker already answered. Milliseconds, and the characters timed.
    /// </summary>
    private static (double Ms, long Chars) InBatch(NgramModel model, List<List<string>> pages, Segmenter segmenter)
    {
        double ms = 0;
        long chars = 0;
        for (var half = 0; half < 2; half++)
        {
            var read = pages.Where((_, k) => k % 2 != half).SelectMany(p => p).ToList();
            var seen = read.ToHashSet(StringComparer.Ordinal);
            var timed = pages.Where((_, k) => k % 2 == half).SelectMany(p => p).Where(r => !seen.Contains(r)).ToList();
            var checker = new SpellingChecker(model, CharacterTable.Default, WordReadings.Default);
            Pass(checker, read, segmenter, out _);
            ms += Pass(checker, timed, segmenter, out _);
            chars += timed.Sum(r => (long)r.Length);
        }
        return (ms, chars);
    }

    private static double Pass(SpellingChecker checker, List<string> runs, Segmenter segmenter, out int found)
    {
        var t = Stopwatch.StartNew();
        found = 0;
        foreach (var run in runs) found += checker.CheckRun(run, segmenter).Length;
        return t.Elapsed.TotalMilliseconds;
    }
}
