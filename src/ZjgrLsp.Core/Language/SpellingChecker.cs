using ZjgrLsp.Core.Caching;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Segmentation;

namespace ZjgrLsp.Core.Language;

/// <summary>Text the model finds likely to be a slip, with what it would rather read there.</summary>
/// <param name="Offset">Where the printed text starts in the text checked.</param>
/// <param name="Length">How many characters are printed in error: one, or a whole word's for a word of the same sound.</param>
/// <param name="Printed">The printed text in error.</param>
/// <param name="Word">The printed word around it (as the suggestion would form it), for the message.</param>
/// <param name="Suggestions">Up to three replacements of the printed text, best first, each with the word it forms.</param>
/// <param name="Why">Why the grammar asks for the suggestion (的/地/得 only); null when the model alone decided.</param>
public sealed record SpellingSuspect(int Offset, int Length, string Printed, CandidateKind Kind, string Word,
    IReadOnlyList<(string Text, string Word)> Suggestions, float Margin, string? Why = null)
{
    public int End => Offset + Length;
}

/// <summary>One candidate weighed at one place of a run.</summary>
/// <param name="Offset">Where the replaced text starts in the run.</param>
/// <param name="Length">How many characters it replaces.</param>
/// <param name="Text">The replacement.</param>
/// <param name="Word">The word the replacement forms there (the replacement itself when it forms none).</param>
/// <param name="PrintedWord">The printed text at that word's place.</param>
public readonly record struct WeighedCandidate(int Offset, int Length, string Text, CandidateKind Kind, SpellingFeatures Features,
    string Word, string PrintedWord);

/// <summary>
/// The language-model spelling checker. Each run of Han characters is read alone (punctuation, digits and Latin end
/// it). At each character the candidates (same sound, near sound, look-alike; 的/地/得 among themselves) are tried:
/// a candidate must make a word of the model's vocabulary with its neighbours (a frequent character of the same
/// sound may stand alone: 在/再), and then replaces the character in a window of ±5 characters; the gain is how much
/// likelier the model finds the window. Each two- and three-character stretch is tried against the model's words of
/// the same reading too (常委 for 肠胃). <see cref="SpellingGate"/> decides from the gain and a few general features;
/// where <see cref="DeGrammar"/> asks for another of 的/地/得, the model's agreement is enough. At most two
/// suspects a run, neither touching the other, the likeliest first (and the page keeps at most two a sentence,
/// <c>ModelSuspects</c>). (Reading the run again with the first one
/// corrected before choosing the second was tried: on the development sets it chose exactly the same.) Runs are
/// cached by their text, so an edit re-checks only the runs it touched. A candidate is scored only as long as it can
/// still pass: the gate's other features fix the gain it needs before the model is asked, and the rescoring gives up
/// once the words' ceilings (<see cref="NgramModel.Ceiling"/>) show the window cannot gain that much. This drops
/// nine candidates in ten without changing a report.
/// </summary>
public sealed class SpellingChecker
{
    private const int Window = 5;
    private const int MaxPerRun = 2;
    private const string De = "的地得";

    /// <summary>A same-sound character that forms no word is tried only when it is this frequent alone (在, 再, 做).</summary>
    private const float SingleMinUnigram = -4.5f;

    /// <summary>
    /// Words of the same reading tried per printed stretch, likeliest first, and how likely one must be (log10
    /// unigram). On the development sets 135 of the 141 whole-word slips the candidates cover are the first or second
    /// word of their reading; trying six cost twice the work for the same reports.
    /// </summary>
    private const int MaxWordCandidates = 2;
    private const float WordMinUnigram = -6.5f;

    /// <summary>
    /// Province abbreviations that news copy uses on their own (留浙, 沪上, 赴皖): as printed characters they are
    /// places, not slips. The common characters that are also abbreviations (京, 新, 川…) are not listed.
    /// </summary>
    private const string ProvinceAbbreviations = "浙沪皖闽赣鄂湘粤琼渝冀晋辽黔滇陕陇藏桂";

    private readonly LatticeScorer _scorer;
    private readonly Candidates _candidates;
    private readonly WordReadings? _words;
    private readonly AdjacentPairs _pairs;
    private readonly PartnerSets _partners;
    private readonly Candidate[][] _deFor; // the other two of 的, 地, 得 for each of them
    private readonly NgramModel _model;
    private readonly BoundedCache<string, SpellingSuspect[]> _cache = new(100_000, StringComparer.Ordinal);
    // Keyed by the stretch's characters packed into a number (StretchKey): looked up at every place, and a string key
    // cost a string and its hash each time. One plain dictionary a thread (a run is checked on one thread): a
    // concurrent one's look-ups and insertions cost a fresh page more than computing the choices again would.
    private readonly ThreadLocal<Dictionary<ulong, WordChoices>> _wordChoices = new(() => new(WordChoicesCapacity));
    private const int WordChoicesCapacity = 16_384; // a few pages' stretches without growing (and copying) the table
    private const int MaxWordChoicesKept = 100_000;

    public SpellingChecker(NgramModel model, CharacterTable table, WordReadings? words = null)
    {
        _model = model;
        _pairs = new AdjacentPairs(model);
        _scorer = new LatticeScorer(model, _pairs);
        _candidates = new Candidates(model, table);
        _partners = new PartnerSets(model, _candidates);
        _deFor = [.. De.Select(p => De.Where(c => c != p).Select(c => _candidates.Make(c, CandidateKind.De)).ToArray())];
        _words = words;
        _ = model.Ceiling(0); // read the ceilings file here, on the thread that builds the checker, not in a first check
    }

    private static readonly Lazy<SpellingChecker?> _default = new(() =>
        NgramModel.Default is { } model ? new SpellingChecker(model, CharacterTable.Default, WordReadings.Default) : null);

    /// <summary>The checker on the shipped model, or null when the model file is missing.</summary>
    public static SpellingChecker? Default => _default.Value;

    /// <summary>Whether <see cref="Default"/> has been built (its tables take a tenth of a second or more).</summary>
    public static bool DefaultIsBuilt => _default.IsValueCreated;

    /// <summary>Suspects in one run of Han characters (offsets within the run), protected spans left alone.</summary>
    public SpellingSuspect[] CheckRun(string run, Segmenter segmenter)
    {
        return _cache.GetOrAdd(run, (r, state) => state.Checker.Check(r, state.Segmenter), (Checker: this, Segmenter: segmenter));
    }

    private SpellingSuspect[] Check(string run, Segmenter segmenter)
    {
        if (run.Length < 2) return [];
        var chosen = new List<SpellingSuspect>();
        foreach (var s in Found(run, segmenter).OrderByDescending(s => s.Margin))
        {
            if (chosen.Count == MaxPerRun) break;
            if (chosen.Any(c => s.Offset <= c.End && c.Offset <= s.End)) continue;
            chosen.Add(s);
        }
        return [.. chosen.OrderBy(s => s.Offset)];
    }

    /// <summary>Every place of the run where the gate (or the grammar, for 的/地/得) finds a suspect, each with its best candidates.</summary>
    private List<SpellingSuspect> Found(string run, Segmenter segmenter)
    {
        var tokens = segmenter.Cut(run);
        var joins = Joins(run);
        _scorer.Begin(run, joins); // first: Open reads the run's words from it
        var open = Open(run, tokens, segmenter);
        var words = KnownWords(run, tokens, segmenter);
        var grammar = DeByGrammar(tokens, segmenter);
        var choices = _wordChoices.Value!;
        var found = new List<SpellingSuspect>();
        var foundWords = new List<SpellingSuspect>();
        // Place by place, the character and then the words from it: their windows start together, and the scorer
        // shares one search among windows of the same start.
        for (var i = 0; i < run.Length; i++)
        {
            if (open[i])
            {
                (char Char, string Why) expected = default;
                var isGrammar = grammar is not null && grammar.TryGetValue(i, out expected);
                var weighed = Weigh(run, i, words, joins, prune: true, isGrammar ? expected.Char : null);
                // A candidate survived the pruning: weigh them all, for the rivals' gains the gate asks for.
                if (weighed.Count > 0) weighed = WithRivals(Weigh(run, i, words, joins, prune: false, isGrammar ? expected.Char : null));
                var s = (isGrammar ? GrammarSuspect(run, i, expected, weighed) : null) ?? GateSuspect(run, weighed);
                if (s is not null) found.Add(s);
            }
            var longest = LongestStretchAt(open, i);
            for (var length = 2; length <= longest; length++)
            {
                var weighed = WeighWords(run, i, length, segmenter, words, choices, prune: true);
                if (weighed.Count > 0) weighed = WithRivals(WeighWords(run, i, length, segmenter, words, choices, prune: false));
                if (GateSuspect(run, weighed) is { } s) foundWords.Add(s);
            }
        }
        found.AddRange(foundWords);
        return found;
    }

    /// <summary>
    /// For each character of the run, the dictionary word of two or more characters the segmenter put it in, or
    /// (-1, -1). A candidate whose word takes a character from one of these (社长沓泽 read as 长大) pulls apart text
    /// the dictionary reads well, which a slip seldom calls for.
    /// </summary>
    private static (int Start, int End)[] KnownWords(string run, List<Token> tokens, Segmenter segmenter)
    {
        var result = new (int, int)[run.Length];
        Array.Fill(result, (-1, -1));
        foreach (var token in tokens)
            if (token.Length >= 2 && segmenter.Frequency(token.AsSpan()) > 0)
                for (var k = token.Start; k < token.End; k++) result[k] = (token.Start, token.End);
        return result;
    }

    /// <summary>
    /// For each position k of the run, whether run[k − 1] and run[k] may stand together in a word (the pairs filter's
    /// answer, <see cref="AdjacentPairs"/>): asked once a run, for every window cut from it and for the scorer.
    /// </summary>
    private bool[] Joins(string run)
    {
        var joins = new bool[run.Length];
        for (var k = 1; k < run.Length; k++) joins[k] = _pairs.MayContain(run[k - 1], run[k]);
        return joins;
    }

    /// <summary>
    /// Whether the stretch [start, end) takes part of a dictionary word without all of it; the word holding the
    /// replaced character (<paramref name="at"/>) is the one in question and does not count.
    /// </summary>
    private static bool Breaks((int Start, int End)[] words, int start, int end, int at)
    {
        for (var k = start; k < end; k++)
        {
            var (ws, we) = words[k];
            if (ws < 0 || (at >= ws && at < we)) continue;
            if (ws < start || we > end) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a two-character word inside the one the candidate forms (window coordinates) leaves the dictionary
    /// words around it whole: the longest word may reach into the next word (祖织部门 read as 组织部) where the
    /// shorter one inside it (组织) does not.
    /// </summary>
    private bool PairKeepsWords(Span<char> window, int at, char candidate, (int Start, int Length, int Id) formed, (int Start, int End)[] words, int i)
    {
        var printed = window[at];
        window[at] = candidate;
        var keeps = at - 1 >= formed.Start && _model.Find(window.Slice(at - 1, 2)) >= 0 && !Breaks(words, i - 1, i + 1, i)
            || at + 2 <= formed.Start + formed.Length && _model.Find(window.Slice(at, 2)) >= 0 && !Breaks(words, i, i + 2, i);
        window[at] = printed;
        return keeps;
    }

    /// <summary>What a place with no candidate left weighs: shared, so never added to (callers only read it).</summary>
    private static readonly List<WeighedCandidate> NoneWeighed = [];

    /// <summary>The candidates of one place, each with the best gain of the others there as its rival.</summary>
    private static List<WeighedCandidate> WithRivals(List<WeighedCandidate> place)
    {
        // The two best gains: each candidate's rival is the best of the others.
        float first = 0, second = 0;
        foreach (var w in place)
            if (w.Features.Gain > first) (first, second) = (w.Features.Gain, first);
            else if (w.Features.Gain > second) second = w.Features.Gain;
        var result = new List<WeighedCandidate>(place.Count);
        foreach (var w in place)
            result.Add(w with { Features = w.Features with { Rival = w.Features.Gain >= first ? second : first } });
        return result;
    }

    /// <summary>
    /// Every candidate the checker weighs in a run, with its features, whatever the gate decides: for fitting the
    /// gate (scripts/fit_spelling_gate.py, through <c>zjgr spell-features</c>).
    /// </summary>
    public IEnumerable<WeighedCandidate> Explain(string run, Segmenter segmenter)
    {
        var tokens = segmenter.Cut(run);
        var joins = Joins(run);
        _scorer.Begin(run, joins);
        var open = Open(run, tokens, segmenter);
        var words = KnownWords(run, tokens, segmenter);
        for (var i = 0; i < run.Length; i++)
            if (open[i])
                foreach (var w in WithRivals(Weigh(run, i, words, joins, prune: false))) yield return w;
        for (var start = 0; start < run.Length; start++)
            for (int length = 2, longest = LongestStretchAt(open, start); length <= longest; length++)
                foreach (var w in WithRivals(WeighWords(run, start, length, segmenter, words, _wordChoices.Value!, prune: false))) yield return w;
    }

    /// <summary>
    /// How long a stretch of open characters from <paramref name="start"/> whole words of the same reading are tried
    /// on: those of two and of three characters, as far as the characters are open (below two: none).
    /// </summary>
    private int LongestStretchAt(bool[] open, int start)
    {
        if (_words is null || !open[start]) return 0;
        var length = 1;
        while (length < 3 && start + length < open.Length && open[start + length]) length++;
        return length;
    }

    /// <summary>
    /// Each candidate for the character at <paramref name="i"/>, weighed. With <paramref name="prune"/>, a candidate
    /// the model cannot give the gain the gate needs is left out as soon as that is certain: it could not be reported
    /// (nor, for the one <paramref name="grammar"/> asks for, could its gain be positive).
    /// </summary>
    private List<WeighedCandidate> Weigh(string run, int i, (int Start, int End)[] words, bool[] runJoins, bool prune, char? grammar = null)
    {
        var printed = run[i];
        var from = Math.Max(0, i - Window);
        var to = Math.Min(run.Length, i + Window + 1);
        // On the stack: a window a place, a page's worth of arrays otherwise.
        Span<char> window = stackalloc char[to - from];
        run.AsSpan(from, to - from).CopyTo(window);
        var joins = runJoins.AsSpan(from, to - from);
        var at = i - from;
        float? original = null;
        List<WeighedCandidate>? result = null;
        var isDe = De.Contains(printed);
        var hasLeft = at > 0;
        var hasRight = at + 1 < window.Length;
        // The printed text's words were looked up when the scorer began the run: read there, not looked up again.
        var printedWord = LongestWordAt(window, at, joins, hasLeft && joins[at], hasRight && joins[at + 1], runOffset: from);
        var inWord = printedWord is not null;
        var printedWordUnigram = printedWord is { } pw ? _model.Unigram(pw.Id) : -8;
        var afterSurname = at > 0 && IsSurname(window[at - 1]);
        var homophones = _candidates.HomophoneCount(printed);
        var printedUnigram = _candidates.Unigram(printed) ?? -8;
        // The candidates that stand next to a neighbour in some word; only they may form one with it.
        var afterLeft = at > 0 ? _partners.After(window[at - 1]) : _partners.After('\0');
        var beforeRight = at + 1 < window.Length ? _partners.Before(window[at + 1]) : _partners.Before('\0');
        foreach (var candidate in isDe ? DeCandidates(printed) : _candidates.For(printed))
        {
            (int Start, int Length, int Id)? formed = null;
            // Whether the candidate stands with each neighbour in some word: exactly, for a common character.
            var index = candidate.CommonIndex;
            var joinsLeft = hasLeft && (index >= 0 ? PartnerSets.Has(afterLeft, index) : _pairs.MayContain(window[at - 1], candidate.Char));
            var joinsRight = hasRight && (index >= 0 ? PartnerSets.Has(beforeRight, index) : _pairs.MayContain(candidate.Char, window[at + 1]));
            if (joinsLeft || joinsRight)
            {
                window[at] = candidate.Char;
                formed = LongestWordAt(window, at, joins, joinsLeft, joinsRight);
                window[at] = printed;
            }
            // Most candidates form no word; only a same-sound one may still stand alone, when it is frequent.
            if (formed is null && candidate.Kind is not (CandidateKind.De or CandidateKind.Sound)) continue;
            var candidateUnigram = candidate.Unigram;
            if (formed is null && candidate.Kind == CandidateKind.Sound && candidateUnigram < SingleMinUnigram) continue;
            original ??= _scorer.Window(from, to);
            window[at] = candidate.Char;
            // The formed word's string is made only for a candidate that survives (most do not).
            var formedUnigram = formed is { } f ? _model.Unigram(f.Id) : -8;
            window[at] = printed;
            var features = new SpellingFeatures(candidate.Kind, 0, homophones, inWord, formed?.Length ?? 1,
                candidateUnigram, printedUnigram, formedUnigram, printedWordUnigram,
                afterSurname, BreaksWord: formed is { } b && Breaks(words, from + b.Start, from + b.Start + b.Length, i)
                    && !PairKeepsWords(window, at, candidate.Char, b, words, i));
            window[at] = candidate.Char;
            var score = _scorer.Rescore(window, at, 1, prune ? Floor(original.Value, features, candidate.Char == grammar) : float.NegativeInfinity,
                [joinsLeft, joinsRight]);
            window[at] = printed;
            if (float.IsNegativeInfinity(score)) continue;
            var text = candidate.Char.ToString();
            var word = formed is { } w ? Replaced(window, (w.Start, w.Length), at, candidate.Char) : text;
            var printedForm = formed is { } p ? new string(window.Slice(p.Start, p.Length)) : printed.ToString();
            (result ??= []).Add(new WeighedCandidate(i, 1, text, candidate.Kind, features with { Gain = score - original.Value }, word, printedForm));
        }
        return result ?? NoneWeighed;
    }

    /// <summary>
    /// Each word of the model that sounds like the printed stretch and differs from it in exactly two characters,
    /// weighed. One is a character candidate's business; a word of three changed characters replaces the text rather
    /// than mends it (助万企 read as a name that sounds alike). Personal names are never offered.
    /// </summary>
    private List<WeighedCandidate> WeighWords(string run, int start, int length, Segmenter segmenter, (int Start, int End)[] words,
        Dictionary<ulong, WordChoices> choices, bool prune)
    {
        var key = StretchKey(run, start, length);
        if (!choices.TryGetValue(key, out var known))
        {
            if (choices.Count >= MaxWordChoicesKept) choices.Clear(); // enough for a day's pages, never unbounded
            choices[key] = known = WordChoicesFor(run.AsSpan(start, length), segmenter);
        }
        var (soundingCount, candidates, printedId) = known;
        if (candidates.Length == 0) return NoneWeighed;
        var printed = run.Substring(start, length);
        List<WeighedCandidate>? result = null;
        var from = Math.Max(0, start - Window);
        var to = Math.Min(run.Length, start + length + Window);
        Span<char> window = stackalloc char[to - from];
        run.AsSpan(from, to - from).CopyTo(window);
        var at = start - from;
        var original = _scorer.Window(from, to);
        var printedWordUnigram = printedId >= 0 ? _model.Unigram(printedId) : -8;
        var afterSurname = at > 0 && IsSurname(window[at - 1]);
        var homophones = soundingCount + 1;
        // The changed text's joins for the scorer: inside a word of the model every two neighbours stand together; at
        // each end, the pairs filter answers.
        Span<bool> joins = stackalloc bool[length + 1];
        joins.Fill(true);
        foreach (var (word, unigram) in candidates)
        {
            joins[0] = at > 0 && _pairs.MayContain(window[at - 1], word[0]);
            joins[length] = at + length < window.Length && _pairs.MayContain(word[^1], window[at + length]);
            var features = new SpellingFeatures(CandidateKind.Word, 0, homophones, printedId >= 0, length,
                RarestChangedChar(word, printed), RarestChangedChar(printed, word), unigram, printedWordUnigram, afterSurname,
                BreaksWord: Breaks(words, start, start + length, -1));
            word.CopyTo(window[at..]);
            var score = _scorer.Rescore(window, at, length, prune ? Floor(original, features, grammar: false) : float.NegativeInfinity, joins);
            printed.CopyTo(window[at..]);
            if (float.IsNegativeInfinity(score)) continue;
            (result ??= []).Add(new WeighedCandidate(start, length, word, CandidateKind.Word, features with { Gain = score - original }, word, printed));
        }
        return result ?? NoneWeighed;
    }

    /// <summary>
    /// What a printed stretch offers <see cref="WeighWords"/>, whatever its neighbours: how many words sound like it,
    /// the likeliest of them that differ from it in two characters and are no one's name (with their unigrams), and
    /// its own id. A page repeats most of its two-character stretches, so this is kept per stretch.
    /// </summary>
    private sealed record WordChoices(int Sounding, (string Word, float Unigram)[] Words, int PrintedId);

    /// <summary>A stretch of two or three characters as one number: its UTF-16 units, 16 bits each, and its length.</summary>
    private static ulong StretchKey(string run, int start, int length)
    {
        // Four characters and a length would not fit in 64 bits (LongestStretchAt never asks for them).
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 3);
        ulong key = (ulong)length;
        for (var k = 0; k < length; k++) key = key << 16 | run[start + k];
        return key;
    }

    private WordChoices WordChoicesFor(ReadOnlySpan<char> printed, Segmenter segmenter)
    {
        // WordReadings.SoundingLike read in place (no list made): every one of its words counts.
        var sounding = 0;
        List<(string Word, float Unigram)>? candidates = null;
        foreach (var w in _words!.LinesSoundingLike(printed).Except(printed))
        {
            sounding++;
            if (candidates?.Count == MaxWordCandidates) continue;
            if (w.Length != printed.Length || Differences(w, printed) != 2 || IsPersonName(segmenter.Tag(w))) continue;
            var unigram = _model.Unigram(_model.Find(w));
            if (unigram < WordMinUnigram) continue;
            (candidates ??= []).Add((w, unigram));
        }
        // Two stretches in three offer no word: they share one answer, and the rest of it is never read.
        return candidates is null ? NoWordChoices : new WordChoices(sounding, [.. candidates], _model.Find(printed));
    }

    private static readonly WordChoices NoWordChoices = new(0, [], -1);

    /// <summary>
    /// The window score a candidate must beat to matter: the printed text's plus the gain the gate needs (for the
    /// character the grammar asks for, any gain), less a little for the rounding of sums taken in another order.
    /// </summary>
    private static float Floor(float original, SpellingFeatures features, bool grammar) =>
        original + (grammar ? 0 : SpellingGate.GainNeeded(features)) - 1e-3f;

    private static int Differences(string a, ReadOnlySpan<char> b)
    {
        var n = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    /// <summary>The lowest unigram among the characters of <paramref name="word"/> that differ from <paramref name="other"/>.</summary>
    private float RarestChangedChar(string word, string other)
    {
        var min = 0f;
        for (var i = 0; i < word.Length; i++)
            if (word[i] != other[i]) min = Math.Min(min, _candidates.Unigram(word[i]) ?? -8);
        return min;
    }

    private static bool IsSurname(char c) => Names.TitleLexicon.Default.IsSurname([c]);
    private static bool IsCommonSurname(char c) => Names.TitleLexicon.Default.IsCommonSurname(c);

    /// <summary>The dictionary's tags for people's names (nr, and its nrt for transliterations and nrfg).</summary>
    private static bool IsPersonName(string? tag) => tag is "nr" or "nrt" or "nrfg";

    /// <summary>The candidates the gate lets through at one place, best first, as one suspect; null if none.</summary>
    private static SpellingSuspect? GateSuspect(string run, List<WeighedCandidate> weighed)
    {
        if (weighed.Count == 0) return null; // most places, now that hopeless candidates are dropped unscored
        var scored = weighed.Select(w => (Candidate: w, Margin: SpellingGate.Margin(w.Features)))
            .Where(w => w.Margin > 0).OrderByDescending(w => w.Margin).ToList();
        if (scored.Count == 0) return null;
        var best = scored[0].Candidate;
        return new SpellingSuspect(best.Offset, best.Length, run.Substring(best.Offset, best.Length), best.Kind, best.PrintedWord, [.. scored.Take(3).Select(r => (r.Candidate.Text, r.Candidate.Word))], scored[0].Margin);
    }

    /// <summary>
    /// The 的/地/得 positions where the grammar (<see cref="DeGrammar"/>) asks for another of the three than the
    /// printed one, by offset in the run.
    /// </summary>
    private static Dictionary<int, (char Char, string Why)>? DeByGrammar(List<Token> tokens, Segmenter segmenter)
    {
        Dictionary<int, (char, string)>? result = null; // made only for the few runs that have one
        for (var t = 0; t < tokens.Count; t++)
            if (tokens[t].Length == 1 && De.Contains(tokens[t].AsSpan()[0]) && DeGrammar.Expected(tokens, t, segmenter) is { } expected
                && expected.Char != tokens[t].AsSpan()[0])
                (result ??= [])[tokens[t].Start] = expected;
        return result;
    }

    /// <summary>
    /// Where the grammar asks for another of 的/地/得 than the printed one, that one is reported when the model agrees
    /// that it reads better there (a positive gain), however small the gain: grammar and model together are evidence
    /// enough. Otherwise the gate decides as everywhere else.
    /// </summary>
    private static SpellingSuspect? GrammarSuspect(string run, int i, (char Char, string Why) expected, List<WeighedCandidate> weighed)
    {
        var wanted = expected.Char.ToString();
        foreach (var w in weighed)
            if (w.Text == wanted && w.Features.Gain > 0)
                return new SpellingSuspect(i, 1, run[i].ToString(), CandidateKind.De, run[i].ToString(), [(wanted, wanted)],
                    Math.Max(SpellingGate.Margin(w.Features), 0.01f), expected.Why);
        return null;
    }

    private Candidate[] DeCandidates(char printed) => printed switch
    {
        '的' => _deFor[0],
        '地' => _deFor[1],
        _ => _deFor[2],
    };

    /// <summary>
    /// The longest vocabulary word of 2–4 characters through <paramref name="at"/>, leftmost first, with its id, or null. Only
    /// stretches whose neighbouring characters all stand together in some word are looked up: the window's
    /// <paramref name="joins"/> (joins[k] for window[k − 1] and window[k]), but for the character at
    /// <paramref name="at"/> and its neighbours, which the caller gives (the character there may be a candidate's).
    /// </summary>
    /// <param name="runOffset">Where the window starts in the run the scorer began, when the window holds the run's own
    /// text: its words are then read from the scorer (<see cref="LatticeScorer.RunWord"/>); −1 for a changed window.</param>
    private (int Start, int Length, int Id)? LongestWordAt(ReadOnlySpan<char> window, int at, ReadOnlySpan<bool> joins, bool joinsLeft, bool joinsRight,
        int runOffset = -1)
    {
        // How far a stretch may reach left and right of at with every neighbouring pair possible.
        var left = at;
        while (left > 0 && at - left < 3 && (left == at ? joinsLeft : joins[left])) left--;
        var right = at;
        while (right + 1 < window.Length && right - at < 3 && (right == at ? joinsRight : joins[right + 1])) right++;
        for (var len = Math.Min(4, right - left + 1); len >= 2; len--)
            for (var start = Math.Max(left, at - len + 1); start <= at && start + len <= right + 1; start++)
                if ((runOffset >= 0 ? _scorer.RunWord(runOffset + start, len) : _model.Find(window.Slice(start, len))) is var id and >= 0)
                    return (start, len, id);
        return null;
    }

    /// <summary>The text of a span of the window with the character at <paramref name="at"/> replaced.</summary>
    private static string Replaced(ReadOnlySpan<char> window, (int Start, int Length) span, int at, char c)
    {
        var chars = window.Slice(span.Start, span.Length).ToArray();
        chars[at - span.Start] = c;
        return new string(chars);
    }

    /// <summary>The characters the checker may judge: neither protected nor a province's abbreviation.</summary>
    private bool[] Open(string run, List<Token> tokens, Segmenter segmenter)
    {
        var open = Protected(run, tokens, segmenter);
        for (var i = 0; i < run.Length; i++) open[i] = !open[i] && !ProvinceAbbreviations.Contains(run[i]);
        return open;
    }

    /// <summary>
    /// Characters the model must not judge: names of people and places (the dictionary's nr/ns words); words the
    /// segmenter's HMM infers, two or three characters long, that open with one of the hundred commonest surnames or
    /// follow a person's name (the rest of a transliterated name: 霍布斯 | 鲍姆), mostly names; and words the
    /// segmenter's dictionary knows but the model lacks; in other unknown words of three characters opening with a
    /// surname, all of them, and of two, the character after the surname. Other unknown words are not protected: a
    /// slip often makes one, and one opening with a rarer surname is as often a slip as a name (祖织 for 组织, 衣据
    /// for 依据).
    /// </summary>
    private bool[] Protected(string run, List<Token> tokens, Segmenter segmenter)
    {
        var result = new bool[run.Length];
        var afterName = false;
        foreach (var token in tokens)
        {
            var tag = segmenter.Tag(token.AsSpan());
            var wasAfterName = afterName;
            afterName = IsPersonName(tag);
            if (token.Length < 2) continue;
            var known = segmenter.Frequency(token.AsSpan()) > 0;
            var isName = IsPersonName(tag) || tag == "ns";
            var likelyName = !known && token.Length <= 3 && (IsCommonSurname(run[token.Start]) || token.Length == 3 && IsSurname(run[token.Start]) || wasAfterName);
            // A word the segmenter's dictionary knows and the model does not (泛黄, newer coinages): the model cannot judge
            // it. (Among the dictionary's rarest entries are slips it took in from its sources, 不言而谕 and 决择; leaving
            // those to the model cost more false alarms than it found slips on the development sets.)
            // (The model's id of the token as the scorer looked it up when it began the run.)
            var beyondModel = known && token.Length <= 4 && _scorer.RunWord(token.Start, token.Length) < 0;
            if (isName || likelyName || beyondModel)
                for (var k = token.Start; k < token.End; k++) result[k] = true;
            // Two characters after a rarer surname: the surname may be the slip (祖织 for 组织), the character after it
            // is left alone as a given name would be (名叫窦政 is not 斗争).
            else if (!known && token.Length == 2 && IsSurname(run[token.Start]))
                result[token.Start + 1] = true;
        }
        return result;
    }
}
