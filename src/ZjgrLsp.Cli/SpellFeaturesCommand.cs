using System.Globalization;
using System.Text.Json;
using ZjgrLsp.Core.Language;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Typos;

namespace ZjgrLsp.Cli;

/// <summary>
/// `zjgr spell-features SENTENCES.jsonl...`: every candidate the spelling checker weighs in each sentence's source
/// text, with its features and whether the target text has it there, as TSV for scripts/fit_spelling_gate.py.
/// Input lines are JSON objects with "src" and, for an erroneous sentence, "tgt" of the same length. Each row also
/// says the sentence's length and whether it has an error, so that the fit can count false alarms on every error-free
/// sentence, not only on the clean set's.
/// </summary>
public static class SpellFeaturesCommand
{
    public const string Header = "set\tsentence\tsentence_length\terroneous\toffset\tlength\tprinted\tcandidate\tkind\tgain\thomophones\tprinted_in_word\tword_length\tcandidate_unigram\tprinted_unigram\tformed_word_unigram\tprinted_word_unigram\tafter_surname\trival\tbreaks_word\tlabel";

    public static int Run(TextWriter stdout, TextWriter stderr, string[] files)
    {
        if (SpellingChecker.Default is not { } checker)
        {
            stderr.WriteLine($"zjgr: the language model is missing ({NgramModel.DefaultPath}); run scripts/gen_lm_data.py");
            return ExitCodes.Error;
        }
        stdout.WriteLine(Header);
        var inv = CultureInfo.InvariantCulture;
        foreach (var file in files)
        {
            var set = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) ?? file;
            var n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                using var doc = JsonDocument.Parse(line);
                var src = doc.RootElement.GetProperty("src").GetString()!;
                var tgt = doc.RootElement.TryGetProperty("tgt", out var t) && t.GetString() is { } s && s.Length == src.Length ? s : src;
                foreach (var run in HanText.Runs(src))
                    foreach (var w in checker.Explain(src.Substring(run.Start, run.Length), Segmenter.Default))
                    {
                        var at = run.Start + w.Offset;
                        var f = w.Features;
                        var printed = src.Substring(at, w.Length);
                        var label = tgt.AsSpan(at, w.Length).SequenceEqual(w.Text) && printed != w.Text ? 1 : 0;
                        stdout.WriteLine(string.Join('\t', set, n, src.Length, src == tgt ? 0 : 1, at, w.Length, printed, w.Text, w.Kind, f.Gain.ToString("F3", inv), f.Homophones,
                            f.PrintedInWord ? 1 : 0, f.WordLength, f.CandidateUnigram.ToString("F3", inv), f.PrintedUnigram.ToString("F3", inv),
                            f.FormedWordUnigram.ToString("F3", inv), f.PrintedWordUnigram.ToString("F3", inv), f.AfterSurname ? 1 : 0, f.Rival.ToString("F3", inv), f.BreaksWord ? 1 : 0, label));
                    }
            }
        }
        return ExitCodes.Clean;
    }
}
