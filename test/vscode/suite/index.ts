// Entry point the extension host loads (extensionTestsPath): runs every compiled *.test.js next to it
// with the repository's own mocha, and leaves a tally for the runner.
import { createRequire } from 'node:module';
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type MochaType from 'mocha';

export function run(): Promise<void> {
  const repo = process.env.SKILLGAP_REPO;
  if (!repo) throw new Error('SKILLGAP_REPO is not set: run this suite through test/vscode/run.mjs');
  const Mocha = createRequire(path.join(repo, 'package.json'))('mocha') as typeof MochaType;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, forbidOnly: true, forbidPending: true });
  const only = process.env.SKILLGAP_VSCODE_SUITE;   // the second pass (installed .vsix) runs one file
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    if (only ? file === only : !file.startsWith('vsix')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const tally = { passed: 0, failed: 0, pending: 0 };
    const runner = mocha.run((failures) => {
      if (process.env.SKILLGAP_VSCODE_RESULT) writeFileSync(process.env.SKILLGAP_VSCODE_RESULT, JSON.stringify(tally));
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => tally.passed++);
    runner.on('fail', () => tally.failed++);
    runner.on('pending', () => tally.pending++);
  });
}
