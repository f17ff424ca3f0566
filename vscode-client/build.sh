#!/usr/bin/env bash
# Builds the .vsix files offline: type-checks and bundles the client once, then packages
#   zjgr-vscode.vsix               the server as a framework-dependent zjgr-lsp.dll, run with the user's dotnet;
#   zjgr-vscode-TARGET.vsix        for each VS Code target named (default: all four below), the server published
#                                  for that platform from NuGet's runtime packs so the extension needs nothing else
#                                  installed: Native AOT for linux-x64 (the AOT compiler needs the target's own
#                                  linker), self-contained and trimmed for the others.
# Usage: build.sh [linux-x64] [win32-x64] [darwin-arm64] [darwin-x64]
set -euo pipefail
cd "$(dirname "$0")"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(linux-x64 win32-x64 darwin-arm64 darwin-x64)

rid() {
  case "$1" in
    linux-x64) echo linux-x64 ;;
    win32-x64) echo win-x64 ;;
    darwin-arm64) echo osx-arm64 ;;
    darwin-x64) echo osx-x64 ;;
    *) echo "build.sh: unknown target $1 (linux-x64, win32-x64, darwin-arm64, darwin-x64)" >&2; exit 2 ;;
  esac
}

cp ../LICENSE LICENSE
npm ci --no-audit --no-fund --loglevel=error
npm run --silent check
npm run --silent bundle

# The universal package: no apphost, so the extension runs the .dll with dotnet.
rm -rf server
dotnet publish ../src/ZjgrLsp.Server -c Release -p:UseAppHost=false -o server --nologo -v quiet
npx --no-install vsce package --no-dependencies --out zjgr-vscode.vsix

for target in "${targets[@]}"; do
  r=$(rid "$target")
  rm -rf server
  # The server needs no reflection (source-generated JSON and RPC metadata), so it trims fully. The trimmer's
  # remaining warnings are in StreamJsonRpc's and VS Threading's debugger-display helpers and in Newtonsoft.Json,
  # which the server never calls, so they do not fail the build.
  if [ "$target" = linux-x64 ]; then
    native=$(bash ../scripts/publish_native.sh server)
    cp -r "../$(dirname "$native")" server
  else
    dotnet publish ../src/ZjgrLsp.Server -c Release -r "$r" --self-contained -p:PublishTrimmed=true \
      -p:TreatWarningsAsErrors=false -o server --nologo -v quiet
  fi
  rm -f server/*.pdb server/*.dbg
  npx --no-install vsce package --no-dependencies --target "$target" --out "zjgr-vscode-$target.vsix"
done
rm -rf server
