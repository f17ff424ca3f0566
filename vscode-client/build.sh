#!/usr/bin/env bash
# Builds the .vsix: publishes the server into server/, type-checks and bundles the client, packages offline.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf server dist
dotnet publish ../src/ZjgrLsp.Server -c Release -o server --nologo -v quiet
cp ../LICENSE LICENSE
npm ci --no-audit --no-fund --loglevel=error
npm run --silent check
npm run --silent bundle
npm run --silent package
