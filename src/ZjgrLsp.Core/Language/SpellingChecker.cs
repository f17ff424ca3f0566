using System.Collections.Concurrent;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Segmentation;

namespace ZjgrLsp.Core.Language;

/// <summary>A character the model finds likely to be a slip, with the characters it would rather read there.</summary>
/// <param name="Offset">The printed character's offset in the text checked.</param>
/// <param name="Word">The printed word around it (as the candidate would form it), for the message.</param>
/// <param name="Suggestions">Up to three characters, best first, each with the word it forms.</param>
/// <param name="Why">Why the grammar asks for the suggestion (的/地/得 only); null when the model alone decided.</param>
public sealed record SpellingSuspect(int Offset, char Printed, CandidateKind Kind, string Word, IReadOnlyList<(char Char, string Word)> Suggestions, float Margin,
    string? Why = null);

/// <summary>
/// The language-model spelling checker. Each run of Han characters is read alone (punctuation, digits and Latin end
/// it). At each character the candidates (same sound, near sound, look-alike; 的/地/得 among themselves) are tried:
/// a candidate must make a word of the model's vocabulary with its neighbours, and then replaces the character in a
/// window of ±6 characters; the gain is how much likelier the model finds the window. <see cref="SpellingGate"/>
/// decides from the gain and a few general features; where <see cref="DeGrammar"/> asks for another of 的/地/得,
/// the model's agreement is enough. At most two suspects a run, the likeliest first. Runs are
/// cached by their text, so an edit re-checks only the runs it touched.
/// </summary>
public sealed class SpellingChecker
{
    private const int Window = 6;
    private const int MaxPerRun = 2;
    private const string De = "的地得";

    /// <summary>
    /// Province abbreviations that news copy uses on their own (留浙, 沪上, 赴皖): as printed characters they are
    /// places, not slips. The common characters that are also abbreviations (京, 新, 川…) are not listed.
    /// </summary>
    private const string ProvinceAbbreviations = "浙沪皖闽赣鄂湘粤琼渝冀晋辽黔滇陕陇藏桂";

    private readonly LatticeScorer _scorer;
    private readonly Candidates _candidates;
    private readonly NgramModel _model;
    private readonly ConcurrentDictionary<string, SpellingSuspect[]> _cache = new(StringComparer.Ordinal);

    public SpellingChecker(NgramModel model, CharacterTable table)
    {
        _model = model;
        _scorer = new LatticeScorer(model);
        _candidates = new Candidates(model, table);
    }

    private static readonly Lazy<SpellingChecker?> _default = new(() =>
        NgramModel.Default is { } model ? new SpellingChecker(model, CharacterTable.Default) : null);

    /// <summary>The checker on the shipped model, or null when the model file is missing.</summary>
    public static SpellingChecker? Default => _default.Value;

    /// <summary>Suspects in one run of Han characters (offsets within the run), protected spans left alone.</summary>
    public SpellingSuspect[] CheckRun(string run, Segmenter segmenter)
    {
        if (_cache.Count > 100_000) _cache.Clear();
        return _cache.GetOrAdd(run, r => Check(r, segmenter));
    }

    private SpellingSuspect[] Check(string run, Segmenter segmenter)
    {
        if (run.Length < 2) return [];
        var tokens = segmenter.Cut(run);
        var protectedChars = Protected(run, tokens, segmenter);
        var grammar = DeByGrammar(tokens, segmenter);
        var found = new List<SpellingSuspect>();
        for (var i = 0; i < run.Length; i++)
        {
            if (protectedChars[i] || ProvinceAbbreviations.Contains(run[i])) continue;
            var weighed = Weigh(run, i);
            var s = (grammar.TryGetValue(i, out var expected) ? GrammarSuspect(run, i, expected, weighed) : null) ?? GateSuspect(run, i, weighed);
            if (s is not null) found.Add(s);
        }
        var chosen = new List<SpellingSuspect>();
        foreach (var s in found.OrderByDescending(s => s.Margin))
        {
            if (chosen.Count == MaxPerRun) break;
            if (chosen.Any(c => Math.Abs(c.Offset - s.Offset) <= 1)) continue;
            chosen.Add(s);
        }
        return [.. chosen.OrderBy(s => s.Offset)];
    }

    /// <summary>
    /// Every candidate the checker weighs in a run, with its features, whatever the gate decides: for fitting the
    /// gate (scripts/fit_spelling_gate.py, through <c>zjgr spell-features</c>).
    /// </summary>
    public IEnumerable<(int Offset, Candidate Candidate, SpellingFeatures Features)> Explain(string run, Segmenter segmenter)
    {
        var protectedChars = Protected(run, segmenter.Cut(run), segmenter);
        for (var i = 0; i < run.Length; i++)
        {
            if (protectedChars[i] || ProvinceAbbreviations.Contains(run[i])) continue;
            foreach (var (candidate, features, _, _) in Weigh(run, i)) yield return (i, candidate, features);
        }
    }

    /// <summary>
    /// Each candidate at <paramref name="i"/> with its features, the word it forms and the printed text at that word's
    /// place (both null for a 的/地/得 candidate that forms none).
    /// </summary>
    private List<(Candidate Candidate, SpellingFeatures Features, string? Word, string? Printed)> Weigh(string run, int i)
    {
        var printed = run[i];
        var from = Math.Max(0, i - Window);
        var to = Math.Min(run.Length, i + Window + 1);
        var window = run.AsSpan(from, to - from).ToArray();
        var at = i - from;
        float? original = null;
        var result = new List<(Candidate, SpellingFeatures, string?, string?)>();
        var isDe = De.Contains(printed);
        var printedWord = LongestWordAt(window, at);
        var inWord = printedWord is not null;
        var printedWordUnigram = printedWord is { } pw ? _model.Unigram(_model.Find(window.AsSpan(pw.Start, pw.Length))) : -8;
        var afterSurname = at > 0 && Names.TitleLexicon.Default.Surnames.Contains(window[at - 1].ToString());
        foreach (var candidate in isDe ? DeCandidates(printed) : _candidates.For(printed))
        {
            window[at] = candidate.Char;
            var formed = LongestWordAt(window, at);
            window[at] = printed;
            if (formed is null && candidate.Kind != CandidateKind.De) continue;
            var word = formed is { } f ? Replaced(window, f, at, candidate.Char) : null;
            var printedForm = formed is { } p ? new string(window, p.Start, p.Length) : null;
            original ??= _scorer.Score(window);
            window[at] = candidate.Char;
            var gain = _scorer.Score(window) - original.Value;
            window[at] = printed;
            result.Add((candidate, new SpellingFeatures(candidate.Kind, gain, _candidates.HomophoneCount(printed), inWord, word?.Length ?? 1,
                _candidates.Unigram(candidate.Char) ?? -8, _candidates.Unigram(printed) ?? -8,
                word is null ? -8 : _model.Unigram(_model.Find(word)), printedWordUnigram, afterSurname), word, printedForm));
        }
        return result;
    }

    /// <summary>The candidates the gate lets through at <paramref name="i"/>, best first, as one suspect; null if none.</summary>
    private static SpellingSuspect? GateSuspect(string run, int i, List<(Candidate Candidate, SpellingFeatures Features, string? Word, string? Printed)> weighed)
    {
        var scored = weighed
            .Select(w => (w.Candidate, Word: w.Word ?? w.Candidate.Char.ToString(), w.Printed, Margin: SpellingGate.Margin(w.Features)))
            .Where(w => w.Margin > 0).OrderByDescending(w => w.Margin).ToList();
        if (scored.Count == 0) return null;
        var best = scored[0];
        return new SpellingSuspect(i, run[i], best.Candidate.Kind, best.Printed ?? run[i].ToString(),
            [.. scored.Take(3).Select(r => (r.Candidate.Char, r.Word))], best.Margin);
    }

    /// <summary>
    /// The 的/地/得 positions where the grammar (<see cref="DeGrammar"/>) asks for another of the three than the
    /// printed one, by offset in the run.
    /// </summary>
    private static Dictionary<int, (char Char, string Why)> DeByGrammar(List<Token> tokens, Segmenter segmenter)
    {
        var result = new Dictionary<int, (char, string)>();
        for (var t = 0; t < tokens.Count; t++)
            if (tokens[t].Length == 1 && De.Contains(tokens[t].AsSpan()[0]) && DeGrammar.Expected(tokens, t, segmenter) is { } expected
                && expected.Char != tokens[t].AsSpan()[0])
                result[tokens[t].Start] = expected;
        return result;
    }

    /// <summary>
    /// Where the grammar asks for another of 的/地/得 than the printed one, that one is reported when the model agrees
    /// that it reads better there (a positive gain), however small the gain: grammar and model together are evidence
    /// enough. Otherwise the gate decides as everywhere else.
    /// </summary>
    private static SpellingSuspect? GrammarSuspect(string run, int i, (char Char, string Why) expected,
        List<(Candidate Candidate, SpellingFeatures Features, string? Word, string? Printed)> weighed)
    {
        foreach (var (candidate, features, _, _) in weighed)
            if (candidate.Char == expected.Char && features.Gain > 0)
                return new SpellingSuspect(i, run[i], CandidateKind.De, run[i].ToString(), [(expected.Char, expected.Char.ToString())],
                    Math.Max(SpellingGate.Margin(features), 0.01f), expected.Why);
        return null;
    }

    private static IEnumerable<Candidate> DeCandidates(char printed) =>
        De.Where(c => c != printed).Select(c => new Candidate(c, CandidateKind.De));

    /// <summary>The longest vocabulary word of 2–4 characters through <paramref name="at"/>, leftmost first, or null.</summary>
    private (int Start, int Length)? LongestWordAt(char[] window, int at)
    {
        for (var len = Math.Min(4, window.Length); len >= 2; len--)
            for (var start = Math.Max(0, at - len + 1); start <= at && start + len <= window.Length; start++)
                if (_model.Find(window.AsSpan(start, len)) >= 0) return (start, len);
        return null;
    }

    /// <summary>The text of a span of the window with the character at <paramref name="at"/> replaced.</summary>
    private static string Replaced(char[] window, (int Start, int Length) span, int at, char c)
    {
        var chars = window.AsSpan(span.Start, span.Length).ToArray();
        chars[at - span.Start] = c;
        return new string(chars);
    }

    /// <summary>
    /// Characters the model must not judge: names of people and places (the dictionary's nr/ns words), and words the
    /// segmenter's HMM infers that open with a common surname and are two or three characters long (mostly
    /// personal names), and words the segmenter's dictionary knows but the model lacks. Other unknown words are not
    /// protected: a slip often makes one.
    /// </summary>
    private bool[] Protected(string run, List<Token> tokens, Segmenter segmenter)
    {
        var result = new bool[run.Length];
        foreach (var token in tokens)
        {
            if (token.Length < 2) continue;
            var tag = segmenter.Tag(token.AsSpan());
            var known = segmenter.Frequency(token.AsSpan()) > 0;
            var isName = tag is "nr" or "nrt" or "nrfg" or "ns";
            var likelyName = !known && token.Length <= 3 && Names.TitleLexicon.Default.Surnames.Contains(run[token.Start].ToString());
            // A word the segmenter's dictionary knows and the model does not (泛黄, newer coinages): the model cannot judge it.
            var beyondModel = known && token.Length <= 4 && _model.Find(token.AsSpan()) < 0;
            if (isName || likelyName || beyondModel)
                for (var k = token.Start; k < token.End; k++) result[k] = true;
        }
        return result;
    }
}
