#!/usr/bin/env python3
"""Writes src/ZjgrLsp.Core/Data/lm/lm_sc.ceil: for each word of the language model (lm_sc.zlm, written by
scripts/gen_lm_data.py), the highest log10 probability the model gives it in any context. Standard library only;
the output is byte-for-byte reproducible from the model file.

The spelling checker stops scoring a candidate once the model cannot give it the gain the gate needs; the bound it
uses is the sum of these ceilings over the rest of a window. Computing them at start-up touched 20 MB of the mapped
model (35 ms of page faults); this file is 0.7 MB.

A word's ceiling is the largest of: its unigram; its best bigram; its unigram plus the largest unigram back-off; its
best trigram; and the bigram-level bound plus the largest bigram back-off (back-offs are log10 and may be positive).
Each is computed as the engine dequantises it, and raised by 1e-4 so that float rounding can never put the engine's
own score above it.

Layout (little-endian): magic "ZJLC0001", int32 words, bigrams, trigrams (the model's, to detect a mismatch),
int32 0, then float32 ceiling[words].

Usage: scripts/gen_lm_ceilings.py [--model PATH] [--out PATH]
"""
import array, os, struct, types

from data_file import derive_from_model

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODEL = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "lm_sc.zlm")
DEFAULT_OUT = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "lm_sc.ceil")
MODEL_MAGIC = b"ZJLM0002"
MAGIC = b"ZJLC0001"
SLACK = 1e-4


def section(data, offsets, index, end, typecode):
    """The model file's section `index` as an array of `typecode`, `end` items long."""
    a = array.array(typecode)
    a.frombytes(data[offsets[index]:offsets[index] + end * a.itemsize])
    return a


def read_model(data):
    """The model file's counts, quantisation steps and sections, as the engine reads them (NgramModel.cs)."""
    assert data[:8] == MODEL_MAGIC, "not a zjgr language model"
    words, bigrams, trigrams, _ = struct.unpack_from("<4i", data, 8)
    q2min, q2max, q3min, q3max = struct.unpack_from("<4f", data, 24)
    offsets = struct.unpack_from("<12q", data, 40)
    bi_starts = section(data, offsets, 4, words + 1, "i")
    bi_total = bi_starts[words]
    tri_starts = section(data, offsets, 8, bi_total + 1, "i")
    tri_total = tri_starts[bi_total]
    return types.SimpleNamespace(
        words=words, bigrams=bigrams, trigrams=trigrams,
        q2min=q2min, q2step=(q2max - q2min) / 65535, q3min=q3min, q3step=(q3max - q3min) / 65535,
        uni_prob=section(data, offsets, 2, words, "f"), uni_back=section(data, offsets, 3, words, "f"),
        bi_starts=bi_starts, bi_words=section(data, offsets, 5, bi_total, "i"),
        bi_prob=section(data, offsets, 6, bi_total, "H"), bi_back=section(data, offsets, 7, bi_total, "H"),
        tri_starts=tri_starts, tri_words=section(data, offsets, 9, tri_total, "i"),
        tri_prob=section(data, offsets, 10, tri_total, "H"))


def ceilings(data):
    m = read_model(data)
    words, bigrams, trigrams = m.words, m.bigrams, m.trigrams
    q2min, q2step, q3min, q3step = m.q2min, m.q2step, m.q3min, m.q3step
    uni_prob, uni_back, bi_words, bi_prob, bi_back = m.uni_prob, m.uni_back, m.bi_words, m.bi_prob, m.bi_back
    tri_words, tri_prob = m.tri_words, m.tri_prob

    best_q2 = [-1] * words
    for w, q in zip(bi_words, bi_prob):
        if q > best_q2[w]:
            best_q2[w] = q
    best_q3 = [-1] * words
    for w, q in zip(tri_words, tri_prob):
        if q > best_q3[w]:
            best_q3[w] = q
    max_uni_back = max(0.0, max(uni_back))
    max_bi_back = max(0.0, q2min + max(bi_back) * q2step)

    result = array.array("f", [0.0] * words)
    for w in range(words):
        bigram = uni_prob[w] + max_uni_back
        if best_q2[w] >= 0:
            bigram = max(bigram, q2min + best_q2[w] * q2step)
        best = max(uni_prob[w], bigram, bigram + max_bi_back)
        if best_q3[w] >= 0:
            best = max(best, q3min + best_q3[w] * q3step)
        result[w] = best + SLACK
    return words, bigrams, trigrams, result


def table(data):
    words, bigrams, trigrams, result = ceilings(data)
    return struct.pack("<8s4i", MAGIC, words, bigrams, trigrams, 0) + result.tobytes(), f"{words} ceilings"


if __name__ == "__main__":
    derive_from_model(__doc__, DEFAULT_MODEL, DEFAULT_OUT, table)
