namespace ZjgrLsp.Core.Language;

/// <summary>
/// How likely a stretch of Chinese text is: the log10 probability of its best segmentation into the model's words
/// (any single character is allowed; one the model lacks is &lt;unk&gt;), each word scored by the trigram model
/// with back-off. A Viterbi search over (previous word, word) states, pruned to a small beam at each position.
/// The model has no sentence-start token, so a stretch starts with a unigram, and it has no end term.
/// </summary>
public sealed class LatticeScorer(NgramModel model, int maxWordLength = 6, int beam = 12)
{
    public NgramModel Model => model;

    public float Score(ReadOnlySpan<char> text)
    {
        var n = text.Length;
        if (n == 0) return 0;
        // states[i]: best score for each (a, b) = the last two words ending at i.
        var states = new Dictionary<(int A, int B), float>[n + 1];
        states[0] = new() { [(-1, -1)] = 0f };
        Span<int> words = stackalloc int[maxWordLength + 1];
        for (var i = 0; i < n; i++)
        {
            var here = states[i];
            if (here is null) continue;
            if (here.Count > beam) here = Prune(here);
            var max = Math.Min(maxWordLength, n - i);
            for (var len = 1; len <= max; len++)
            {
                var w = model.Find(text.Slice(i, len));
                if (w < 0)
                {
                    if (len > 1) continue;
                    w = model.UnknownId;
                }
                var next = states[i + len] ??= [];
                foreach (var ((a, b), score) in here)
                {
                    var s = score + model.Score(a, b, w);
                    if (!next.TryGetValue((b, w), out var best) || s > best) next[(b, w)] = s;
                }
            }
        }
        var end = states[n]!;
        var result = float.NegativeInfinity;
        foreach (var s in end.Values) result = Math.Max(result, s);
        return result;
    }

    private Dictionary<(int, int), float> Prune(Dictionary<(int, int), float> states) =>
        states.OrderByDescending(kv => kv.Value).Take(beam).ToDictionary(kv => kv.Key, kv => kv.Value);
}
