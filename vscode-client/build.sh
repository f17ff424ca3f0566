#!/usr/bin/env bash
# Builds the .vsix files offline: type-checks and bundles the client once, then packages
#   zjgr-vscode.vsix               the server as a framework-dependent zjgr-lsp.dll, run with the user's dotnet;
#   zjgr-vscode-TARGET.vsix        for each VS Code target named (default: all four below), the server published
#                                  self-contained for that platform from NuGet's runtime packs and trimmed, so the
#                                  extension needs nothing else installed.
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
  # Trimming keeps whole the assemblies not marked trimmable (StreamJsonRpc and the server's own); reflection-based
  # JSON stays on, as StreamJsonRpc serialises the protocol types by reflection.
  dotnet publish ../src/ZjgrLsp.Server -c Release -r "$r" --self-contained -p:PublishTrimmed=true -p:TrimMode=partial \
    -p:SuppressTrimAnalysisWarnings=true -p:TreatWarningsAsErrors=false -p:JsonSerializerIsReflectionEnabledByDefault=true \
    -o server --nologo -v quiet
  rm -f server/*.pdb
  npx --no-install vsce package --no-dependencies --target "$target" --out "zjgr-vscode-$target.vsix"
done
rm -rf server
