#!/usr/bin/env python3
"""Writes the benchmark corpus: the lines with Chinese from Debian's manpages-zh, then the seed pages."""
import glob, gzip, os, sys

out = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
lines = []
for path in sorted(glob.glob('/usr/share/man/zh_CN/**/*.gz', recursive=True)):
    for line in gzip.open(path, 'rt', encoding='utf-8', errors='replace').read().split('\n'):
        if any('\u4e00' <= c <= '\u9fff' for c in line):
            lines.append(line)
for path in sorted(glob.glob(os.path.join(root, 'seeds', '*.txt'))):
    lines.extend(open(path, encoding='utf-8').read().split('\n'))
open(out, 'w', encoding='utf-8').write('\n'.join(lines))
print(f'{len(lines)} lines, {sum(map(len, lines))} chars', file=sys.stderr)
