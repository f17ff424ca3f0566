using System.Diagnostics;
using System.Text.Json;
using ZjgrLsp.Core.Segmentation;

namespace ZjgrLsp.Bench;

/// <summary>
/// `segment CORPUS`: the same measurement as bench/segmenter/jieba_py.py and jieba_rs.mjs, so the three run side
/// by side: dictionary and HMM load in a fresh process, chars/s with and without HMM (after a warm-up), peak RSS.
/// </summary>
public static class SegmentThroughput
{
    public static int Run(string corpus)
    {
        var t0 = Stopwatch.StartNew();
        var segmenter = Segmenter.Default;
        var loadMs = t0.Elapsed.TotalMilliseconds;
        var lines = File.ReadAllText(corpus).Split('\n');
        var chars = lines.Sum(l => (long)l.Length);
        var result = new Dictionary<string, object> { ["impl"] = "ZjgrLsp.Core Segmenter", ["load_ms"] = Math.Round(loadMs, 1) };
        var tokens = new List<Token>(1024);
        foreach (var hmm in new[] { true, false })
        {
            foreach (var l in lines.Take(2000)) { tokens.Clear(); segmenter.Cut(l, 0, l.Length, hmm, tokens); }
            var t = Stopwatch.StartNew();
            long count = 0;
            foreach (var l in lines)
            {
                tokens.Clear();
                segmenter.Cut(l, 0, l.Length, hmm, tokens);
                count += tokens.Count;
            }
            result[hmm ? "hmm" : "no_hmm"] = new { chars_per_s = (long)(chars / t.Elapsed.TotalSeconds), tokens = count };
        }
        var hwm = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM"));
        result["peak_rss_mb"] = Math.Round(long.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0, 1);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }
}
