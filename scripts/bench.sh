#!/usr/bin/env bash
# Benchmarks for docs/benchmarks.md: warm lint of a seed page (BenchmarkDotNet) and
# server start to initialize response / open to first diagnostics (real process over stdio, median of 10).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/ZjgrLsp.Bench -- --filter '*' --job short "$@"
dotnet publish src/ZjgrLsp.Server -c Release -o artifacts/server --nologo -v quiet
python3 scripts/lsp_probe.py artifacts/server/zjgr-lsp.dll seeds/000_710bbc81166087d6.txt --runs 10
