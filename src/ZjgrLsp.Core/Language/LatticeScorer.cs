using System.Runtime.CompilerServices;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// How likely a stretch of Chinese text is: the log10 probability of its best segmentation into the model's words
/// (any single character is allowed; one the model lacks is &lt;unk&gt;), each word scored by the trigram model
/// with back-off. A Viterbi search over (previous word, word) states, pruned to a small beam at each position.
/// The model has no sentence-start token, so a stretch starts with a unigram, and it has no end term.
/// States live in flat arrays reused across calls on a thread, with the word found at each (position, length) of the
/// text last scored: the checker scores one window and then many candidates in it (<see cref="Rescore"/>), each of
/// which changes only a character or a word.
/// </summary>
/// <param name="pairs">When given, a stretch is looked up as a word only if each two neighbouring characters of it
/// stand together in some word of the model (most stretches fail at once, without a look-up).</param>
public sealed class LatticeScorer(NgramModel model, AdjacentPairs? pairs = null, int maxWordLength = 6, int beam = 12)
{
    private const int MaxStates = 64;

    [ThreadStatic] private static State[]? _states;
    [ThreadStatic] private static int[]? _counts;
    [ThreadStatic] private static int[]? _ids;
    [ThreadStatic] private static int _lastLength;
    [ThreadStatic] private static Transition[]? _memo;
    [ThreadStatic] private static NgramModel? _memoModel;

    /// <summary>Entries of the per-thread memo of n-gram scores; a power of two.</summary>
    private const int MemoSize = 1 << 16;

    /// <summary>
    /// One remembered n-gram score: log10 P(W | A B). The checker scores overlapping windows, each many times with one
    /// character changed, so most transitions recur; the model's own look-ups are binary searches in a file-sized
    /// table, far from the cache.
    /// </summary>
    private struct Transition
    {
        public int A, B, W;
        public float Score;
    }

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
        var ids = _ids is { } d && d.Length >= n * maxWordLength ? d : _ids = new int[Math.Max(64, n) * maxWordLength];
        Array.Clear(counts, 0, n + 1);
        states[0] = new State { A = -1, B = -1, Score = 0 };
        counts[0] = 1;
        _lastLength = n;
        return Run(text, states, counts, ids, 0, 0, -1);
    }

    /// <summary>
    /// The score of a text that differs from the one this thread last passed to <see cref="Score"/> only in the
    /// <paramref name="changedLength"/> characters at <paramref name="changedFrom"/>, with the same length: the search
    /// states before the change are kept and the words away from it are not looked up again, so only the words through
    /// and after it are searched. The checker tries many candidates at one place this way.
    /// </summary>
    public float Rescore(ReadOnlySpan<char> text, int changedFrom, int changedLength = 1)
    {
        var n = text.Length;
        if (n != _lastLength || _states is not { } states || _counts is not { } counts || _ids is not { } ids)
            throw new InvalidOperationException("Rescore needs a text of the length last scored on this thread");
        Array.Clear(counts, changedFrom + 1, n - changedFrom);
        return Run(text, states, counts, ids, Math.Max(0, changedFrom - maxWordLength + 1), changedFrom, changedFrom + changedLength);
    }

    /// <summary>
    /// The Viterbi search from position <paramref name="start"/>; below <paramref name="changedFrom"/>, only the words
    /// that reach past it are expanded (the others end where the states are already known). With
    /// <paramref name="changedEnd"/> −1 (a fresh score) every word found is kept in <paramref name="ids"/>; otherwise
    /// only the words overlapping the change are looked up and the others taken from there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: see NgramModel.Find
    private float Run(ReadOnlySpan<char> text, State[] states, int[] counts, int[] ids, int start, int changedFrom, int changedEnd)
    {
        var n = text.Length;
        if (!ReferenceEquals(_memoModel, model)) (_memo, _memoModel) = (NewMemo(), model);
        var memo = _memo!;
        Span<int> words = stackalloc int[maxWordLength];
        for (var i = start; i < n; i++)
        {
            if (counts[i] == 0) continue;
            if (counts[i] > beam) Prune(states.AsSpan(i * MaxStates, counts[i]), ref counts[i]);
            var max = Math.Min(maxWordLength, n - i);
            var shortest = Math.Max(1, changedFrom - i + 1);
            var any = false;
            // The first pair of neighbours that no word has ends the longer stretches' chances too.
            var reach = max;
            if (pairs is not null)
                for (var k = i + 1; k < i + max; k++)
                    if (!pairs.MayContain(text[k - 1], text[k])) { reach = k - i; break; }
            for (var len = shortest; len <= max; len++)
            {
                int w;
                if (len > reach) w = -1;
                else if (changedEnd < 0) w = ids[i * maxWordLength + len - 1] = model.Find(text.Slice(i, len));
                else if (i + len <= changedFrom || i >= changedEnd) w = ids[i * maxWordLength + len - 1];
                else w = model.Find(text.Slice(i, len));
                if (w < 0 && len == 1) w = model.UnknownId;
                words[len - 1] = w;
                any |= w >= 0;
            }
            if (!any) continue;
            // State by state, so that each (previous word, word) context is looked up at most once for all the words after it.
            for (var k = 0; k < counts[i]; k++)
            {
                var from = states[i * MaxStates + k];
                var context = int.MinValue;
                for (var len = shortest; len <= max; len++)
                {
                    var w = words[len - 1];
                    if (w < 0) continue;
                    ref var m = ref memo[(int)((uint)(from.A * 73856093 ^ from.B * 19349663 ^ w * 83492791) & (MemoSize - 1))];
                    if (m.A != from.A || m.B != from.B || m.W != w)
                    {
                        if (context == int.MinValue) context = model.Context(from.A, from.B);
                        m = new Transition { A = from.A, B = from.B, W = w, Score = model.ScoreInContext(context, from.B, w) };
                    }
                    Add(states, (i + len) * MaxStates, ref counts[i + len], from.B, w, from.Score + m.Score);
                }
            }
        }
        var result = float.NegativeInfinity;
        for (var k = 0; k < counts[n]; k++) result = Math.Max(result, states[n * MaxStates + k].Score);
        return result;
    }

    private static Transition[] NewMemo()
    {
        var memo = new Transition[MemoSize];
        // Word ids are never below −1, so no real transition matches an empty entry.
        Array.Fill(memo, new Transition { A = int.MinValue, B = int.MinValue, W = int.MinValue });
        return memo;
    }

    /// <summary>Keeps the best score for each (a, b); when full, replaces the worst if the new one beats it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
