#!/usr/bin/env bash
# Segmenter speed and memory, side by side on one corpus (manpages-zh + seeds): python3-jieba, jieba-rs through
# @node-rs/jieba, and ours. Numbers go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
/usr/bin/python3 bench/segmenter/make_corpus.py artifacts/corpus.txt
(cd bench/segmenter && npm install --no-audit --no-fund --loglevel=error >/dev/null)
dotnet build -c Release bench/ZjgrLsp.Bench --nologo -v quiet
for run in 1 2 3; do
  /usr/bin/python3 bench/segmenter/jieba_py.py artifacts/corpus.txt
  node bench/segmenter/jieba_rs.mjs artifacts/corpus.txt
  dotnet bench/ZjgrLsp.Bench/bin/Release/net10.0/ZjgrLsp.Bench.dll segment artifacts/corpus.txt
done
