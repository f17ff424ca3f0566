#!/usr/bin/env bash
# Writes src/ZjgrLsp.Core/Data/lm/lm_sc.cand: each character's spelling candidates (same sound, near sound, look-alike),
# as the engine gathers them from the model (lm_sc.zlm) and the character table (hanzi.tsv.gz), so that a checker reads
# a character's list instead of gathering it (see src/ZjgrLsp.Core/Language/CandidateFile.cs). The engine makes it,
# through the hidden `zjgr gen-candidates`, so that the table is exactly what it would build; run it again whenever
# the model, the character table or Candidates' rules change (the test CandidateFile_IsWhatTheEngineBuilds_ByteForByte
# fails until then). scripts/gen_lm_data.py runs it on a model it writes.
# Usage: scripts/gen_candidates.sh [--model PATH] [OUT]   (default: the shipped model, and OUT beside it)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
model="$root/src/ZjgrLsp.Core/Data/lm/lm_sc.zlm"
if [[ "${1:-}" == "--model" ]]; then model="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2; fi
out="${1:-${model%.zlm}.cand}"
dotnet build "$root/src/ZjgrLsp.Cli" -c Release --nologo -v quiet >/dev/null
ZJGR_LM="$model" dotnet "$root/src/ZjgrLsp.Cli/bin/Release/net10.0/zjgr.dll" gen-candidates "$out"
