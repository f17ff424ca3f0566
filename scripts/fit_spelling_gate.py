#!/usr/bin/env python3
"""Fits the spelling checker's gate (src/ZjgrLsp.Core/Language/SpellingGate.cs) on the development sets.

    dotnet src/ZjgrLsp.Cli/bin/Release/net10.0/zjgr.dll spell-features ../shared/eval/dev/csc/*/sentences.jsonl > /tmp/feat.tsv
    python3 scripts/fit_spelling_gate.py /tmp/feat.tsv [--clean-alarms 3]

A logistic model over a handful of general features (the model's gain, the candidate's kind, how many homophones the
printed character has, whether it already forms a word, the length of the word the candidate forms, both
characters' unigram frequencies), trained on every candidate of every sentence (label: the target text has the
candidate there). Its threshold is the lowest at which the error-free set ("clean") gets at most --clean-alarms
reports after the checker's own selection (the best candidate per character, at most two non-adjacent a sentence).
Prints 2-fold cross-validated detection figures (folds by sentence) and the weights as C# to paste into the gate.
Standard library only.
"""
import argparse, csv, math, random, sys
from collections import defaultdict

KINDS = ["Sound", "NearSound", "Shape", "De"]
NAMES = ["bias", "gain", "sound", "near", "shape", "de", "log_homophones", "printed_in_word", "long_word",
         "candidate_unigram", "printed_unigram", "formed_word_unigram", "printed_word_unigram", "after_surname"]


def features(r):
    k = r["kind"]
    return [1.0, float(r["gain"]), k == "Sound", k == "NearSound", k == "Shape", k == "De",
            math.log10(max(1, int(r["homophones"]))), float(r["printed_in_word"]), float(int(r["word_length"]) >= 3),
            float(r["candidate_unigram"]), float(r["printed_unigram"]), float(r["formed_word_unigram"]),
            float(r["printed_word_unigram"]), float(r["after_surname"])]


def train(rows, epochs=30, rate=0.05, l2=1e-4, seed=1):
    w = [0.0] * len(NAMES)
    data = [(features(r), int(r["label"])) for r in rows]
    pos = sum(y for _, y in data) or 1
    weight_pos = (len(data) - pos) / pos  # balance the rare positives
    rnd = random.Random(seed)
    for epoch in range(epochs):
        rnd.shuffle(data)
        lr = rate / (1 + epoch)
        for x, y in data:
            z = sum(a * b for a, b in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (p - y) * (weight_pos if y else 1.0)
            for i in range(len(w)):
                w[i] -= lr * (g * x[i] + l2 * w[i])
    return w


def score(w, r):
    return sum(a * b for a, b in zip(w, features(r)))


def select(rows, w, threshold):
    """The checker's selection: best candidate per character, at most two non-adjacent per sentence."""
    best = {}
    for r in rows:
        s = score(w, r)
        if s <= threshold:
            continue
        key = (r["set"], r["sentence"], int(r["offset"]))
        if key not in best or s > best[key][0]:
            best[key] = (s, r)
    by_sentence = defaultdict(list)
    for (st, n, off), (s, r) in best.items():
        by_sentence[(st, n)].append((s, off, r))
    chosen = []
    for items in by_sentence.values():
        picked = []
        for s, off, r in sorted(items, key=lambda t: -t[0]):
            if len(picked) == 2:
                break
            if any(abs(off - o) <= 1 for _, o, _ in picked):
                continue
            picked.append((s, off, r))
        chosen += [r for _, _, r in picked]
    return chosen


def threshold_for(rows, w, clean_alarms):
    clean = [r for r in rows if r["set"] == "clean"]
    scores = sorted({score(w, r) for r in clean}, reverse=True)
    # The lowest threshold (a value just above some clean candidate's score) that keeps clean's reports within bounds.
    best = scores[0] if scores else 0.0
    for t in scores:
        if len(select(clean, w, t)) > clean_alarms:
            break
        best = t
    return best


def report(rows, w, threshold, gold_counts):
    chosen = select(rows, w, threshold)
    for st in sorted({r["set"] for r in rows}):
        hits = sum(1 for r in chosen if r["set"] == st and r["label"] == "1")
        flags = sum(1 for r in chosen if r["set"] == st)
        gold = gold_counts.get(st, 0)
        p = hits / flags if flags else 0
        rc = hits / gold if gold else 0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0
        print(f"  {st:12} flags {flags:5} right {hits:5} gold-candidates {gold:5}  P {p:.2f} R {rc:.2f} F1 {f1:.2f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("features")
    ap.add_argument("--clean-alarms", type=int, default=3)
    args = ap.parse_args()
    with open(args.features, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    gold_counts = defaultdict(int)
    for r in rows:
        if r["label"] == "1":
            gold_counts[r["set"]] += 1
    sentences = sorted({(r["set"], r["sentence"]) for r in rows})
    rnd = random.Random(7)
    fold = {s: rnd.randrange(2) for s in sentences}
    print("2-fold cross-validation by sentence (threshold from each fold's own training half):")
    for k in range(2):
        train_rows = [r for r in rows if fold[(r["set"], r["sentence"])] != k]
        test_rows = [r for r in rows if fold[(r["set"], r["sentence"])] == k]
        w = train(train_rows)
        t = threshold_for(train_rows, w, max(1, args.clean_alarms // 2))
        print(f" fold {k}:")
        report(test_rows, w, t, defaultdict(int, {s: sum(1 for r in test_rows if r["set"] == s and r["label"] == "1") for s in gold_counts}))
    w = train(rows)
    t = threshold_for(rows, w, args.clean_alarms)
    print("all data:")
    report(rows, w, t, gold_counts)
    print("\n// Fitted by scripts/fit_spelling_gate.py on ../shared/eval/dev/csc (all sets); threshold: clean ≤ "
          f"{args.clean_alarms} reports.")
    for name, value in zip(NAMES, w):
        print(f"    private const float {''.join(p.capitalize() for p in name.split('_'))} = {value:.4f}f;")
    print(f"    private const float Threshold = {t:.4f}f;")


if __name__ == "__main__":
    main()
