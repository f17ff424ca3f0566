namespace ZjgrLsp.Core.Language;

/// <summary>
/// How likely a stretch of Chinese text is: the log10 probability of its best segmentation into the model's words
/// (any single character is allowed; one the model lacks is &lt;unk&gt;), each word scored by the trigram model
/// with back-off. A Viterbi search over (previous word, word) states, pruned to a small beam at each position.
/// The model has no sentence-start token, so a stretch starts with a unigram, and it has no end term.
/// States live in flat arrays reused across calls on a thread: the checker scores about two windows a character.
/// </summary>
public sealed class LatticeScorer(NgramModel model, int maxWordLength = 6, int beam = 12)
{
    private const int MaxStates = 64;

    [ThreadStatic] private static State[]? _states;
    [ThreadStatic] private static int[]? _counts;

    private struct State
    {
        public int A, B;
        public float Score;
    }

    public NgramModel Model => model;

    public float Score(ReadOnlySpan<char> text)
    {
        var n = text.Length;
        if (n == 0) return 0;
        var states = _states is { } s && s.Length >= (n + 1) * MaxStates ? s : _states = new State[Math.Max(64, n + 1) * MaxStates];
        var counts = _counts is { } c && c.Length >= n + 1 ? c : _counts = new int[Math.Max(64, n + 1)];
        Array.Clear(counts, 0, n + 1);
        states[0] = new State { A = -1, B = -1, Score = 0 };
        counts[0] = 1;
        for (var i = 0; i < n; i++)
        {
            if (counts[i] == 0) continue;
            if (counts[i] > beam) Prune(states.AsSpan(i * MaxStates, counts[i]), ref counts[i]);
            var max = Math.Min(maxWordLength, n - i);
            for (var len = 1; len <= max; len++)
            {
                var w = model.Find(text.Slice(i, len));
                if (w < 0)
                {
                    if (len > 1) continue;
                    w = model.UnknownId;
                }
                var target = (i + len) * MaxStates;
                for (var k = 0; k < counts[i]; k++)
                {
                    ref var from = ref states[i * MaxStates + k];
                    var score = from.Score + model.Score(from.A, from.B, w);
                    Add(states, target, ref counts[i + len], from.B, w, score);
                }
            }
        }
        var result = float.NegativeInfinity;
        for (var k = 0; k < counts[n]; k++) result = Math.Max(result, states[n * MaxStates + k].Score);
        return result;
    }

    /// <summary>Keeps the best score for each (a, b); when full, replaces the worst if the new one beats it.</summary>
    private static void Add(State[] states, int at, ref int count, int a, int b, float score)
    {
        var worst = -1;
        for (var k = 0; k < count; k++)
        {
            ref var s = ref states[at + k];
            if (s.A == a && s.B == b)
            {
                if (score > s.Score) s.Score = score;
                return;
            }
            if (worst < 0 || s.Score < states[at + worst].Score) worst = k;
        }
        if (count < MaxStates)
        {
            states[at + count++] = new State { A = a, B = b, Score = score };
            return;
        }
        if (score > states[at + worst].Score) states[at + worst] = new State { A = a, B = b, Score = score };
    }

    private void Prune(Span<State> states, ref int count)
    {
        states.Sort((x, y) => y.Score.CompareTo(x.Score));
        count = beam;
    }
}
