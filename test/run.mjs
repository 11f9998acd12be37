// The README's test command: build, type-check, then every suite; ends with "N passed, N failed".
// Usage: node test/run.mjs [suite…]   (suites: unit cli lsp browser vscode; default all)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const requested = process.argv.slice(2);
const suites = ['unit', 'cli', 'lsp', 'browser', 'vscode'].filter((s) => requested.length === 0 || requested.includes(s));
let passed = 0;
let failed = 0;

function step(name, cmd, args, env = {}) {
  console.log(`\n── ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function countFailure(name) {
  console.log(`✗ ${name} failed`);
  failed++;
}

if (step('build', 'node', ['esbuild.mjs'])) passed++; else countFailure('build');
if (step('type-check (tsc --noEmit, strict)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])) passed++; else countFailure('type-check');
if (step('dead code (knip: unused files, exports, dependencies)', 'npx', ['knip'])) passed++; else countFailure('dead code');

// The CLI, browser and real-VS-Code suites need Debian packages; a fresh machine gets them here (once).
if (suites.includes('cli') || suites.includes('browser') || suites.includes('vscode')) {
  if (!step('system packages (pre-commit, chromium, libkrb5-dev)', 'bash', ['test/setup-system.sh'])) countFailure('system packages');
}

const tmp = mkdtempSync(join(tmpdir(), 'skillgap-test-'));
for (const suite of suites) {
  const dir = join(root, 'test', suite);
  if (suite === 'vscode') {
    if (!existsSync(join(dir, 'run.mjs'))) continue;
    const tallyFile = join(tmp, 'vscode.json');
    const ok = step('suite: vscode (real VS Code)', 'node', [join(dir, 'run.mjs')], { SKILLGAP_TALLY: tallyFile });
    tally(tallyFile, ok, 'vscode');
    continue;
  }
  if (!existsSync(dir) || !readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.test.ts'))) continue;
  const tallyFile = join(tmp, `${suite}.json`);
  const ok = step(`suite: ${suite}`, 'node', [
    '--import', 'tsx', join(root, 'node_modules/mocha/bin/mocha.js'),
    '--reporter', join(root, 'test/support/count-reporter.cjs'),
    '--timeout', suite === 'unit' ? '20000' : '60000',
    '--forbid-only', '--forbid-pending',
    `test/${suite}/**/*.test.ts`,
  ], { SKILLGAP_TALLY: tallyFile });
  tally(tallyFile, ok, suite);
}

function tally(file, ok, suite) {
  if (!existsSync(file)) { countFailure(`${suite} (no results: the suite crashed)`); return; }
  const t = JSON.parse(readFileSync(file, 'utf8'));
  passed += t.passed;
  failed += t.failed + (t.pending ?? 0);
  if (!ok && t.failed === 0) countFailure(`${suite} (exited non-zero)`);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
