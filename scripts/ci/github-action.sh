#!/usr/bin/env bash
# What action.yml runs: `skillgap check` as SARIF into $SKILLGAP_SARIF, the text diagnostics into the log,
# and `skillgap summary` into $GITHUB_STEP_SUMMARY. Outputs sarif-file and exit-code to $GITHUB_OUTPUT.
# Exit code: skillgap check's (0 clean, 1 errors, 2 usage), or 0 for errors when SKILLGAP_FAIL_ON_ERRORS=false.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="$here/dist/cli.js"
if [ ! -f "$cli" ]; then
  # A checkout of the action has no build: build it once (the npm registry is reachable on GitHub's runners).
  echo "::group::Building skillgap"
  (cd "$here" && npm ci --no-audit --no-fund && node esbuild.mjs --production) || { echo "::error::could not build skillgap"; exit 2; }
  echo "::endgroup::"
fi
read -r -a paths <<< "${SKILLGAP_PATHS:-.}"
sarif="${SKILLGAP_SARIF:-skillgap.sarif}"
node "$cli" check "${paths[@]}" --format sarif > "$sarif"
status=$?
if [ "$status" -eq 2 ]; then
  rm -f "$sarif"
  echo "exit-code=2" >> "${GITHUB_OUTPUT:-/dev/null}"
  exit 2
fi
node "$cli" check "${paths[@]}" --format text || true
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  node "$cli" summary "${paths[@]}" >> "$GITHUB_STEP_SUMMARY" || echo "::warning::skillgap summary failed"
fi
{ echo "sarif-file=$sarif"; echo "exit-code=$status"; } >> "${GITHUB_OUTPUT:-/dev/null}"
if [ "$status" -eq 1 ] && [ "${SKILLGAP_FAIL_ON_ERRORS:-true}" = "false" ]; then exit 0; fi
exit "$status"
