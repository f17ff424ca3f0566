#!/usr/bin/env bash
# Benchmarks for docs/benchmarks.md: warm lint of a seed page (BenchmarkDotNet) and
# server start to initialize response / open to first diagnostics (real process over stdio, median of 10).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/ZjgrLsp.Bench -- --filter '*' --job short "$@"
# The language-model spelling checker alone on one core, warm (issue 12's cost: ms per 1,000 Han characters).
DOTNET_PROCESSOR_COUNT=1 dotnet run -c Release --project bench/ZjgrLsp.Bench -- spell seeds
dotnet publish src/ZjgrLsp.Server -c Release -o artifacts/server --nologo -v quiet
python3 scripts/lsp_probe.py artifacts/server/zjgr-lsp.dll seeds/000_710bbc81166087d6.txt --runs 10
# Batch throughput: about 10 MB of pages in 40 folders (the seeds and the manpages-zh corpus, cut into pages).
/usr/bin/python3 bench/segmenter/make_corpus.py artifacts/corpus.txt
rm -rf artifacts/batch && /usr/bin/python3 - <<'PY'
import os
text = open('artifacts/corpus.txt', encoding='utf-8').read()
pages = [text[i:i + 50_000] for i in range(0, len(text), 50_000)]
n = 0
while sum(len(p.encode()) for p in pages) * (n + 1) < 10_000_000: n += 1
for k in range(n + 1):
    for j, p in enumerate(pages):
        d = f'artifacts/batch/{k:02d}-{j // 10:02d}'
        os.makedirs(d, exist_ok=True)
        open(f'{d}/{j % 10:02d}.txt', 'w', encoding='utf-8').write(p.replace('\n', '\n\n'))
PY
du -sh artifacts/batch
dotnet publish src/ZjgrLsp.Cli -c Release -o artifacts/cli --nologo -v quiet
/usr/bin/time -v dotnet artifacts/cli/zjgr.dll lint artifacts/batch --format json --fail-on never 2>&1 >/dev/null | grep -E "Elapsed|Maximum resident"
