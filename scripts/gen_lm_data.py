#!/usr/bin/env python3
"""Converts libime's Simplified Chinese word trigram model (lm_sc.arpa, LGPL-2.1+) into the engine's memory-mapped
binary, src/ZjgrLsp.Core/Data/lm/lm_sc.zlm. Standard library only; the output is byte-for-byte reproducible.

It also writes src/ZjgrLsp.Core/Data/lm/words_sc.tsv, the model's words of two to four characters filed by their
toneless reading from libime's dict_sc.txt (data/dict-20220810.tar.xz): one line per reading, "chang'wei<TAB>常委 肠胃",
the words in the model's order of likelihood, the lines sorted by reading (without its index the engine finds one by binary search). The checker offers a word of
the same reading for a printed one (肠胃 for 常委). Last, it runs scripts/gen_lm_ceilings.py and
scripts/gen_lm_pairs.py on the new model (lm_sc.ceil and lm_sc.pair beside it), scripts/gen_words_index.py on the new words file (words_sc.idx, its readings' hash table) and scripts/gen_candidates.sh on the new model (lm_sc.cand, each character's candidates).

Usage: scripts/gen_lm_data.py [--arpa PATH] [--dict PATH] [--out PATH] [--words-out PATH]
Without --arpa or --dict, the Debian source package libime is downloaded with a private apt configuration (deb-src
for bookworm main; the system's apt sources are untouched) and the files are taken from its data/ tarballs.

Layout (little-endian; every section starts on an 8-byte boundary):
  header   magic "ZJLM0002", int32 words, bigrams, trigrams, 0, float32 q2min, q2max, q3min, q3max,
           then int64 offsets of: word units, word starts, unigram probs, unigram backoffs, bigram starts,
           bigram words, bigram probs, bigram backoffs, trigram starts, trigram words, trigram probs, hash slots
  words    sorted by UTF-16 code units (as .NET's ordinal order); a word's id is its index. Units: uint16[],
           starts: int32[words + 1]
  unigrams float32 log10 prob[words], float32 log10 backoff[words]
  bigrams  CSR by first word: starts int32[words + 1]; second word int32[]; prob and backoff uint16[] each,
           linear in [q2min, q2max]
  trigrams CSR by bigram index: starts int32[bigrams + 1]; third word int32[]; prob uint16[] in [q3min, q3max]
  hash     int32[HASH_SLOTS]: word id + 1 (0 = empty), slot = FNV-1a over the word's UTF-16 units, linear probing;
           finds a word in one or two comparisons instead of a binary search
"""
import argparse, io, os, struct, subprocess, sys, tarfile, tempfile, array

from data_file import write_table

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "lm_sc.zlm")
DEFAULT_WORDS_OUT = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "words_sc.tsv")
MAGIC = b"ZJLM0002"
HASH_SLOTS = 1 << 19  # open addressing for 165k words: a load of 0.31


def fetch_source(work):
    """Debian's libime source package through a private apt configuration: the path of its .orig tarball."""
    os.makedirs(os.path.join(work, "lists", "partial"), exist_ok=True)
    os.makedirs(os.path.join(work, "cache", "archives", "partial"), exist_ok=True)
    os.makedirs(os.path.join(work, "parts"), exist_ok=True)
    with open(os.path.join(work, "sources.list"), "w") as f:
        f.write("deb-src http://deb.debian.org/debian bookworm main\n")
    conf = os.path.join(work, "apt.conf")
    with open(conf, "w") as f:
        f.write(f'Dir::Etc::SourceList "{work}/sources.list";\nDir::Etc::SourceParts "{work}/parts";\n'
                f'Dir::State::Lists "{work}/lists";\nDir::Cache "{work}/cache";\n')
    env = dict(os.environ, APT_CONFIG=conf)
    subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
    subprocess.run(["apt-get", "source", "--download-only", "libime"], env=env, cwd=work, check=True)
    return next(os.path.join(work, n) for n in os.listdir(work) if n.startswith("libime_") and n.endswith(".orig.tar.xz"))


def extract(orig, tarball, name, work):
    """Extracts the file `name` of the data tarball `tarball` inside the source package into `work`; its path."""
    with tarfile.open(orig) as outer:
        member = next(m for m in outer.getmembers() if m.name.endswith(tarball))
        inner_bytes = outer.extractfile(member).read()
    with tarfile.open(fileobj=io.BytesIO(inner_bytes)) as inner:
        found = next(m for m in inner.getmembers() if m.name.endswith(name))
        inner.extract(found, work)
        return os.path.join(work, found.name)


def read_arpa(path):
    grams = {1: [], 2: [], 3: []}
    order = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("ngram ") or line == "\\data\\":
                continue
            if line.startswith("\\") and line.endswith("-grams:"):
                order = int(line[1])
                continue
            if line == "\\end\\":
                break
            if order == 0:
                continue
            parts = line.split("\t")
            prob = float(parts[0])
            words = parts[1].split(" ")
            backoff = float(parts[2]) if len(parts) > 2 and parts[2] != "" else 0.0
            grams[order].append((words, prob, backoff))
    return grams


def read_readings(path):
    """dict_sc.txt: "word reading" or "word<TAB>reading<TAB>weight" lines; readings are toneless, syllables joined by '."""
    readings = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                readings.setdefault(parts[0], set()).add(parts[1])
    return readings


def write_words(path, readings, unigram):
    """The model's words of 2-4 characters filed by reading, likeliest first (ties in ordinal order)."""
    groups = {}
    for word, rs in readings.items():
        if 2 <= len(word) <= 4 and word in unigram:
            for r in rs:
                # Each word once a line: the engine (WordReadings.SoundingLike) relies on it.
                if r.count("'") == len(word) - 1 and word not in groups.setdefault(r, []):
                    groups[r].append(word)
    lines = [f"{r}\t{' '.join(sorted(ws, key=lambda w: (-unigram[w], w.encode('utf-16-be'))))}\n" for r, ws in sorted(groups.items())]
    data = "".join(lines).encode("utf-8")
    write_table(path, data, f"{sum(len(ws) for ws in groups.values())} words under {len(groups)} readings")


def units(word):
    return word.encode("utf-16-le")


def fnv1a(word):
    h = 2166136261
    for i in range(0, len(word.encode("utf-16-le")), 2):
        unit = int.from_bytes(word.encode("utf-16-le")[i:i + 2], "little")
        h = ((h ^ unit) * 16777619) & 0xFFFFFFFF
    return h


def quantise(values, lo, hi):
    scale = 65535.0 / (hi - lo) if hi > lo else 0.0
    return array.array("H", (min(65535, max(0, int(round((v - lo) * scale)))) for v in values))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--arpa")
    ap.add_argument("--dict")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--words-out", default=DEFAULT_WORDS_OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        orig = None if args.arpa and args.dict else fetch_source(work)
        grams = read_arpa(args.arpa or extract(orig, "data/lm_sc.arpa-20220810.tar.xz", "lm_sc.arpa", work))
        readings = read_readings(args.dict or extract(orig, "data/dict-20220810.tar.xz", "dict_sc.txt", work))

    vocab = sorted({g[0][0] for g in grams[1]}, key=lambda w: w.encode("utf-16-be"))
    ids = {w: i for i, w in enumerate(vocab)}
    n = len(vocab)
    uni_prob = array.array("f", [0.0] * n)
    uni_back = array.array("f", [0.0] * n)
    for (w,), p, b in grams[1]:
        uni_prob[ids[w]] = p
        uni_back[ids[w]] = b

    bigrams = sorted(((ids[a], ids[b]), p, bo) for (a, b), p, bo in grams[2])
    bi_index = {key: i for i, (key, _, _) in enumerate(bigrams)}
    bi_starts = array.array("i", [0] * (n + 1))
    for (a, _), _, _ in bigrams:
        bi_starts[a + 1] += 1
    for i in range(n):
        bi_starts[i + 1] += bi_starts[i]
    bi_words = array.array("i", (b for (_, b), _, _ in bigrams))
    q2min = min(min(p for _, p, _ in bigrams), min(b for _, _, b in bigrams))
    q2max = max(max(p for _, p, _ in bigrams), max(b for _, _, b in bigrams))
    bi_prob = quantise([p for _, p, _ in bigrams], q2min, q2max)
    bi_back = quantise([b for _, _, b in bigrams], q2min, q2max)

    trigrams = []
    orphans = 0
    for (a, b, c), p, _ in grams[3]:
        key = (ids[a], ids[b])
        if key not in bi_index:
            orphans += 1
            continue
        trigrams.append((bi_index[key], ids[c], p))
    trigrams.sort()
    tri_starts = array.array("i", [0] * (len(bigrams) + 1))
    for bi, _, _ in trigrams:
        tri_starts[bi + 1] += 1
    for i in range(len(bigrams)):
        tri_starts[i + 1] += tri_starts[i]
    tri_words = array.array("i", (c for _, c, _ in trigrams))
    q3min = min(p for _, _, p in trigrams)
    q3max = max(p for _, _, p in trigrams)
    tri_prob = quantise([p for _, _, p in trigrams], q3min, q3max)

    word_units = bytearray()
    word_starts = array.array("i", [0])
    for w in vocab:
        word_units += units(w)
        word_starts.append(len(word_units) // 2)

    slots = array.array("i", [0] * HASH_SLOTS)
    for i, w in enumerate(vocab):
        h = fnv1a(w) & (HASH_SLOTS - 1)
        while slots[h]:
            h = (h + 1) & (HASH_SLOTS - 1)
        slots[h] = i + 1

    sections = [bytes(word_units), word_starts.tobytes(), uni_prob.tobytes(), uni_back.tobytes(), bi_starts.tobytes(),
                bi_words.tobytes(), bi_prob.tobytes(), bi_back.tobytes(), tri_starts.tobytes(), tri_words.tobytes(),
                tri_prob.tobytes(), slots.tobytes()]
    assert sys.byteorder == "little", "the layout is little-endian; run on a little-endian machine"
    header_size = 8 + 4 * 4 + 4 * 4 + 8 * len(sections)
    offsets, pos = [], (header_size + 7) // 8 * 8
    for s in sections:
        offsets.append(pos)
        pos = (pos + len(s) + 7) // 8 * 8
    out = bytearray(pos)
    struct.pack_into("<8s4i4f", out, 0, MAGIC, n, len(bigrams), len(trigrams), 0, q2min, q2max, q3min, q3max)
    struct.pack_into(f"<{len(sections)}q", out, 8 + 32, *offsets)
    for off, s in zip(offsets, sections):
        out[off:off + len(s)] = s
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    write_table(args.out, out, f"{n} words, {len(bigrams)} bigrams, {len(trigrams)} trigrams ({orphans} without their bigram)")
    write_words(args.words_out, readings, {w[0]: p for w, p, _ in grams[1]})
    # The ceilings are derived from the model file just written, so they always belong to it.
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_lm_ceilings.py"), "--model", args.out,
                    "--out", os.path.splitext(args.out)[0] + ".ceil"], check=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_lm_pairs.py"), "--model", args.out,
                    "--out", os.path.splitext(args.out)[0] + ".pair"], check=True)
    # And the words file's reading index from the words file just written.
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_words_index.py"), "--words", args.words_out,
                    "--out", os.path.splitext(args.words_out)[0] + ".idx"], check=True)
    # Each character's candidates, which the engine gathers from the model (lm_sc.cand beside it).
    subprocess.run([os.path.join(ROOT, "scripts", "gen_candidates.sh"), "--model", args.out,
                    os.path.splitext(args.out)[0] + ".cand"], check=True)


if __name__ == "__main__":
    main()
