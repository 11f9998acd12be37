#!/usr/bin/env node
// The long fuzz run (the bounded one is part of `npm test`): the same properties as
// test/unit/robustness/fuzz.test.ts, with many more cases, and the slowest call of each property.
// Usage: node scripts/fuzz.mjs [--runs 100000] [--only parse,workspace,edits,fixes,server] [--seed N --path P]
// --runs is the total, shared by the properties in proportion to their cost (parse gets most).
// `server` drives the BUILT language server (dist/server.js, `node esbuild.mjs` first) over stdio:
// random incremental edits and requests (test/lsp/server-fuzz.ts); its cases cost ~70 ms each.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { require as tsxRequire } from 'tsx/cjs/api';

// The sources are TypeScript, compiled as CommonJS as in the test run (mocha --import tsx).
const { PROPERTIES, Stats } = tsxRequire('../test/unit/robustness/properties.ts', import.meta.url);
const { ServerFuzz, serverProperty } = tsxRequire('../test/lsp/server-fuzz.ts', import.meta.url);

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    only: { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
  },
});
const SHARE = { parse: 0.7, workspace: 0.1, edits: 0.1, fixes: 0.1, server: 0.01 };
const names = values.only ? values.only.split(',') : [...Object.keys(PROPERTIES), 'server'];
const total = Number(values.runs);
let failed = false;
// fast-check's warnings about object keys come from the yaml library on purpose-built junk: keep the log readable.
process.removeAllListeners('warning');

for (const name of names) {
  const runs = Math.max(1, Math.round(total * SHARE[name] / names.reduce((s, n) => s + SHARE[n], 0)));
  const started = Date.now();
  const options = {
    numRuns: runs,
    ...(values.seed !== undefined && { seed: Number(values.seed) }),
    ...(values.path !== undefined && { path: values.path }),
  };
  let result;
  let summary;
  if (name === 'server') {
    // Two servers (the one edited, and a fresh one as reference) live for the whole run.
    const fuzz = await ServerFuzz.start();
    try {
      result = await fc.check(serverProperty(fuzz), options);
    } finally {
      await fuzz.stop();
    }
    const s = fuzz.slowest;
    summary = `${fuzz.cases} cases, ${fuzz.edits} didChange, ${fuzz.requests} timed requests; slowest request ${s.ms.toFixed(1)} ms (${s.method}, ${s.chars} chars)`;
  } else {
    const stats = new Stats();
    result = fc.check(PROPERTIES[name](stats), options);
    const s = stats.slowest;
    summary = `${result.numRuns} cases, ${stats.calls} timed calls; slowest call ${s.ms.toFixed(1)} ms (${s.call}, ${s.input.length} chars)`;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${name}: ${result.failed ? 'FAILED' : 'ok'} — ${summary}, ${seconds} s`);
  if (result.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(result));
  }
}
process.exit(failed ? 1 : 0);
