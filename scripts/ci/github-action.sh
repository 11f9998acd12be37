#!/usr/bin/env bash
# What action.yml runs: `skillgap check` as SARIF into $SKILLGAP_SARIF, the text diagnostics into the log,
# `skillgap summary` into $GITHUB_STEP_SUMMARY, and with $SKILLGAP_DIFF_BASE the change impact (`skillgap diff`)
# into $SKILLGAP_IMPACT and the job summary. Outputs sarif-file, exit-code and impact-file to $GITHUB_OUTPUT.
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
impact=""
if [ -n "${SKILLGAP_DIFF_BASE:-}" ]; then
  impact="${SKILLGAP_IMPACT:-skillgap-impact.md}"
  if node "$cli" diff "${paths[@]}" --base "$SKILLGAP_DIFF_BASE" --format md > "$impact"; then
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then { echo; cat "$impact"; } >> "$GITHUB_STEP_SUMMARY"; fi
  else
    echo "::warning::skillgap diff against $SKILLGAP_DIFF_BASE failed (does the checkout hold it? actions/checkout with fetch-depth: 0)"
    rm -f "$impact"
    impact=""
  fi
fi
{ echo "sarif-file=$sarif"; echo "exit-code=$status"; echo "impact-file=$impact"; } >> "${GITHUB_OUTPUT:-/dev/null}"
if [ "$status" -eq 1 ] && [ "${SKILLGAP_FAIL_ON_ERRORS:-true}" = "false" ]; then exit 0; fi
exit "$status"
