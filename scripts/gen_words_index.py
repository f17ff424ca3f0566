#!/usr/bin/env python3
"""Writes src/ZjgrLsp.Core/Data/lm/words_sc.idx: a hash table of the readings in words_sc.tsv (written by
scripts/gen_lm_data.py), so that the engine finds a reading's line in one or two probes of a small table instead of
a binary search over the 2.4 MB file. Standard library only; the output is byte-for-byte reproducible from the
words file.

The spelling checker asks for the readings of every two- and three-character stretch of a page, up to eight
readings a stretch, and nearly all of them are absent: the binary search's seventeen steps, each scanning back to a
line's start, were a tenth of a batch lint's time. A slot keeps the reading's hash beside its line, so an absent
reading is answered from the table alone, without touching the words file.

Most stretches are read by their syllables, not their bytes: the file also lists the syllables its readings use,
and for two-syllable readings (half the file, and nearly every two-character stretch a page asks for) a table by
the two syllables' numbers gives the line at once; for longer readings a bit set of their syllable numbers' hashes
answers most absent ones (nineteen in twenty of those asked are) without spelling the reading or probing the table.

Layout (little-endian): magic "ZJWI0002", uint32 slots (a power of two), uint32 length of the words file it indexes
(to detect a mismatch), uint32 syllables S, uint32 bloom bits B (a power of two); then
- uint32 pairs [slots]: (offset of the line's first byte + 1, 0 = empty; FNV-1a 32 of the reading's UTF-8 bytes,
  the text before the tab). A reading's slot is its hash modulo slots, then linear probing.
- the syllables, in byte order, each in 8 bytes padded with NULs; a syllable's number is its place in this list.
- uint32 [S * S]: for syllables x and y, at x * S + y, the offset + 1 of the line of the reading "x'y" (0: none).
- B bits (bytes of eight, the lowest bit first): for each reading of three or more syllables s1, s2, …, the bit
  of its syllable hash (FNV-1a 32 over the syllable numbers, each folded in whole: h = (h ^ s) * 16777619) modulo B.

Usage: scripts/gen_words_index.py [--words PATH] [--out PATH]
"""
import argparse, os, struct

from data_file import write_table

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_WORDS = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "words_sc.tsv")
DEFAULT_OUT = os.path.join(ROOT, "src", "ZjgrLsp.Core", "Data", "lm", "words_sc.idx")
MAGIC = b"ZJWI0002"
SYLLABLE_BYTES = 8
BLOOM_BITS_PER_READING = 16  # one hash: about one absent reading in twenty passes
MAX_LOAD = 0.4  # linear probing stays near one probe a look-up, absent readings included


def fnv1a(data):
    """FNV-1a 32 of a reading's bytes, or of its syllable numbers (each number folded in whole, as a byte is)."""
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def lines_of(data):
    """Each line's (offset, reading bytes), in file order."""
    lines = []
    at = 0
    while at < len(data):
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        tab = data.find(b"\t", at, end)
        if tab >= 0:
            lines.append((at, data[at:tab]))
        at = end + 1
    return lines


def index(lines):
    """The table's slots, as a list of (offset + 1, hash) pairs, for the words file's lines."""
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


def syllable_tables(lines):
    """The syllables (sorted), the two-syllable table (offset + 1 by x * S + y) and the bloom bits of longer readings."""
    syllables = sorted({s for _, reading in lines for s in reading.split(b"'")})
    assert all(0 < len(s) <= SYLLABLE_BYTES for s in syllables), "a syllable longer than the table's slots"
    number = {s: k for k, s in enumerate(syllables)}
    count = len(syllables)
    pairs = [0] * (count * count)
    longer = []
    for start, reading in lines:
        numbers = [number[s] for s in reading.split(b"'")]
        if len(numbers) == 2:
            pairs[numbers[0] * count + numbers[1]] = start + 1
        elif len(numbers) > 2:
            longer.append(fnv1a(numbers))
    bits = 1
    while bits < BLOOM_BITS_PER_READING * len(longer):
        bits *= 2
    bloom = bytearray(bits // 8)
    for h in longer:
        bloom[(h & (bits - 1)) >> 3] |= 1 << (h & 7)
    return syllables, pairs, bits, bloom


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", default=DEFAULT_WORDS)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    with open(args.words, "rb") as f:
        data = f.read()
    lines = lines_of(data)
    table = index(lines)
    syllables, pairs, bits, bloom = syllable_tables(lines)
    out = bytearray(struct.pack("<8s4I", MAGIC, len(table), len(data), len(syllables), bits))
    for start, h in table:
        out += struct.pack("<2I", start, h)
    for syllable in syllables:
        out += syllable.ljust(SYLLABLE_BYTES, b"\0")
    out += struct.pack(f"<{len(pairs)}I", *pairs)
    out += bloom
    write_table(args.out, out, f"{sum(1 for s, _ in table if s)} readings in {len(table)} slots, {len(syllables)} syllables, "
                f"{sum(1 for p in pairs if p)} two-syllable readings, {bits} bloom bits")


if __name__ == "__main__":
    main()
