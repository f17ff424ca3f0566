#!/usr/bin/env python3
"""Convert jieba's dictionary and HMM tables into the compact binary files the engine embeds.

    python3 scripts/gen_jieba_data.py [JIEBA_PACKAGE_DIR [OUT_DIR]]

Source: Debian's python3-jieba 0.42.1 (MIT/Expat, https://github.com/fxsjy/jieba), by default
/usr/lib/python3/dist-packages/jieba. Writes, uncompressed and little-endian, laid out so that the engine reads the
arrays in place where the assembly is mapped (no decompressing, no copying at start-up; git compresses them):

src/ZjgrLsp.Core/Data/jieba/dict.bin
    magic b'ZJGRDICT', int32 version=2, int64 total, int32 node_count, int32 tag_count,
    tag_count x (uint8 length, UTF-8 bytes), zero bytes up to a multiple of 8, then
    float64 log_freq[node_count], int32 first_edge[node_count + 1], int32 freq[node_count],
    uint16 edge_char[node_count - 1], uint8 tag[node_count] (0 = none, else tag index + 1).
    A trie in breadth-first order: the child reached by edge e is node e + 1, and the edges of node n are
    first_edge[n] .. first_edge[n + 1] - 1, sorted by character. Every prefix of a word is a node; a node's
    freq is 0 when it is only a prefix, as in jieba's FREQ table, and its log_freq is log(freq), 0 for a prefix
    (math.log, as jieba computes it). total is jieba's: the sum of every line's frequency, duplicates included;
    a duplicated word keeps its last line's frequency and tag.

src/ZjgrLsp.Core/Data/jieba/hmm.bin
    magic b'ZJGRHMM2', float64 start[4], float64 trans[4][4] (states B, M, E, S; a missing transition is
    jieba's MIN_FLOAT), float64 emit[4][65536]: each state's log probability of emitting a character, indexed by
    the character, MIN_FLOAT where jieba has none.
"""
import importlib, math, os, struct, sys
from collections import deque

STATES = 'BMES'
MIN_FLOAT = -3.14e100


def load_dictionary(path):
    freq, tags, total = {}, {}, 0
    with open(path, 'rb') as f:
        for line in f:
            parts = line.strip().decode('utf-8').split(' ')
            word, n = parts[0], int(parts[1])
            freq[word] = n
            total += n
            if len(parts) > 2:
                tags[word] = parts[2]
            elif word in tags:
                del tags[word]
    return freq, tags, total


def build_trie(freq):
    root = {}
    for word in freq:
        node = root
        for ch in word:
            assert ord(ch) < 0x10000, word
            node = node.setdefault(ch, {})
        node[None] = word
    # Breadth-first numbering: the child reached by edge e is node e + 1.
    order, queue = [], deque([(root, None)])
    while queue:
        node, word = queue.popleft()
        order.append((node, word))
        for ch in sorted(k for k in node if k is not None):
            child = node[ch]
            queue.append((child, child.get(None)))
    first_edge, edge_char, edges = [], [], 0
    for node, _ in order:
        first_edge.append(edges)
        for ch in sorted(k for k in node if k is not None):
            edge_char.append(ord(ch))
            edges += 1
    first_edge.append(edges)
    assert edges == len(order) - 1
    return order, first_edge, edge_char


def write_dict(out, freq, tags, total):
    order, first_edge, edge_char = build_trie(freq)
    tag_names = sorted(set(tags.values()))
    assert len(tag_names) < 255
    tag_index = {t: i + 1 for i, t in enumerate(tag_names)}
    buf = bytearray(b'ZJGRDICT')
    buf += struct.pack('<iqii', 2, total, len(order), len(tag_names))
    for t in tag_names:
        b = t.encode('utf-8')
        buf += struct.pack('<B', len(b)) + b
    buf += bytes(-len(buf) % 8)
    freqs = [freq.get(w, 0) if w else 0 for _, w in order]
    buf += struct.pack('<%dd' % len(freqs), *(math.log(f) if f > 0 else 0.0 for f in freqs))
    buf += struct.pack('<%di' % len(first_edge), *first_edge)
    buf += struct.pack('<%di' % len(freqs), *freqs)
    buf += struct.pack('<%dH' % len(edge_char), *edge_char)
    buf += bytes(tag_index.get(tags.get(w), 0) if w else 0 for _, w in order)
    with open(out, 'wb') as f:
        f.write(buf)
    return len(order)


def write_hmm(out, start, trans, emit):
    buf = bytearray(b'ZJGRHMM2')
    buf += struct.pack('<4d', *(start[s] for s in STATES))
    for a in STATES:
        buf += struct.pack('<4d', *(trans[a].get(b, MIN_FLOAT) for b in STATES))
    for s in STATES:
        table = [MIN_FLOAT] * 65536
        for ch, p in emit[s].items():
            assert len(ch) == 1 and ord(ch) < 0x10000
            table[ord(ch)] = p
        buf += struct.pack('<65536d', *table)
    with open(out, 'wb') as f:
        f.write(buf)


def main():
    pkg = sys.argv[1] if len(sys.argv) > 1 else '/usr/lib/python3/dist-packages/jieba'
    sys.path.insert(0, os.path.dirname(pkg))
    finalseg = importlib.import_module(os.path.basename(pkg) + '.finalseg')
    here = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'ZjgrLsp.Core', 'Data', 'jieba')
    freq, tags, total = load_dictionary(os.path.join(pkg, 'dict.txt'))
    nodes = write_dict(os.path.join(here, 'dict.bin'), freq, tags, total)
    write_hmm(os.path.join(here, 'hmm.bin'), finalseg.start_P, finalseg.trans_P, finalseg.emit_P)
    print(f'{len(freq)} words, {nodes} trie nodes, total {total}')


if __name__ == '__main__':
    main()
