#!/usr/bin/env python3
"""Segment a text line by line with the reference jieba (Debian python3-jieba), for comparison tests.

    python3 scripts/jieba_reference.py INPUT OUTPUT_HMM OUTPUT_NOHMM [--user-word WORD ...]

INPUT is UTF-8 text, split on '\\n' only. Each output has one line per input line: the tokens of
jieba.lcut(line, HMM=True) (or HMM=False) joined by U+0001.
"""
import argparse, logging
import jieba

ap = argparse.ArgumentParser()
ap.add_argument('input')
ap.add_argument('out_hmm')
ap.add_argument('out_nohmm')
ap.add_argument('--user-word', action='append', default=[])
a = ap.parse_args()
jieba.setLogLevel(logging.WARNING)
for w in a.user_word:
    jieba.add_word(w)
lines = open(a.input, encoding='utf-8', newline='').read().split('\n')
for path, hmm in ((a.out_hmm, True), (a.out_nohmm, False)):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join('\x01'.join(jieba.lcut(line, HMM=hmm)) for line in lines))
