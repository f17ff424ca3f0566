using System.Runtime.CompilerServices;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// How likely a stretch of Chinese text is: the log10 probability of its best segmentation into the model's words
/// (any single character is allowed; one the model lacks is &lt;unk&gt;), each word scored by the trigram model
/// with back-off. A Viterbi search over (previous word, word) states, pruned to a small beam at each position.
/// The model has no sentence-start token, so a stretch starts with a unigram, and it has no end term.
/// <para>
/// The checker scores many overlapping windows of one run of text, and many candidates in each. So the run's words
/// are looked up once (<see cref="Begin"/>), and a window is scored (<see cref="Window"/>) by a forward search from
/// its start that windows with the same start share: the states at a position depend only on the text before it,
/// so a longer window only extends the search. A candidate changes a character or a word of the window
/// (<see cref="Rescore"/>): the states before it are kept and only the words through and after it are searched. A
/// rescore may be given a floor: it stops as soon as the states it has reached plus the most the text still ahead can
/// add fall short of it (the first word ahead at its <see cref="NgramModel.Ceiling"/> in any context, each later one
/// at its <see cref="NgramModel.PairCeiling"/> after the word before it). All of this lives in arrays reused on each thread.
/// </para>
/// </summary>
/// <param name="pairs">When given, a stretch is looked up as a word only if each two neighbouring characters of it
/// stand together in some word of the model (most stretches fail at once, without a look-up).</param>
public sealed class LatticeScorer(NgramModel model, AdjacentPairs? pairs = null, int maxWordLength = 6, int beam = 12)
{
    private const int MaxStates = 64;

    /// <summary>What one thread is scoring: the run, its words, and the search of the current window.</summary>
    private sealed class Lattice
    {
        // The run (Begin): its length, and for each position k whether text[k − 1] and text[k] may stand in a
        // word (Joins), how long a stretch from k may be before a pair breaks it (Reach), and the word id of each
        // stretch from k of length len ≤ Reach[k] (Ids[k * maxWordLength + len − 1], −1 for none).
        public int Length = -1;
        public LatticeScorer? Owner; // the scorer that began the run: a thread's scorers share one lattice
        public bool[] Joins = new bool[64];
        public int[] Reach = new int[64];
        public int[] Ids = new int[64 * 6];

        // The forward search from PassFrom, complete up to PassEnd (positions relative to PassFrom). States and
        // Counts are what a rescore works in; CleanStates and CleanCounts keep the search of the unchanged text,
        // from which a rescore restores the positions an earlier one changed (from DirtyFrom on).
        public int PassFrom = -1, PassEnd = -1, DirtyFrom = int.MaxValue;
        public State[] States = new State[64 * MaxStates];
        public int[] Counts = new int[64];
        public State[] CleanStates = new State[64 * MaxStates];
        public int[] CleanCounts = new int[64];

        // The window last asked for, [WindowFrom, WindowTo) in the run, and for each of its positions the most the
        // rest of the window could add to any path (Ceiling, window-relative, Ceiling[length] = 0).
        public int WindowFrom = -1, WindowTo = -1;
        public float[] Ceiling = new float[65];
        public int CeilingFrom; // the lowest position whose Ceiling is known
        // After[i * maxWordLength + len − 1]: the most the window after the word of length len from i can add.
        public float[] After = new float[65 * 6];
        // The run's pair ceilings (NgramModel.PairCeiling) of a word ending at q and one starting there, as asked.
        public float[] Pairs = new float[64 * 36];

        // The words of a changed window that overlap the change, from the first position a word through it can
        // start (Rescore's ChangedWords).
        public int[] ChangedReach = new int[16];
        public int[] ChangedIds = new int[16 * 6];
        // For each of those positions, the most a path on from a state there can add (Bound's), for the search to
        // leave alone the states that cannot reach its floor.
        public float[] ChangedRest = new float[16];

        public Transition[]? Memo;
        public NgramModel? MemoModel;
    }

    [ThreadStatic] private static Lattice? _lattice;

    /// <summary>
    /// Entries of the per-thread memo of n-gram scores; a power of two. 8,192 (128 KB) stays in a core's cache: with
    /// 65,536 (a megabyte) a pass over the seeds misses the memo half as often (35,500 of 215,000 look-ups against
    /// 67,700), but each look-up reads memory the rest of the pass has pushed out, and the pass took 4 % longer
    /// (side by side, six rounds).
    /// </summary>
    private const int MemoSize = 1 << 13;

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

        /// <summary>
        /// <see cref="NgramModel.Context"/>(A, B) once a word has been scored after this state, else
        /// <see cref="Unknown"/>: the states before a change serve every candidate tried there, each with new words.
        /// </summary>
        public int Context;
    }

    private const int Unknown = int.MinValue;

    public NgramModel Model => model;

    /// <summary>The score of a whole text: <see cref="Begin"/> and the <see cref="Window"/> that spans it.</summary>
    public float Score(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return 0;
        Begin(text);
        return Window(0, text.Length);
    }

    /// <summary>
    /// Takes a run of text to score windows of: each of its stretches that may be a word is looked up here, once for
    /// every window cut from the run.
    /// </summary>
    /// <param name="joins">Optional: for each position k of the run, whether run[k − 1] and run[k] may stand together
    /// in some word, when the caller has asked already (as with a rescore's changed joins, a false one must be
    /// certain). Without it, the pairs filter answers.</param>
    public void Begin(ReadOnlySpan<char> run, ReadOnlySpan<bool> joins = default)
    {
        var n = run.Length;
        if (!joins.IsEmpty && joins.Length != n) throw new ArgumentException("One join for each position of the run", nameof(joins));
        var l = _lattice ??= new Lattice();
        l.Length = n;
        l.Owner = this;
        if (l.Joins.Length < n) (l.Joins, l.Reach) = (new bool[n * 2], new int[n * 2]);
        if (l.Ids.Length < n * maxWordLength) l.Ids = new int[n * 2 * maxWordLength];
        for (var k = 1; k < n; k++) l.Joins[k] = joins.IsEmpty ? pairs is null || pairs.MayContain(run[k - 1], run[k]) : joins[k];
        for (var i = 0; i < n; i++)
        {
            // The first pair of neighbours that no word has ends the longer stretches' chances too.
            var max = Math.Min(maxWordLength, n - i);
            var reach = max;
            for (var k = i + 1; k < i + max; k++)
                if (!l.Joins[k]) { reach = k - i; break; }
            l.Reach[i] = reach;
            for (var len = 1; len <= reach; len++) l.Ids[i * maxWordLength + len - 1] = model.Find(run.Slice(i, len));
        }
        if (l.Pairs.Length < (n + 1) * maxWordLength * maxWordLength) l.Pairs = new float[(n + 1) * 2 * maxWordLength * maxWordLength];
        l.Pairs.AsSpan(0, (n + 1) * maxWordLength * maxWordLength).Fill(float.NaN);
        l.PassFrom = l.PassEnd = l.WindowFrom = l.WindowTo = -1;
        l.DirtyFrom = int.MaxValue;
    }

    /// <summary>
    /// The id of the word [<paramref name="start"/>, start + <paramref name="length"/>) of the run given to
    /// <see cref="Begin"/>, as Begin looked it up, or −1: none, or a stretch Begin did not look up because two of its
    /// neighbours stand together in no word.
    /// </summary>
    public int RunWord(int start, int length)
    {
        var l = _lattice;
        if (l is null || l.Owner != this || start < 0 || length < 1 || start + length > l.Length)
            throw new InvalidOperationException($"[{start}, {start + length}) is not in a run this scorer began on this thread");
        return length <= l.Reach[start] ? l.Ids[start * maxWordLength + length - 1] : -1;
    }

    /// <summary>
    /// The score of the window [<paramref name="from"/>, <paramref name="to"/>) of the run given to <see cref="Begin"/>;
    /// a following <see cref="Rescore"/> changes this window. Windows of the same start share one search, so ask for
    /// them together, the shortest first.
    /// </summary>
    public float Window(int from, int to)
    {
        var l = _lattice;
        if (l is null || l.Owner != this || from < 0 || to > l.Length || to <= from)
            throw new InvalidOperationException($"Window [{from}, {to}) is not in a run this scorer began on this thread");
        if (l.PassFrom != from) Pass(l, from, to);
        else if (l.PassEnd < to) Extend(l, to);
        if (l.WindowFrom != from || l.WindowTo != to)
        {
            (l.WindowFrom, l.WindowTo, l.CeilingFrom) = (from, to, to - from);
            l.Ceiling[to - from] = 0;
            if (l.After.Length < (to - from + 1) * maxWordLength) l.After = new float[(to - from + 1) * 2 * maxWordLength];
        }
        return BestAt(l.CleanStates, l.CleanCounts, to - from);
    }

    /// <summary>The best score of the states at position <paramref name="p"/> (negative infinity where there are none).</summary>
    private static float BestAt(State[] states, int[] counts, int p)
    {
        var best = float.NegativeInfinity;
        for (var k = 0; k < counts[p]; k++) best = Math.Max(best, states[p * MaxStates + k].Score);
        return best;
    }

    /// <summary>A new search from <paramref name="from"/>, to <paramref name="to"/>.</summary>
    private void Pass(Lattice l, int from, int to)
    {
        var n = to - from;
        Ensure(l, n);
        Array.Clear(l.Counts, 0, n + 1);
        l.States[0] = new State { A = -1, B = -1, Score = 0, Context = Unknown };
        l.Counts[0] = 1;
        l.PassFrom = from;
        l.PassEnd = n;
        Run(l, n, from, 0, 0, 0, float.NegativeInfinity);
        Keep(l, 0, n);
    }

    /// <summary>
    /// The search from <see cref="Lattice.PassFrom"/> carried on to <paramref name="to"/>: the words that end past
    /// its old end, then the positions beyond.
    /// </summary>
    private void Extend(Lattice l, int to)
    {
        var from = l.PassFrom;
        var end = l.PassEnd;
        var n = to - from;
        Ensure(l, n);
        Restore(l, end);
        Array.Clear(l.Counts, end + 1, n - end);
        l.PassEnd = n;
        Run(l, n, from, Math.Max(0, end - maxWordLength + 1), end, end, float.NegativeInfinity);
        // Positions before the old end only gained states further on; the old end itself was expanded (and pruned).
        Keep(l, end, n);
    }

    /// <summary>Room for a search of <paramref name="n"/> characters, what is there kept (an extension carries it on).</summary>
    private static void Ensure(Lattice l, int n)
    {
        if (l.Counts.Length >= n + 1) return;
        var size = 2 * (n + 1);
        Array.Resize(ref l.Counts, size);
        Array.Resize(ref l.CleanCounts, size);
        Array.Resize(ref l.States, size * MaxStates);
        Array.Resize(ref l.CleanStates, size * MaxStates);
        Array.Resize(ref l.Ceiling, size + 1);
    }

    /// <summary>Copies the search's states at positions [<paramref name="first"/>, <paramref name="last"/>] as the clean ones.</summary>
    private static void Keep(Lattice l, int first, int last)
    {
        for (var p = first; p <= last; p++)
        {
            var count = l.CleanCounts[p] = l.Counts[p];
            l.States.AsSpan(p * MaxStates, count).CopyTo(l.CleanStates.AsSpan(p * MaxStates));
        }
        l.DirtyFrom = last + 1;
    }

    /// <summary>Puts back the clean states up to <paramref name="last"/> where a rescore changed them.</summary>
    private static void Restore(Lattice l, int last)
    {
        for (var p = l.DirtyFrom; p <= last; p++)
        {
            var count = l.Counts[p] = l.CleanCounts[p];
            l.CleanStates.AsSpan(p * MaxStates, count).CopyTo(l.States.AsSpan(p * MaxStates));
        }
        l.DirtyFrom = Math.Max(l.DirtyFrom, last + 1);
    }

    /// <summary>
    /// For each position of the window from <paramref name="lowest"/> on, the most its rest could add to any path,
    /// whatever came before (<see cref="Lattice.Ceiling"/>): the best segmentation of the rest with its first word at
    /// its <see cref="NgramModel.Ceiling"/> and each later word at its <see cref="NgramModel.PairCeiling"/> after the
    /// word before it. Only positions after a change need it, so it is carried down as far as a rescore asks.
    /// </summary>
    private void Ceilings(Lattice l, int lowest)
    {
        var from = l.WindowFrom;
        var n = l.WindowTo - from;
        var m = maxWordLength;
        var ceiling = l.Ceiling;
        var after = l.After;
        for (var i = l.CeilingFrom - 1; i >= lowest; i--)
        {
            var reach = Math.Min(l.Reach[from + i], n - i);
            var best = float.NegativeInfinity;
            for (var len = 1; len <= reach; len++)
            {
                var v = WordAt(l, from + i, len);
                if (v < 0) continue;
                // The most the window after this word can add: its successor at the pair's ceiling, and so on.
                var end = i + len;
                var rest = end == n ? 0 : float.NegativeInfinity;
                for (int next = 1, nextReach = end < n ? Math.Min(l.Reach[from + end], n - end) : 0; next <= nextReach; next++)
                {
                    var w = WordAt(l, from + end, next);
                    if (w >= 0) rest = Math.Max(rest, PairCeiling(l, from + end, len, next, v, w) + after[end * m + next - 1]);
                }
                after[i * m + len - 1] = rest;
                best = Math.Max(best, model.Ceiling(v) + rest);
            }
            ceiling[i] = best;
        }
        l.CeilingFrom = Math.Min(l.CeilingFrom, lowest);
    }

    /// <summary>The run's word of length <paramref name="len"/> from <paramref name="at"/>, &lt;unk&gt; for a lone unknown character, −1 for none.</summary>
    private int WordAt(Lattice l, int at, int len)
    {
        var w = l.Ids[at * maxWordLength + len - 1];
        return w < 0 && len == 1 ? model.UnknownId : w;
    }

    /// <summary>The pair ceiling of the run's words v (length a, ending at q) and w (length b, from q), kept for the run.</summary>
    private float PairCeiling(Lattice l, int q, int a, int b, int v, int w)
    {
        ref var slot = ref l.Pairs[(q * maxWordLength + a - 1) * maxWordLength + b - 1];
        if (float.IsNaN(slot)) slot = model.PairCeiling(v, w);
        return slot;
    }

    /// <summary>
    /// The score of the last <see cref="Window"/> with the <paramref name="changedLength"/> characters at
    /// <paramref name="changedFrom"/> changed: <paramref name="text"/> is the changed window. The search states
    /// before the change are kept and the words away from it are not looked up again, so only the words through and
    /// after it are searched. The checker tries many candidates at one place this way.
    /// </summary>
    /// <param name="floor">A score the caller has no use for unless it is reached: once the search proves that the text
    /// scores below it, it stops and returns negative infinity.</param>
    /// <param name="changedJoins">Optional: for each of the changed text's positions k from
    /// <paramref name="changedFrom"/> to its end, whether text[k − 1] and text[k] stand together in some word, when
    /// the caller knows it (a checker trying a character knows exactly which of its neighbours it joins). A false one
    /// must be certain; a true one may be a maybe. Without it, the scorer's pairs filter answers.</param>
    public float Rescore(ReadOnlySpan<char> text, int changedFrom, int changedLength = 1, float floor = float.NegativeInfinity,
        ReadOnlySpan<bool> changedJoins = default)
    {
        var n = text.Length;
        if (_lattice is not { WindowFrom: >= 0 } l || l.Owner != this || n != l.WindowTo - l.WindowFrom || changedLength < 1 || changedFrom + changedLength > n
            || !changedJoins.IsEmpty && changedJoins.Length != changedLength + 1)
            throw new InvalidOperationException("Rescore needs a text of the length of the window last scored on this thread");
        var changedEnd = changedFrom + changedLength;
        var first = Math.Max(0, changedFrom - maxWordLength + 1);
        if (floor > float.NegativeInfinity && changedEnd < l.CeilingFrom) Ceilings(l, changedEnd);
        if (floor > float.NegativeInfinity && StandsAlone(changedLength, changedJoins)
            && !(changedLength == 1 ? LoneMayReach(l, text[changedFrom], changedFrom, floor) : AloneMayReach(l, text, changedFrom, changedLength, changedJoins, floor)))
            return float.NegativeInfinity;
        Restore(l, changedFrom);
        ChangedWords(l, text, first, changedFrom, changedEnd, changedJoins);
        if (floor > float.NegativeInfinity && Bound(l, first, changedFrom, changedEnd, floor) < floor) return float.NegativeInfinity;
        Array.Clear(l.Counts, changedFrom + 1, n - changedFrom);
        l.DirtyFrom = changedFrom + 1;
        return Run(l, n, l.WindowFrom, first, changedFrom, changedEnd, floor);
    }

    /// <summary>The longest change <see cref="AloneMayReach"/> bounds (a checker changes one character or a word of up to three).</summary>
    private const int MaxAloneChange = 4;

    /// <summary>Whether the change is a stretch that the caller knows joins neither neighbour in any word.</summary>
    private static bool StandsAlone(int changedLength, ReadOnlySpan<bool> changedJoins) =>
        changedLength <= MaxAloneChange && changedJoins.Length == changedLength + 1 && !changedJoins[0] && !changedJoins[changedLength];

    /// <summary><see cref="AloneMayReach"/> for a single character <paramref name="c"/>.</summary>
    private bool LoneMayReach(Lattice l, char c, int at, float floor)
    {
        var w = model.Find(new ReadOnlySpan<char>(in c));
        if (w < 0) w = model.UnknownId;
        var ceiling = model.Ceiling(w);
        var after = l.Ceiling[at + 1];
        if (BestAt(l.CleanStates, l.CleanCounts, at) + (ceiling + after) < floor) return false;
        var lastB = int.MinValue;
        var lastRest = float.NegativeInfinity;
        for (var k = 0; k < l.CleanCounts[at]; k++)
        {
            var state = l.CleanStates[at * MaxStates + k];
            if (state.Score + (ceiling + after) < floor) continue;
            if (state.B != lastB) (lastB, lastRest) = (state.B, (state.B < 0 ? ceiling : Math.Min(ceiling, model.PairCeiling(state.B, w))) + after);
            if (state.Score + lastRest >= floor) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a changed stretch [<paramref name="at"/>, at + length) that stands alone can reach the floor, as
    /// <see cref="Bound"/> would decide it: every path reaches the stretch at the kept states there and leaves it at
    /// its end, so a state's score plus the stretch's best segmentation into words at their ceilings (the first at its
    /// pair ceiling after the state's last word as well) and the ceiling of the window after it. Most candidates a
    /// checker scores are such (a frequent character of the same sound; a word of the same reading that joins neither
    /// neighbour, five in six of those), and most fall short: this way they cost a few reads, not a restore of the
    /// search and a look-up of the words around them. The sums are taken in Bound's order, so that the two agree to
    /// the last bit. <see cref="LoneMayReach"/> is its one-character case written out: asked four times as often as
    /// this, and through this method's two tables it cost 11 M instructions more a pass over the seeds.
    /// </summary>
    private bool AloneMayReach(Lattice l, ReadOnlySpan<char> text, int at, int length, ReadOnlySpan<bool> joins, float floor)
    {
        var m = maxWordLength;
        // The words inside the stretch (ids[i * MaxAloneChange + len − 1] from at + i), as ChangedWords would find them, and
        // best[i]: the most the stretch from at + i on and the window after it can add, each word at its ceiling.
        Span<int> ids = stackalloc int[MaxAloneChange * MaxAloneChange];
        Span<float> best = stackalloc float[MaxAloneChange + 1];
        best[length] = l.Ceiling[at + length];
        for (var i = length - 1; i >= 0; i--)
        {
            best[i] = float.NegativeInfinity;
            for (var len = 1; i + len <= length && len <= m; len++)
            {
                if (len > 1 && !joins[i + len - 1]) break; // the pair inside the stretch that no word has ends it
                var w = model.Find(text.Slice(at + i, len));
                if (w < 0 && len == 1) w = model.UnknownId;
                ids[i * MaxAloneChange + len - 1] = w;
                if (w >= 0) best[i] = Math.Max(best[i], model.Ceiling(w) + best[i + len]);
            }
        }
        if (BestAt(l.CleanStates, l.CleanCounts, at) + best[0] < floor) return false;
        // As StatesBound: each state's last word holds the stretch's first word to its pair ceiling after it.
        var lastB = int.MinValue;
        var lastRest = float.NegativeInfinity;
        for (var k = 0; k < l.CleanCounts[at]; k++)
        {
            var state = l.CleanStates[at * MaxStates + k];
            // A state that falls short with the words at their ceilings in any context needs no pair ceiling.
            if (state.Score + best[0] < floor) continue;
            if (state.B != lastB)
            {
                lastB = state.B;
                lastRest = float.NegativeInfinity;
                for (var len = 1; len <= length && len <= m; len++)
                {
                    if (len > 1 && !joins[len - 1]) break;
                    var w = ids[len - 1];
                    if (w < 0) continue;
                    var word = state.B < 0 ? model.Ceiling(w) : Math.Min(model.Ceiling(w), model.PairCeiling(state.B, w));
                    lastRest = Math.Max(lastRest, word + best[len]);
                }
            }
            if (state.Score + lastRest >= floor) return true;
        }
        return false;
    }

    /// <summary>
    /// The words of the changed window that overlap the change, looked up once for <see cref="Bound"/> and the
    /// search: for each position i from <paramref name="first"/> to the change's end, how far a stretch may reach
    /// (<see cref="Lattice.ChangedReach"/>) and the id of each stretch from i through the change's first character.
    /// </summary>
    private void ChangedWords(Lattice l, ReadOnlySpan<char> text, int first, int changedFrom, int changedEnd, ReadOnlySpan<bool> known)
    {
        var n = text.Length;
        // The joins on either side of the changed characters and between them, as the changed text has them.
        Span<bool> changedJoins = stackalloc bool[changedEnd - changedFrom + 1];
        if (!known.IsEmpty) known.CopyTo(changedJoins);
        else
            for (var k = 0; k < changedJoins.Length; k++)
            {
                var at = changedFrom + k;
                changedJoins[k] = at < 1 || at >= n || pairs is null || pairs.MayContain(text[at - 1], text[at]);
            }
        var offset = l.WindowFrom;
        if (l.ChangedReach.Length < changedEnd - first || l.ChangedIds.Length < (changedEnd - first) * maxWordLength)
            (l.ChangedReach, l.ChangedIds, l.ChangedRest) = (new int[changedEnd - first], new int[(changedEnd - first) * maxWordLength], new float[changedEnd - first]);
        // The first pair of neighbours that no word has ends the longer stretches' chances too. So, from the right: a
        // stretch from i reaches one further than one from i + 1 if the two characters join, as far as the window and
        // the longest word allow; past the change, the run's own reach holds (cut at the window's end).
        var next = changedEnd < n ? Math.Min(l.Reach[offset + changedEnd], n - changedEnd) : 0;
        for (var i = changedEnd - 1; i >= first; i--)
        {
            var k = i + 1;
            var joined = k < n && (k >= changedFrom && k <= changedEnd ? changedJoins[k - changedFrom] : l.Joins[offset + k]);
            var reach = next = joined ? Math.Min(Math.Min(maxWordLength, n - i), next + 1) : 1;
            l.ChangedReach[i - first] = reach;
            for (var len = Math.Max(1, changedFrom - i + 1); len <= reach; len++)
                l.ChangedIds[(i - first) * maxWordLength + len - 1] = model.Find(text.Slice(i, len));
        }
    }

    /// <summary>
    /// The most the changed window can score, from the kept states before the change and the words' ceilings: every
    /// path leaves a kept state at some position p up to the change's first character by a word through that
    /// character, and no word scores more than its ceiling in any context. A candidate this bound already rules out
    /// is dropped before any search.
    /// </summary>
    private float Bound(Lattice l, int first, int changedFrom, int changedEnd, float floor)
    {
        var ceiling = l.Ceiling;
        // The ceilings of the changed text from each changed position on (after the change they are the window's).
        Span<float> changedCeiling = stackalloc float[changedEnd - changedFrom + 1];
        changedCeiling[^1] = ceiling[changedEnd];
        for (var j = changedEnd - 1; j >= changedFrom; j--)
            changedCeiling[j - changedFrom] = BestWordFrom(l, j, 1, first, changedFrom, changedEnd, changedCeiling);
        var bound = float.NegativeInfinity;
        for (var p = first; p <= changedFrom; p++)
        {
            if (l.Counts[p] == 0) continue;
            var rest = l.ChangedRest[p - first] =
                p == changedFrom ? changedCeiling[0] : BestWordFrom(l, p, changedFrom - p + 1, first, changedFrom, changedEnd, changedCeiling);
            if (float.IsNegativeInfinity(rest)) continue; // no word through the change starts here (most places before it)
            var best = BestAt(l.States, l.Counts, p) + rest;
            // Within reach of the floor with each word at its ceiling in any context: bound each state's words by
            // their pair ceilings after the state's own last word instead.
            if (best >= floor && bound < floor) best = StatesBound(l, p, changedFrom - p + 1, first, changedFrom, changedEnd, changedCeiling, rest, floor);
            bound = Math.Max(bound, best);
        }
        for (var p = changedFrom + 1; p < changedEnd; p++) l.ChangedRest[p - first] = changedCeiling[p - changedFrom];
        return bound;
    }

    /// <summary>
    /// The most a path can score that leaves a kept state at <paramref name="p"/> by a changed word: each state's
    /// score plus the best of the words from p (at least <paramref name="shortest"/> long) at their pair ceilings after
    /// the state's last word, with the ceiling of the text after them. Stops once it reaches the floor; below the floor
    /// it is only known to be below it (a state that <paramref name="rest"/>, the words at their ceilings in any
    /// context, already leaves short is passed over).
    /// </summary>
    private float StatesBound(Lattice l, int p, int shortest, int first, int changedFrom, int changedEnd, ReadOnlySpan<float> changedCeiling, float rest, float floor)
    {
        var best = float.NegativeInfinity;
        var lastB = int.MinValue;
        var lastRest = float.NegativeInfinity;
        for (var k = 0; k < l.Counts[p]; k++)
        {
            var state = l.States[p * MaxStates + k];
            // A state that falls short with the words at their ceilings in any context (rest) needs no pair ceilings:
            // they only lower its bound, and a bound below the floor is all the caller asks of it.
            if (state.Score + rest < floor) continue;
            if (state.B != lastB) (lastB, lastRest) = (state.B, BestWordFrom(l, p, shortest, first, changedFrom, changedEnd, changedCeiling, state.B));
            best = Math.Max(best, state.Score + lastRest);
            if (best >= floor) break;
        }
        return best;
    }

    /// <summary>
    /// The best of a changed word from <paramref name="i"/>, at least <paramref name="shortest"/> long, at its ceiling,
    /// plus the ceiling of the text after it. After a known <paramref name="previous"/> word (−1: none, or any) the word
    /// is held to its pair ceiling after that word as well.
    /// </summary>
    private float BestWordFrom(Lattice l, int i, int shortest, int first, int changedFrom, int changedEnd, ReadOnlySpan<float> changedCeiling, int previous = -1)
    {
        var best = float.NegativeInfinity;
        var reach = l.ChangedReach[i - first];
        for (var len = shortest; len <= reach; len++)
        {
            var w = l.ChangedIds[(i - first) * maxWordLength + len - 1];
            if (w < 0 && len == 1) w = model.UnknownId;
            if (w < 0) continue;
            var end = i + len;
            var word = previous < 0 ? model.Ceiling(w) : Math.Min(model.Ceiling(w), model.PairCeiling(previous, w));
            best = Math.Max(best, word + (end <= changedEnd ? changedCeiling[end - changedFrom] : l.Ceiling[end]));
        }
        return best;
    }

    /// <summary>
    /// The Viterbi search of the <paramref name="n"/> characters of the run from <paramref name="offset"/> (changed in
    /// [<paramref name="changedFrom"/>, <paramref name="changedEnd"/>)) from position <paramref name="start"/>; below
    /// <paramref name="changedFrom"/>, only the words that reach past it are expanded (the others end where the states
    /// are already known). The words overlapping the change are those <see cref="ChangedWords"/> found; the others are the run's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: see NgramModel.Find
    private float Run(Lattice l, int n, int offset, int start, int changedFrom, int changedEnd, float floor)
    {
        var (states, counts, ids, reaches) = (l.States, l.Counts, l.Ids, l.Reach);
        var changed = changedEnd > changedFrom;
        if (!ReferenceEquals(l.MemoModel, model)) (l.Memo, l.MemoModel) = (NewMemo(), model);
        var memo = l.Memo!;
        Span<int> words = stackalloc int[maxWordLength];
        Span<float> rest = stackalloc float[maxWordLength];
        Span<float> needs = stackalloc float[maxWordLength];
        var lastFilled = changedFrom; // the furthest position given a state so far (the kept ones end at the change)
        for (var i = start; i < n; i++)
        {
            // Every state past the change was added only because it could still reach the floor (below), so the
            // search is over when no state lies at or beyond this position.
            if (i >= changedEnd && floor > float.NegativeInfinity && i > lastFilled) return float.NegativeInfinity;
            if (counts[i] == 0) continue;
            if (counts[i] > beam) Prune(states.AsSpan(i * MaxStates, counts[i]), ref counts[i]);
            var max = Math.Min(maxWordLength, n - i);
            var shortest = Math.Max(1, changedFrom - i + 1);
            var any = false;
            var inChange = changed && i < changedEnd;
            var reach = inChange ? l.ChangedReach[i - start] : Math.Min(reaches[offset + i], max);
            for (var len = shortest; len <= max; len++)
            {
                int w;
                if (len > reach) w = -1;
                else if (inChange) w = l.ChangedIds[(i - start) * maxWordLength + len - 1];
                else w = ids[(offset + i) * maxWordLength + len - 1];
                if (w < 0 && len == 1) w = model.UnknownId;
                words[len - 1] = w;
                any |= w >= 0;
            }
            if (!any) continue;
            // A state whose score plus the most the rest can add falls short of the floor cannot lead to a path that
            // reaches it; nor can any state it leads to, so leaving it unexpanded changes nothing above the floor.
            var threshold = floor == float.NegativeInfinity ? floor : floor - (i >= changedEnd ? l.Ceiling[i] : l.ChangedRest[i - start]);
            // Likewise for a word: the score a state needs for the word, at its ceiling, to keep the floor in reach, and
            // the score the state needs with the word as scored.
            if (threshold > float.NegativeInfinity)
                for (var len = shortest; len <= max; len++)
                {
                    var end = i + len;
                    rest[len - 1] = end >= changedEnd ? l.Ceiling[end] : l.ChangedRest[end - start];
                    needs[len - 1] = words[len - 1] < 0 ? float.PositiveInfinity : floor - (model.Ceiling(words[len - 1]) + rest[len - 1]);
                }
            // State by state, so that each (previous word, word) context is looked up at most once for all the words after it.
            for (var k = 0; k < counts[i]; k++)
            {
                var from = states[i * MaxStates + k];
                if (from.Score < threshold) continue;
                var context = from.Context;
                for (var len = shortest; len <= max; len++)
                {
                    var w = words[len - 1];
                    if (w < 0 || threshold > float.NegativeInfinity && from.Score < needs[len - 1]) continue;
                    ref var m = ref memo[(int)((uint)(from.A * 73856093 ^ from.B * 19349663 ^ w * 83492791) & (MemoSize - 1))];
                    if (m.A != from.A || m.B != from.B || m.W != w + 1)
                    {
                        if (context == Unknown) states[i * MaxStates + k].Context = context = model.Context(from.A, from.B);
                        m = new Transition { A = from.A, B = from.B, W = w + 1, Score = model.ScoreInContext(context, from.B, w) };
                    }
                    var score = from.Score + m.Score;
                    if (threshold > float.NegativeInfinity && score + rest[len - 1] < floor) continue;
                    Add(states, (i + len) * MaxStates, ref counts[i + len], from.B, w, score);
                    if (i + len > lastFilled) lastFilled = i + len;
                }
            }
        }
        var result = float.NegativeInfinity;
        for (var k = 0; k < counts[n]; k++) result = Math.Max(result, states[n * MaxStates + k].Score);
        return result < floor ? float.NegativeInfinity : result;
    }

    // An entry keeps the word's id plus one, so the zeroed entries of a new array match no transition and the
    // memo needs no filling.
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
            states[at + count++] = new State { A = a, B = b, Score = score, Context = Unknown };
            return;
        }
        if (score > states[at + worst].Score) states[at + worst] = new State { A = a, B = b, Score = score, Context = Unknown };
    }

    private void Prune(Span<State> states, ref int count)
    {
        states.Sort((x, y) => y.Score.CompareTo(x.Score));
        count = beam;
    }
}
