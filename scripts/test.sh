#!/usr/bin/env bash
# The test command: set up, build the VS Code .vsix offline and check its contents (the VS Code end-to-end test
# installs it), then run every test project. Ends with a line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
passed=0; failed=0; status=0
# The .vsix files must package offline: the universal one with the server's .dll, the linux-x64 one (which the
# VS Code end-to-end test installs) with the Native AOT server (one executable, no runtime beside it); both with the
# client bundle. The other three
# platforms' packages are built the same way by `vscode-client/build.sh` with no argument.
if bash vscode-client/build.sh linux-x64 >"$log" 2>&1 \
   && unzip -l vscode-client/zjgr-vscode.vsix >"$log.list" && grep -q 'extension/server/zjgr-lsp.dll' "$log.list" \
   && grep -q 'extension/dist/extension.js' "$log.list" \
   && unzip -l vscode-client/zjgr-vscode-linux-x64.vsix >"$log.list" && grep -qE 'extension/server/zjgr-lsp$' "$log.list" \
   && ! grep -qE 'extension/server/(libcoreclr.so|zjgr-lsp.dll)' "$log.list" && grep -q 'extension/dist/extension.js' "$log.list"; then
  passed=1; echo "vsix: universal (server .dll) and linux-x64 (Native AOT server) packaged with the client"
else
  failed=1; status=1; cat "$log"; echo "vsix: packaging failed"
fi

count() {
  passed=$((passed + $(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')))
  failed=$((failed + $(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')))
}
dotnet test ZjgrLsp.sln --no-build --nologo 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count

# The CLI tests again, against the Native AOT build of the CLI (and its JSON against the managed one's).
if native=$(bash scripts/publish_native.sh 2>"$log"); then
  echo "native: built $native"
  ZJGR_NATIVE="$PWD/$native" dotnet test tests/ZjgrLsp.Cli.Tests --no-build --nologo 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  count
else
  cat "$log"; echo "native: the Native AOT build of the CLI failed"; failed=$((failed + 1)); status=1
fi
rm -f "$log" "$log.list"
echo "$passed passed, $failed failed"
exit "$status"
