using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace ZjgrLsp.Core.Tests.Segmentation;

/// <summary>
/// Text to compare the segmenter with the reference jieba on: every seed line, and over 1 MB of other modern
/// Chinese, the lines with Chinese in Debian's manpages-zh (installed by scripts/setup.sh, never committed).
/// </summary>
public static class ReferenceCorpus
{
    public const string ManPages = "/usr/share/man/zh_CN";
    public const string ReferencePython = "/usr/bin/python3"; // Debian's, which has python3-jieba

    public static string Seeds() => string.Join("\n", TestPaths.SeedFiles.Select(File.ReadAllText));

    /// <summary>Lines of the Chinese manual pages, in a fixed order, until at least <paramref name="minBytes"/> of UTF-8.</summary>
    public static string ManPageText(int minBytes)
    {
        Assert.True(Directory.Exists(ManPages), $"{ManPages} is missing: run scripts/setup.sh (Debian package manpages-zh)");
        var sb = new StringBuilder();
        var bytes = 0;
        foreach (var file in Directory.EnumerateFiles(ManPages, "*.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress), Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                if (!line.Any(c => c is >= '\u4E00' and <= '\u9FFF')) continue;
                sb.Append(line).Append('\n');
                bytes += Encoding.UTF8.GetByteCount(line) + 1;
            }
            if (bytes >= minBytes) break;
        }
        Assert.True(bytes >= minBytes, $"only {bytes} bytes of Chinese text under {ManPages}");
        return sb.ToString();
    }

    /// <summary>Runs scripts/jieba_reference.py; returns per line the reference tokens with and without HMM.</summary>
    public static (string[][] Hmm, string[][] NoHmm) Reference(string text, params string[] userWords)
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-jieba-");
        try
        {
            var input = Path.Combine(dir.FullName, "in.txt");
            File.WriteAllText(input, text, new UTF8Encoding(false));
            var args = new List<string> { Path.Combine(TestPaths.RepoRoot, "scripts", "jieba_reference.py"), input, input + ".hmm", input + ".nohmm" };
            foreach (var w in userWords) args.AddRange(["--user-word", w]);
            var psi = new ProcessStartInfo(ReferencePython, args) { RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"reference jieba failed (run scripts/setup.sh for python3-jieba): {err}");
            static string[][] Read(string path) => File.ReadAllText(path, Encoding.UTF8).Split('\n').Select(l => l.Length == 0 ? [] : l.Split('\u0001')).ToArray();
            return (Read(input + ".hmm"), Read(input + ".nohmm"));
        }
        finally { dir.Delete(true); }
    }
}
