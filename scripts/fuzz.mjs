#!/usr/bin/env node
// The long fuzz run (the bounded one is part of `npm test`): the same properties as
// test/unit/robustness/fuzz.test.ts, with many more cases, and the slowest call of each property.
// Usage: node scripts/fuzz.mjs [--runs 100000] [--only parse,workspace,edits,fixes] [--seed N --path P]
// --runs is the total, shared by the properties in proportion to their cost (parse gets most).
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { require as tsxRequire } from 'tsx/cjs/api';

// The sources are TypeScript, compiled as CommonJS as in the test run (mocha --import tsx).
const { PROPERTIES, Stats } = tsxRequire('../test/unit/robustness/properties.ts', import.meta.url);

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    only: { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
  },
});
const SHARE = { parse: 0.7, workspace: 0.1, edits: 0.1, fixes: 0.1 };
const names = values.only ? values.only.split(',') : Object.keys(PROPERTIES);
const total = Number(values.runs);
let failed = false;
// fast-check's warnings about object keys come from the yaml library on purpose-built junk: keep the log readable.
process.removeAllListeners('warning');

for (const name of names) {
  const runs = Math.max(1, Math.round(total * SHARE[name] / names.reduce((s, n) => s + SHARE[n], 0)));
  const stats = new Stats();
  const started = Date.now();
  const result = fc.check(PROPERTIES[name](stats), {
    numRuns: runs,
    ...(values.seed !== undefined && { seed: Number(values.seed) }),
    ...(values.path !== undefined && { path: values.path }),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const s = stats.slowest;
  console.log(`${name}: ${result.failed ? 'FAILED' : 'ok'} — ${result.numRuns} cases, ${stats.calls} timed calls, ${seconds} s; slowest call ${s.ms.toFixed(1)} ms (${s.call}, ${s.input.length} chars)`);
  if (result.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(result));
  }
}
process.exit(failed ? 1 : 0);
