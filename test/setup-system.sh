#!/usr/bin/env bash
# Installs the Debian packages the CLI, browser and real-VS-Code suites need, once: pre-commit (the CLI
# suite installs the project's hook into a temporary repository), Chromium (driven by playwright-core) and
# libkrb5-dev (code-server's native modules). Needs root and apt; otherwise it says
# what to install and exits non-zero.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: please install these Debian packages first: ${missing[*]}" >&2
  exit 1
fi
echo "setup: installing ${missing[*]} with apt-get (once)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq "${missing[@]}" >/dev/null
