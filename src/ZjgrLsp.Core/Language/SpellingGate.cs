namespace ZjgrLsp.Core.Language;

/// <summary>What the gate weighs for one candidate at one position.</summary>
/// <param name="Gain">log10 likelihood gain of the window with the candidate over the printed text.</param>
/// <param name="Homophones">How many common characters share the printed character's reading (for a whole word: how
/// many of the model's words share the printed stretch's readings, plus one).</param>
/// <param name="PrintedInWord">The printed character already makes a vocabulary word with its neighbours (for a whole
/// word: the printed stretch is one).</param>
/// <param name="WordLength">Length of the word the candidate forms (1: none, as for 的/地/得 or a frequent character alone).</param>
/// <param name="CandidateUnigram">log10 unigram of the candidate character as a word of its own (−8 when unknown; for a
/// whole word, its rarest changed character's).</param>
/// <param name="PrintedUnigram">log10 unigram of the printed character as a word of its own (−8 when unknown; for a
/// whole word, its rarest changed character's).</param>
/// <param name="FormedWordUnigram">log10 unigram of the word the candidate forms (−8 when it forms none).</param>
/// <param name="PrintedWordUnigram">log10 unigram of the longest word the printed character forms (−8 when none).</param>
/// <param name="AfterSurname">The character before is a common surname: the position may be inside a name.</param>
public readonly record struct SpellingFeatures(CandidateKind Kind, float Gain, int Homophones, bool PrintedInWord, int WordLength,
    float CandidateUnigram = -8, float PrintedUnigram = -8, float FormedWordUnigram = -8, float PrintedWordUnigram = -8, bool AfterSurname = false);

/// <summary>
/// Decides whether a candidate is worth reporting: a logistic model over general features rather than the model's
/// gain alone. The gain counts most, but how a slip comes about matters too: same-sound slips (pinyin input) need
/// less evidence than near sounds, look-alikes or whole words, and 的/地/得 gains are small but reliable. Only a
/// candidate the model prefers (a positive gain) is ever reported. The weights and the threshold come from
/// scripts/fit_spelling_gate.py (output below): a logistic fit on the development sets refined for detection F1,
/// with the threshold set so that their 2,278 error-free sentences (102,488 characters) get at most ten reports:
/// one per 10,000 characters, the ceiling the product promises on clean copy. Many of the ten are real slips the
/// data's gold misses (牡砺, 重蹈辅辙); the rest are names and words newer than the model (御景湾, 抗疫).
/// </summary>
public static class SpellingGate
{
    // scripts/fit_spelling_gate.py /tmp/feat.tsv --tune on ../shared/eval/dev/csc (all sets); threshold: error-free
    // sentences ≤ 1.0 reports per 10k characters. On all data: precision 0.83–0.99 per set; recall of the gold slips
    // the candidates cover 0.06 (news) to 0.43 (ecspell-med). Cross-validated by sentence (2 folds), error-free text
    // gets 1–4 reports per 10k characters: the threshold's tail is thin, expect more false alarms on other text.
    private const float Bias = 7.7197f;
    private const float Gain = 1.4089f;
    private const float Sound = 1.5957f;
    private const float Near = -0.2050f;
    private const float Shape = -1.5856f;
    private const float De = 4.0949f;
    private const float Word = -1.8430f;
    private const float Single = 4.2035f;
    private const float LogHomophones = -1.2701f;
    private const float PrintedInWord = 0.2731f;
    private const float LongWord = 1.6224f;
    private const float CandidateUnigram = -0.2477f;
    private const float PrintedUnigram = 0.4861f;
    private const float FormedWordUnigram = 0.7833f;
    private const float PrintedWordUnigram = 0.5548f;
    private const float AfterSurname = -0.1058f;
    private const float Threshold = 6.4771f;

    /// <summary>How far the candidate's score is above the threshold; positive means report it.</summary>
    public static float Margin(SpellingFeatures f)
    {
        // Only what the model itself prefers is ever reported; the other features weigh how far to trust it.
        if (f.Gain <= 0) return -Threshold;
        return Gain * f.Gain + WithoutGain(f) - Threshold;
    }

    /// <summary>
    /// The gain below which a candidate with these features cannot pass (never below zero), known before the model
    /// has weighed it: the checker stops scoring a candidate as soon as the model cannot give it that much.
    /// </summary>
    public static float GainNeeded(SpellingFeatures f) => Math.Max(0, (Threshold - WithoutGain(f)) / Gain);

    /// <summary>The gate's score with the gain's term left out.</summary>
    private static float WithoutGain(SpellingFeatures f) =>
        Bias
            + f.Kind switch { CandidateKind.Sound => Sound, CandidateKind.NearSound => Near, CandidateKind.Shape => Shape, CandidateKind.De => De, CandidateKind.Word => Word, _ => -100 }
            + (f.WordLength == 1 && f.Kind is not (CandidateKind.De or CandidateKind.Word) ? Single : 0)
            + LogHomophones * MathF.Log10(Math.Max(1, f.Homophones))
            + (f.PrintedInWord ? PrintedInWord : 0)
            + (f.WordLength >= 3 ? LongWord : 0)
            + CandidateUnigram * f.CandidateUnigram
            + PrintedUnigram * f.PrintedUnigram
            + FormedWordUnigram * f.FormedWordUnigram
            + PrintedWordUnigram * f.PrintedWordUnigram
            + (f.AfterSurname ? AfterSurname : 0);
}
