#!/usr/bin/env bash
# Issue 16's targets, each beside autocorrect (lint, LSP) or jieba-rs and python3-jieba (segmenter) measured in the
# same run: builds the Native AOT CLI and server, installs the peers (npm, Debian's python3-jieba), makes the corpus
# and runs scripts/bench_targets.py, whose table goes in docs/benchmarks.md. About ten minutes.
# Usage: bench.sh [--runs N] [--json FILE]        bench.sh --micro   (BenchmarkDotNet's warm lint of a seed page)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--micro" ]; then
  shift
  exec dotnet run -c Release --project bench/ZjgrLsp.Bench -- --filter '*' --job short "$@"
fi
# The Debian packages (python3-jieba, manpages-zh for the corpus) come with the project's setup.
for package in python3-jieba manpages-zh; do dpkg -s "$package" >/dev/null 2>&1 || { echo "bench.sh: $package is missing; run scripts/setup.sh" >&2; exit 1; }; done
(cd bench/peers && npm install --no-audit --no-fund --loglevel=error >/dev/null)
(cd bench/segmenter && npm install --no-audit --no-fund --loglevel=error >/dev/null)
dotnet build -c Release bench/ZjgrLsp.Bench --nologo -v quiet >/dev/null
scripts/publish_native.sh cli >/dev/null
scripts/publish_native.sh server >/dev/null
mkdir -p artifacts
/usr/bin/python3 bench/segmenter/make_corpus.py artifacts/corpus.txt >/dev/null
python3 scripts/bench_targets.py "$@"
