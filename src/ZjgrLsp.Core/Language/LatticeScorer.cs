using System.Runtime.CompilerServices;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// How likely a stretch of Chinese text is: the log10 probability of its best segmentation into the model's words
/// (any single character is allowed; one the model lacks is &lt;unk&gt;), each word scored by the trigram model
/// with back-off. A Viterbi search over (previous word, word) states, pruned to a small beam at each position.
/// The model has no sentence-start token, so a stretch starts with a unigram, and it has no end term.
/// States live in flat arrays reused across calls on a thread, with the word found at each (position, length) of the
/// text last scored: the checker scores one window and then many candidates in it (<see cref="Rescore"/>), each of
/// which changes only a character or a word. A rescore may be given a floor: it stops as soon as the states it has
/// reached plus the ceilings of the text still ahead (<see cref="NgramModel.Ceiling"/>) fall short of it.
/// </summary>
/// <param name="pairs">When given, a stretch is looked up as a word only if each two neighbouring characters of it
/// stand together in some word of the model (most stretches fail at once, without a look-up).</param>
public sealed class LatticeScorer(NgramModel model, AdjacentPairs? pairs = null, int maxWordLength = 6, int beam = 12)
{
    private const int MaxStates = 64;

    [ThreadStatic] private static State[]? _states;
    [ThreadStatic] private static int[]? _counts;
    [ThreadStatic] private static int[]? _ids;
    [ThreadStatic] private static int[]? _reach;
    [ThreadStatic] private static bool[]? _joins;
    [ThreadStatic] private static float[]? _ceiling;
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
        public int A, B, W; // W is the word's id plus one: 0 marks an empty entry
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
        var reach = _reach is { } r && r.Length >= n ? r : _reach = new int[Math.Max(64, n)];
        var joins = _joins is { } j && j.Length >= n ? j : _joins = new bool[Math.Max(64, n)];
        for (var k = 1; k < n; k++) joins[k] = pairs is null || pairs.MayContain(text[k - 1], text[k]);
        Array.Clear(counts, 0, n + 1);
        states[0] = new State { A = -1, B = -1, Score = 0 };
        counts[0] = 1;
        _lastLength = n;
        var score = Run(text, states, counts, ids, reach, joins, 0, 0, -1, float.NegativeInfinity);
        Ceilings(n, ids, reach);
        return score;
    }

    /// <summary>
    /// For each position of the text just scored, the most its rest could add to any path, whatever came before:
    /// the best segmentation of the rest with each word at its <see cref="NgramModel.Ceiling"/>.
    /// </summary>
    private void Ceilings(int n, int[] ids, int[] reach)
    {
        var ceiling = _ceiling is { } c && c.Length >= n + 1 ? c : _ceiling = new float[Math.Max(65, n + 1)];
        ceiling[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            var best = float.NegativeInfinity;
            for (var len = 1; len <= reach[i]; len++)
            {
                var w = ids[i * maxWordLength + len - 1];
                if (w < 0 && len == 1) w = model.UnknownId;
                if (w >= 0) best = Math.Max(best, model.Ceiling(w) + ceiling[i + len]);
            }
            ceiling[i] = best;
        }
    }

    /// <summary>
    /// The score of a text that differs from the one this thread last passed to <see cref="Score"/> only in the
    /// <paramref name="changedLength"/> characters at <paramref name="changedFrom"/>, with the same length: the search
    /// states before the change are kept and the words away from it are not looked up again, so only the words through
    /// and after it are searched. The checker tries many candidates at one place this way.
    /// </summary>
    /// <param name="floor">A score the caller has no use for unless it is reached: once the search proves that the text
    /// scores below it, it stops and returns negative infinity.</param>
    public float Rescore(ReadOnlySpan<char> text, int changedFrom, int changedLength = 1, float floor = float.NegativeInfinity)
    {
        var n = text.Length;
        if (n != _lastLength || _states is not { } states || _counts is not { } counts || _ids is not { } ids || _reach is not { } reach
            || _joins is not { } joins)
            throw new InvalidOperationException("Rescore needs a text of the length last scored on this thread");
        Array.Clear(counts, changedFrom + 1, n - changedFrom);
        return Run(text, states, counts, ids, reach, joins, Math.Max(0, changedFrom - maxWordLength + 1), changedFrom, changedFrom + changedLength, floor);
    }

    /// <summary>
    /// The Viterbi search from position <paramref name="start"/>; below <paramref name="changedFrom"/>, only the words
    /// that reach past it are expanded (the others end where the states are already known). With
    /// <paramref name="changedEnd"/> −1 (a fresh score) every word found is kept in <paramref name="ids"/>; otherwise
    /// only the words overlapping the change are looked up and the others taken from there.
    /// </summary>
    /// <param name="joins">For each position k of the text last scored, whether the characters at k − 1 and k stand
    /// together in some word; a rescore recomputes only those the change touches.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: see NgramModel.Find
    private float Run(ReadOnlySpan<char> text, State[] states, int[] counts, int[] ids, int[] reaches, bool[] joins, int start,
        int changedFrom, int changedEnd, float floor)
    {
        var n = text.Length;
        // The joins on either side of the changed characters and between them, as the changed text has them.
        Span<bool> changedJoins = stackalloc bool[changedEnd < 0 ? 0 : changedEnd - changedFrom + 1];
        for (var k = 0; k < changedJoins.Length; k++)
        {
            var at = changedFrom + k;
            changedJoins[k] = at < 1 || at >= n || pairs is null || pairs.MayContain(text[at - 1], text[at]);
        }
        if (!ReferenceEquals(_memoModel, model)) (_memo, _memoModel) = (NewMemo(), model);
        var memo = _memo!;
        Span<int> words = stackalloc int[maxWordLength];
        for (var i = start; i < n; i++)
        {
            if (i >= changedEnd && floor > float.NegativeInfinity && Ceiling(states, counts, i, n) < floor) return float.NegativeInfinity;
            if (counts[i] == 0) continue;
            if (counts[i] > beam) Prune(states.AsSpan(i * MaxStates, counts[i]), ref counts[i]);
            var max = Math.Min(maxWordLength, n - i);
            var shortest = Math.Max(1, changedFrom - i + 1);
            var any = false;
            // The first pair of neighbours that no word has ends the longer stretches' chances too.
            int reach;
            if (changedEnd >= 0 && i >= changedEnd) reach = reaches[i];
            else
            {
                reach = max;
                for (var k = i + 1; k < i + max; k++)
                    if (!(changedEnd >= 0 && k >= changedFrom && k <= changedEnd ? changedJoins[k - changedFrom] : joins[k])) { reach = k - i; break; }
                if (changedEnd < 0) reaches[i] = reach;
            }
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
                    if (m.A != from.A || m.B != from.B || m.W != w + 1)
                    {
                        if (context == int.MinValue) context = model.Context(from.A, from.B);
                        m = new Transition { A = from.A, B = from.B, W = w + 1, Score = model.ScoreInContext(context, from.B, w) };
                    }
                    Add(states, (i + len) * MaxStates, ref counts[i + len], from.B, w, from.Score + m.Score);
                }
            }
        }
        var result = float.NegativeInfinity;
        for (var k = 0; k < counts[n]; k++) result = Math.Max(result, states[n * MaxStates + k].Score);
        return result < floor ? float.NegativeInfinity : result;
    }

    /// <summary>
    /// The most any path can score once the search has expanded every position before <paramref name="at"/>: each
    /// path passes a state at <paramref name="at"/> or beyond that is already reached, and scores at most that state's
    /// score plus the rest's ceiling. (A state's score only grows as the search goes on.)
    /// </summary>
    private static float Ceiling(State[] states, int[] counts, int at, int n)
    {
        var ceiling = _ceiling!;
        var best = float.NegativeInfinity;
        for (var i = at; i <= n; i++)
            for (var k = 0; k < counts[i]; k++)
                best = Math.Max(best, states[i * MaxStates + k].Score + ceiling[i]);
        return best;
    }

    // An entry keeps the word's id plus one, so the zeroed entries of a new array match no transition and the
    // memo needs no filling (a megabyte for each thread that checks, at the start of a one-page lint).
    private static Transition[] NewMemo() => new Transition[MemoSize];

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
