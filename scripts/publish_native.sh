#!/usr/bin/env bash
# Publishes the command line as a Native AOT program for linux-x64 (no .NET runtime needed to run it) into
# artifacts/native/cli/zjgr. The AOT compiler comes from NuGet (Microsoft.DotNet.ILCompiler) and links with the
# machine's gcc and zlib; scripts/test.sh runs the CLI tests against the result.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/native/cli
rm -rf "$out"
dotnet publish src/ZjgrLsp.Cli -c Release -r linux-x64 -p:PublishAot=true -p:IsPackable=false -o "$out" --nologo -v quiet
# Debug symbols stay beside the build, not in what ships.
rm -f "$out"/*.dbg "$out"/*.pdb
echo "$out/zjgr"
