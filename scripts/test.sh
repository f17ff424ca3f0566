#!/usr/bin/env bash
# The test command: set up, build the VS Code .vsix offline and check its contents (the VS Code end-to-end test
# installs it), then run every test project. Ends with a line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
passed=0; failed=0; status=0
# The .vsix must package offline and carry the client bundle and the published server.
if bash vscode-client/build.sh >"$log" 2>&1 && unzip -l vscode-client/zjgr-vscode.vsix >"$log.list" \
   && grep -q 'extension/server/zjgr-lsp.dll' "$log.list" && grep -q 'extension/dist/extension.js' "$log.list"; then
  passed=1; echo "vsix: packaged with server and client"
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
