#!/usr/bin/env python3
"""Writes src/ZjgrLsp.Core/Data/lm/words_sc.idx: a hash table of the readings in words_sc.tsv (written by
scripts/gen_lm_data.py), so that the engine finds a reading's line in one or two probes of a small table instead of
a binary search over the 2.4 MB file. Standard library only; the output is byte-for-byte reproducible from the
words file.

The spelling checker asks for the readings of every two- and three-character stretch of a page, up to eight
readings a stretch, and nearly all of them are absent: the binary search's seventeen steps, each scanning back to a
line's start, were a tenth of a batch lint's time. A slot keeps the reading's hash beside its line, so an absent
reading is answered from the table alone, without touching the words file.

Layout (little-endian): magic "ZJWI0001", uint32 slots (a power of two), uint32 length of the words file it indexes
(to detect a mismatch), then uint32 pairs [slots]: (offset of the line's first byte + 1, 0 = empty; FNV-1a 32 of
the reading's UTF-8 bytes, the text before the tab). A reading's slot is its hash modulo slots, then linear probing.

Usage: scripts/gen_words_index.py [--words PATH] [--out PATH]
"""
import argparse, os, struct

from data_file import write_table

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_WORDS = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "words_sc.tsv")
DEFAULT_OUT = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "words_sc.idx")
MAGIC = b"ZJWI0001"
MAX_LOAD = 0.4  # linear probing stays near one probe a look-up, absent readings included


def fnv1a(data):
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def index(data):
    """The table's slots, as a list of (offset + 1, hash) pairs, for the words file's bytes."""
    lines = []
    at = 0
    while at < len(data):
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        tab = data.find(b"\t", at, end)
        if tab >= 0:
            lines.append((at, data[at:tab]))
        at = end + 1
    slots = 1
    while slots * MAX_LOAD < len(lines):
        slots *= 2
    table = [(0, 0)] * slots
    for start, reading in lines:
        h = fnv1a(reading)
        slot = h & (slots - 1)
        while table[slot][0] != 0:
            slot = (slot + 1) & (slots - 1)
        table[slot] = (start + 1, h)
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", default=DEFAULT_WORDS)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    with open(args.words, "rb") as f:
        data = f.read()
    table = index(data)
    out = bytearray(struct.pack("<8s2I", MAGIC, len(table), len(data)))
    for start, h in table:
        out += struct.pack("<2I", start, h)
    write_table(args.out, out, f"{sum(1 for s, _ in table if s)} readings in {len(table)} slots")


if __name__ == "__main__":
    main()
