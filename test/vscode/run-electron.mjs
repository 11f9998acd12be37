// The standard runner for contributors with a desktop and the internet: downloads VS Code with
// @vscode/test-electron and runs the same suite as run.mjs (which uses code-server, offline, in CI).
// Webview DOM probes need the Playwright-driven runner: with this runner, tests that call probe() fail
// with "SKILLGAP_PROBE_DIR is not set" unless SKILLGAP_VSCODE_SUITE narrows the run (e.g. 1-language.test.js).
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..');
const suiteDir = join(here, 'suite');
const out = mkdtempSync(join(tmpdir(), 'skillgap-vscode-suite-'));
await esbuild.build({
  entryPoints: readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f)),
  outdir: out, bundle: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
});
const workspace = join(mkdtempSync(join(tmpdir(), 'skillgap-vscode-ws-')), 'workspace');
cpSync(join(here, 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(out, 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { SKILLGAP_REPO: repo, SKILLGAP_VSCODE_SUITE: process.env.SKILLGAP_VSCODE_SUITE ?? '' },
  });
} catch (e) {
  console.error(e);
  process.exit(1);
}
