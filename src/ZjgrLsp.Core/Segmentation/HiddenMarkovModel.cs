namespace ZjgrLsp.Core.Segmentation;

/// <summary>
/// jieba's finalseg: a four-state (B, M, E, S) hidden Markov model that segments runs of characters the dictionary
/// does not cover, decoded with Viterbi. Arithmetic and tie-breaking follow jieba exactly (ties go to the state
/// whose letter sorts last), so results are identical to the reference.
/// </summary>
public sealed class HiddenMarkovModel
{
    private const int B = 0, M = 1, E = 2, S = 3;

    /// <summary>The states each state may follow (jieba's PrevStatus), in jieba's order.</summary>
    private static readonly int[][] Previous = [[E, S], [M, B], [B, M], [S, E]];

    /// <summary>The state letters, used for jieba's tie-breaking by letter.</summary>
    private const string Letters = "BMES";

    private readonly EmbeddedData _data; // owns the memory the emission table points into
    private readonly double[] _start;
    private readonly double[,] _trans;
    private readonly nint _emit; // per state, 64 K entries, jieba's MIN_FLOAT where it has none

    private HiddenMarkovModel(EmbeddedData data)
    {
        _data = data;
        var reader = new EmbeddedData.Reader(data);
        reader.ExpectMagic("ZJGRHMM2");
        _start = new double[4];
        for (var s = 0; s < 4; s++) _start[s] = reader.Next<double>();
        _trans = new double[4, 4];
        for (var a = 0; a < 4; a++)
            for (var b = 0; b < 4; b++) _trans[a, b] = reader.Next<double>();
        unsafe { _emit = (nint)reader.Array<double>(4 * 65536); }
    }

    private static readonly Lazy<HiddenMarkovModel> _default = new(() => new HiddenMarkovModel(EmbeddedData.Open("hmm.bin")));

    public static HiddenMarkovModel Default => _default.Value;

    /// <summary>The log probability that <paramref name="state"/> emits <paramref name="c"/>, read in place.</summary>
    private unsafe double Emit(int state, char c) => ((double*)_emit)[state * 65536 + c];

    /// <summary>
    /// Cuts <paramref name="text"/>[start..end) as finalseg.cut does: runs of U+4E00–U+9FD5 by Viterbi, and the
    /// rest by splitting out ASCII letters and digits (with an optional decimal part and %).
    /// </summary>
    public void Cut(string text, int start, int end, List<Token> output)
    {
        var i = start;
        while (i < end)
        {
            if (Segmenter.IsHmmHan(text[i]))
            {
                var j = i + 1;
                while (j < end && Segmenter.IsHmmHan(text[j])) j++;
                CutHan(text, i, j, output);
                i = j;
                continue;
            }
            var k = i;
            while (k < end && !Segmenter.IsHmmHan(text[k])) k++;
            CutSkip(text, i, k, output);
            i = k;
        }
    }

    /// <summary>re_skip = ([a-zA-Z0-9]+(?:\.\d+)?%?): matches and the text between them, both yielded when not empty.</summary>
    private static void CutSkip(string text, int start, int end, List<Token> output)
    {
        var pending = start;
        var i = start;
        while (i < end)
        {
            if (!char.IsAsciiLetterOrDigit(text[i])) { i++; continue; }
            var j = i;
            while (j < end && char.IsAsciiLetterOrDigit(text[j])) j++;
            if (j + 1 < end && text[j] == '.' && char.IsDigit(text[j + 1]))
            {
                j += 2;
                while (j < end && char.IsDigit(text[j])) j++;
            }
            if (j < end && text[j] == '%') j++;
            if (i > pending) output.Add(new Token(text, pending, i - pending));
            output.Add(new Token(text, i, j - i));
            pending = i = j;
        }
        if (end > pending) output.Add(new Token(text, pending, end - pending));
    }

    private void CutHan(string text, int start, int end, List<Token> output)
    {
        var n = end - start;
        Span<double> prev = stackalloc double[4];
        Span<double> cur = stackalloc double[4];
        var back = n <= 256 ? stackalloc byte[n * 4] : new byte[n * 4];

        for (var s = 0; s < 4; s++) prev[s] = _start[s] + Emit(s, text[start]);
        for (var t = 1; t < n; t++)
        {
            var c = text[start + t];
            for (var y = 0; y < 4; y++)
            {
                var em = Emit(y, c);
                int p0 = Previous[y][0], p1 = Previous[y][1];
                var v0 = prev[p0] + _trans[p0, y] + em;
                var v1 = prev[p1] + _trans[p1, y] + em;
                var best = v1 > v0 || (v1 == v0 && Letters[p1] > Letters[p0]) ? p1 : p0;
                cur[y] = best == p1 ? v1 : v0;
                back[t * 4 + y] = (byte)best;
            }
            cur.CopyTo(prev);
        }

        var state = prev[S] > prev[E] || prev[S] == prev[E] ? S : E;
        Span<byte> states = n <= 1024 ? stackalloc byte[n] : new byte[n];
        for (var t = n - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            state = back[t * 4 + state];
        }

        int begin = 0, next = 0;
        for (var i = 0; i < n; i++)
        {
            switch (states[i])
            {
                case B: begin = i; break;
                case E: output.Add(new Token(text, start + begin, i + 1 - begin)); next = i + 1; break;
                case S: output.Add(new Token(text, start + i, 1)); next = i + 1; break;
            }
        }
        if (next < n) output.Add(new Token(text, start + next, n - next));
    }
}
