#!/usr/bin/env python3
"""Writes src/ZjgrLsp.Core/Data/lm/lm_sc.pair: for each bigram (b, w) of the language model (lm_sc.zlm, written by
scripts/gen_lm_data.py), the highest log10 probability the model gives w right after b, whatever word came before b.
Standard library only; the output is byte-for-byte reproducible from the model file.

The spelling checker bounds what the rest of a window can still add to a candidate's score. With each word at its
ceiling in any context (lm_sc.ceil) that bound is loose: a frequent word scores well somewhere. Along text whose
words are known, each word after the first has a known predecessor, and this table bounds it by that pair, which
rules out most hopeless candidates before the lattice search.

The ceiling of (b, w) over every a: the bigram P(w | b) itself when no trigram (a, b, w) applies, raised by the
largest back-off weight of a bigram (a, b) when that is positive (back-offs are log10 and may be); and each trigram
P(w | a b). A pair that is no bigram scores back-off(b) + P(w), plus the same largest back-off: the engine adds
that from the per-word table here, so only bigrams need an entry. Each value is computed as the engine dequantises
the model and raised by 1e-4 for float rounding; the entries are 16-bit steps over their range, rounded up.

Layout (little-endian): magic "ZJLP0001", int32 words, bigrams, trigrams (the model's, to detect a mismatch),
int32 0, float32 min, float32 step, float32 context_back[words], uint16 pair[bigrams] (value = min + step * entry).

Usage: scripts/gen_lm_pairs.py [--model PATH] [--out PATH]
"""
import array, bisect, math, os, struct

from data_file import derive_from_model
from gen_lm_ceilings import SLACK, read_model

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODEL = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "lm_sc.zlm")
DEFAULT_OUT = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "lm_sc.pair")
MAGIC = b"ZJLP0001"


def pairs(data):
    m = read_model(data)
    words, bigrams, trigrams = m.words, m.bigrams, m.trigrams
    q2min, q2step, q3min, q3step = m.q2min, m.q2step, m.q3min, m.q3step
    bi_starts, bi_words, bi_prob, bi_back = m.bi_starts, m.bi_words, m.bi_prob, m.bi_back
    tri_starts, tri_words, tri_prob = m.tri_starts, m.tri_words, m.tri_prob
    bi_total = bi_starts[words]

    # The largest back-off of a bigram (a, b), by b; never below 0, the weight of a context the model lacks.
    best_back = [0] * words
    for b, q in zip(bi_words, bi_back):
        if q > best_back[b]:
            best_back[b] = q
    context_back = [max(0.0, q2min + q * q2step) for q in best_back]

    pair = [0.0] * bi_total
    for b in range(words):
        for bw in range(bi_starts[b], bi_starts[b + 1]):
            pair[bw] = q2min + bi_prob[bw] * q2step + context_back[b]
    for ab in range(bi_total):
        lo, hi = tri_starts[ab], tri_starts[ab + 1]
        if lo == hi:
            continue
        b = bi_words[ab]
        row_lo, row_hi = bi_starts[b], bi_starts[b + 1]
        for t in range(lo, hi):
            w = tri_words[t]
            bw = bisect.bisect_left(bi_words, w, row_lo, row_hi)
            assert bw < row_hi and bi_words[bw] == w, "a trigram whose last two words are no bigram"
            p = q3min + tri_prob[t] * q3step
            if p > pair[bw]:
                pair[bw] = p

    low, high = min(pair) + SLACK, max(pair) + SLACK
    step = (high - low) / 65535
    entries = array.array("H", (min(65535, math.ceil((p + SLACK - low) / step)) for p in pair))
    backs = array.array("f", (c + SLACK for c in context_back))
    return words, bigrams, trigrams, low, step, backs, entries


def table(data):
    words, bigrams, trigrams, low, step, backs, entries = pairs(data)
    out = struct.pack("<8s4i2f", MAGIC, words, bigrams, trigrams, 0, low, step) + backs.tobytes() + entries.tobytes()
    return out, f"{len(entries)} pair ceilings"


if __name__ == "__main__":
    derive_from_model(__doc__, DEFAULT_MODEL, DEFAULT_OUT, table)
