namespace ZjgrLsp.Core.Segmentation;

/// <summary>
/// A jieba-compatible word segmenter (jieba 0.42.1, <c>jieba.lcut(s, HMM=…)</c>): the text is split into runs of
/// Chinese, letters and digits; each run is segmented on the directed acyclic graph of dictionary words by the
/// maximum-probability route, and, with HMM, runs of unknown single characters are segmented by the hidden
/// Markov model. Other characters come out one by one (a surrogate pair as one), white space as its own token
/// ("\r\n" as one). Tokens carry UTF-16 spans into the text. The output is identical to the reference
/// (tests compare every seed paragraph and over 1 MB of other text).
/// </summary>
public sealed class Segmenter
{
    private readonly WordDictionary _dict;
    private readonly HiddenMarkovModel _hmm;
    private readonly UserWords _user = new();
    private long _total;
    private double _logTotal;

    public Segmenter(WordDictionary? dictionary = null, HiddenMarkovModel? hmm = null)
    {
        _dict = dictionary ?? WordDictionary.Default;
        _hmm = hmm ?? HiddenMarkovModel.Default;
        _total = _dict.Total;
        _logTotal = Math.Log(_total);
    }

    private static readonly Lazy<Segmenter> _default = new(() => new Segmenter());

    /// <summary>A shared segmenter with the plain dictionary. Do not add words to it; make your own.</summary>
    public static Segmenter Default => _default.Value;

    public WordDictionary Dictionary => _dict;

    /// <summary>
    /// Adds a word as jieba's add_word does: with no frequency, the frequency that makes it win over its parts
    /// (suggest_freq); the total grows by the frequency. Not thread-safe: add words before sharing the segmenter.
    /// </summary>
    public void AddWord(string word, int? frequency = null, string? tag = null)
    {
        if (string.IsNullOrEmpty(word)) return;
        var freq = frequency ?? SuggestFrequency(word);
        _user.Add(word, freq, tag);
        _total += freq;
        _logTotal = Math.Log(_total);
    }

    /// <summary>jieba's suggest_freq(word, tune=False); a known prefix counts as frequency 0, as FREQ.get does.</summary>
    public int SuggestFrequency(string word)
    {
        var total = (double)_total;
        var f = 1.0;
        foreach (var t in Cut(word, hmm: false))
            f *= (Lookup(t.AsSpan(), out var n) ? n : 1) / total;
        return Math.Max((int)(f * _total) + 1, Lookup(word, out var own) ? own : 1);
    }

    /// <summary>The frequency of a word (user words first), 0 when it is unknown or only a prefix.</summary>
    public int Frequency(ReadOnlySpan<char> word) => Lookup(word, out var f) ? f : 0;

    /// <summary>Whether jieba's FREQ table has the string (as a word or a prefix), and its frequency there.</summary>
    private bool Lookup(ReadOnlySpan<char> word, out int frequency)
    {
        frequency = 0;
        if (word.IsEmpty) return false;
        int node = WordDictionary.Root, user = _user.Count > 0 ? WordDictionary.Root : WordDictionary.None;
        foreach (var c in word)
        {
            if (node >= 0) node = _dict.Child(node, c);
            if (user >= 0) user = _user.Child(user, c);
            if (node < 0 && user < 0) return false;
        }
        frequency = user >= 0 && _user.Frequency(user) >= 0 ? _user.Frequency(user) : node >= 0 ? _dict.Frequency(node) : 0;
        return true;
    }

    /// <summary>The part-of-speech tag of a word (nr person, ns place, nt organisation …), or null.</summary>
    public string? Tag(ReadOnlySpan<char> word)
    {
        int user = WordDictionary.Root;
        foreach (var c in word)
        {
            user = _user.Count > 0 ? _user.Child(user, c) : WordDictionary.None;
            if (user < 0) break;
        }
        return user >= 0 && _user.Tag(user) is { } t ? t : _dict.Tag(word);
    }

    public List<Token> Cut(string text, bool hmm = true)
    {
        var output = new List<Token>(text.Length / 2 + 4);
        Cut(text, 0, text.Length, hmm, output);
        return output;
    }

    /// <summary>Cuts text[start..end) into <paramref name="output"/>, as jieba.cut on that substring.</summary>
    public void Cut(string text, int start, int end, bool hmm, List<Token> output)
    {
        var i = start;
        while (i < end)
        {
            if (IsBlockChar(text[i]))
            {
                var j = i + 1;
                while (j < end && IsBlockChar(text[j])) j++;
                CutBlock(text, i, j, hmm, output);
                i = j;
            }
            else if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n')
            {
                output.Add(new Token(text, i, 2));
                i += 2;
            }
            else
            {
                var n = char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                output.Add(new Token(text, i, n));
                i += n;
            }
        }
    }

    /// <summary>
    /// The log probability of the best segmentation of text[start..end) under the dictionary's unigram model
    /// (jieba's route score); a character outside the dictionary's blocks counts as an unknown word. Comparing
    /// two spellings of the same stretch tells which reads as better-formed words.
    /// </summary>
    public double LogProbability(string text, int start, int end)
    {
        var score = 0.0;
        var i = start;
        while (i < end)
        {
            if (!IsBlockChar(text[i])) { score -= _logTotal; i++; continue; }
            var j = i + 1;
            while (j < end && IsBlockChar(text[j])) j++;
            var n = j - i;
            var routeLog = new double[n + 1];
            var routeEnd = new int[n + 1];
            Route(text, i, n, routeLog, routeEnd);
            score += routeLog[0];
            i = j;
        }
        return score;
    }

    /// <summary>re_han_default: the characters jieba segments with the dictionary.</summary>
    internal static bool IsBlockChar(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    /// <summary>finalseg's re_han: the characters the HMM segments.</summary>
    internal static bool IsHmmHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    private void CutBlock(string text, int start, int end, bool hmm, List<Token> output)
    {
        var n = end - start;
        var routeLog = n < 512 ? stackalloc double[n + 1] : new double[n + 1];
        var routeEnd = n < 512 ? stackalloc int[n + 1] : new int[n + 1];
        Route(text, start, n, routeLog, routeEnd);
        if (hmm) EmitWithHmm(text, start, n, routeEnd, output);
        else EmitWithoutHmm(text, start, n, routeEnd, output);
    }

    /// <summary>
    /// jieba's calc over the DAG, right to left: route[i] = max over words text[i..x] of
    /// log(freq) − log(total) + route[x + 1], ties going to the longer word. The DAG is walked on the fly.
    /// </summary>
    private void Route(string text, int start, int n, Span<double> routeLog, Span<int> routeEnd)
    {
        routeLog[n] = 0;
        var logFreq = _dict.LogFreq;
        var withUser = _user.Count > 0;
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var best = double.NegativeInfinity;
            var bestEnd = -1;
            int node = WordDictionary.Root, user = withUser ? WordDictionary.Root : WordDictionary.None;
            for (var x = idx; x < n; x++)
            {
                var c = text[start + x];
                if (node >= 0) node = _dict.Child(node, c);
                if (user >= 0) user = _user.Child(user, c);
                if (node < 0 && user < 0) break;
                double lf;
                if (user >= 0 && _user.Frequency(user) >= 0)
                {
                    var f = _user.Frequency(user);
                    if (f <= 0) continue;
                    lf = Math.Log(f);
                }
                else if (node >= 0 && _dict.Frequency(node) > 0) lf = logFreq[node];
                else continue;
                var p = lf - _logTotal + routeLog[x + 1];
                if (p >= best) { best = p; bestEnd = x; }
            }
            if (bestEnd < 0)
            {
                // No word starts here: the single character, with log(1) as jieba's "freq or 1".
                best = 0 - _logTotal + routeLog[idx + 1];
                bestEnd = idx;
            }
            routeLog[idx] = best;
            routeEnd[idx] = bestEnd;
        }
    }

    /// <summary>__cut_DAG_NO_HMM: route words, with runs of single ASCII letters and digits glued together.</summary>
    private static void EmitWithoutHmm(string text, int start, int n, Span<int> routeEnd, List<Token> output)
    {
        var buf = -1;
        for (var x = 0; x < n;)
        {
            var y = routeEnd[x] + 1;
            if (y - x == 1 && char.IsAsciiLetterOrDigit(text[start + x]))
            {
                if (buf < 0) buf = x;
            }
            else
            {
                if (buf >= 0) { output.Add(new Token(text, start + buf, x - buf)); buf = -1; }
                output.Add(new Token(text, start + x, y - x));
            }
            x = y;
        }
        if (buf >= 0) output.Add(new Token(text, start + buf, n - buf));
    }

    /// <summary>__cut_DAG: route words; runs of single characters go to the HMM unless they form a known word.</summary>
    private void EmitWithHmm(string text, int start, int n, Span<int> routeEnd, List<Token> output)
    {
        var buf = -1;
        for (var x = 0; x < n;)
        {
            var y = routeEnd[x] + 1;
            if (y - x == 1)
            {
                if (buf < 0) buf = x;
            }
            else
            {
                if (buf >= 0) { FlushSingles(text, start + buf, start + x, output); buf = -1; }
                output.Add(new Token(text, start + x, y - x));
            }
            x = y;
        }
        if (buf >= 0) FlushSingles(text, start + buf, start + n, output);
    }

    private void FlushSingles(string text, int from, int to, List<Token> output)
    {
        if (to - from == 1) output.Add(new Token(text, from, 1));
        else if (Frequency(text.AsSpan(from, to - from)) == 0) _hmm.Cut(text, from, to, output);
        else for (var i = from; i < to; i++) output.Add(new Token(text, i, 1));
    }
}
