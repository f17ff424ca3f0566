#!/usr/bin/env bash
# Installs what building and testing need (Neovim and Emacs/eglot for the end-to-end tests, Python 3 for the scorer,
# python3-jieba and manpages-zh for the segmenter's reference tests,
# npm packages for the VS Code client, code-server and Chromium for the VS Code end-to-end test), then builds
# the solution. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
# Each need is checked by its Debian package (dpkg -s), never by a file or folder another package may also create.
need() { dpkg -s "$1" >/dev/null 2>&1 || need_apt+=("$1"); }
need neovim
# Emacs with eglot: the second third-party LSP client of the end-to-end tests.
need emacs-nox
need elpa-eglot
need python3
# The segmenter's reference: Debian's jieba, run by Debian's own python3, and Chinese text to compare on.
need python3-jieba
need manpages-zh
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

dotnet build ZjgrLsp.sln --nologo -v quiet -clp:ErrorsOnly
(cd vscode-client && npm ci --no-audit --no-fund --loglevel=error)
# code-server, Chromium and playwright-core for the real-VS-Code end-to-end test. If that install fails, the other
# tests still run and VsCodeTests fails with the reason.
bash scripts/setup_vscode_e2e.sh || echo "setup: the VS Code end-to-end test's install failed (see above)" >&2
