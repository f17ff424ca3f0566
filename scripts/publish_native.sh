#!/usr/bin/env bash
# Publishes the command line or the language server as a Native AOT program for linux-x64 (no .NET runtime needed
# to run it) into artifacts/native/cli/zjgr or artifacts/native/server/zjgr-lsp, and prints that path. The AOT
# compiler comes from NuGet (Microsoft.DotNet.ILCompiler) and links with the machine's gcc and zlib; scripts/test.sh
# runs the CLI tests against the CLI, and vscode-client/build.sh packages the server in the linux-x64 .vsix.
# Usage: publish_native.sh [cli|server]   (default: cli)
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-cli}" in
  cli) project=src/ZjgrLsp.Cli; out=artifacts/native/cli; exe=zjgr ;;
  server) project=src/ZjgrLsp.Server; out=artifacts/native/server; exe=zjgr-lsp ;;
  *) echo "publish_native.sh: unknown program $1 (cli, server)" >&2; exit 2 ;;
esac
rm -rf "$out"
dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true -p:IsPackable=false -o "$out" --nologo -v quiet
# Debug symbols stay beside the build, not in what ships.
rm -f "$out"/*.dbg "$out"/*.pdb
echo "$out/$exe"
