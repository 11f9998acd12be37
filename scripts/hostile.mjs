#!/usr/bin/env node
// Issue #17's reproductions at the issue's full sizes, each in a fresh process: the time it takes and the
// peak memory (maxRSS) of the process doing the work. SECURITY.md quotes these figures; the tests assert
// what each limit does (test/unit/robustness/hostile-limits.test.ts, test/lsp/hostile.test.ts,
// test/cli/hostile-repo.test.ts) without a clock. Needs the build (`node esbuild.mjs`).
// Usage: node scripts/hostile.mjs [--only name,name]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { require as tsxRequire } from 'tsx/cjs/api';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { only: { type: 'string' }, probe: { type: 'string' } } });

// In-process probes (Workspace, as the server and the CLI use it), run one per child process.
const MODEL = {
  'too-deep 47,000 documents (4.98 MB)': (h) => file(h.tooDeepDocuments(47_000)),
  'too-deep 10,000 documents (1 MB)': (h) => file(h.tooDeepDocuments(10_000)),
  'alias fan-out 200,000 × 99 (600 KB), open + one keystroke': (h) => file(h.aliasFanOut(200_000, 99), true),
  'alias fan-out 1,600,000 × 99 (4.8 MB), open + one keystroke': (h) => file(h.aliasFanOut(1_600_000, 99), true),
  'densest file under the value budget (599,990 values, 1.8 MB), open + one keystroke': () => file(`kind: role\nid: fan\nx: [${Array(599_990).fill('a').join(', ')}]\n`, true),
  'extends chain of 5,000 roles: load, check all, edit near the root': (h) => files(h.extendsChain(5000, false), 'r10.skills.yaml'),
  'extends chain of 5,000 roles closed into a loop': (h) => files(h.extendsChain(5000, true), 'r10.skills.yaml'),
  'requires loop through 5,000 catalog files': (h) => files(h.requiresChain(5000, true), 'c10.skills.yaml'),
  'report for a role needing the end of a 5,000-skill requires chain': (h) => {
    const { Workspace } = tsxRequire('../server/src/workspace/index.ts', import.meta.url);
    const ws = new Workspace({ today: '2026-11-27' });
    ws.setFiles(Object.entries({ ...h.requiresChain(5000, false),
      'role.skills.yaml': 'kind: role\nid: chained\ntitle: Chained\nrequirements:\n  - { skill: s4999, level: 3, priority: must }\n',
      'ada.skills.yaml': 'kind: candidate\nname: Ada\nskills:\n  - { skill: Python, level: 2 }\ntargets: [chained]\n' }));
    const diagnostics = ws.diagnostics('ada.skills.yaml').length;   // the candidate's checks build the plan too
    return `${ws.report('ada.skills.yaml').roadmap.phases.flatMap((p) => p.items).length} roadmap items, ${diagnostics} diagnostics`;
  },
  '100,000 problems in one file': () => file(`kind: candidate\nname: Many\ntargets:\n${Array.from({ length: 100_000 }, (_, i) => `  - r${i}`).join('\n')}\n`),
};

function file(text, keystroke = false) {
  const { Workspace } = tsxRequire('../server/src/workspace/index.ts', import.meta.url);
  const ws = new Workspace({ today: '2026-11-27' });
  ws.setFile('hostile.skills.yaml', text);
  const n = ws.diagnostics('hostile.skills.yaml').length;
  if (keystroke) { ws.setFile('hostile.skills.yaml', text.replace('kind:', 'kind: ')); ws.diagnostics('hostile.skills.yaml'); }
  return `${(text.length / 1e6).toFixed(2)} MB, ${n} diagnostics`;
}

function files(all, edited) {
  const { Workspace } = tsxRequire('../server/src/workspace/index.ts', import.meta.url);
  const ws = new Workspace({ today: '2026-11-27' });
  ws.setFiles(Object.entries(all));
  let n = 0;
  for (const f of Object.keys(all)) n += ws.diagnostics(f).length;
  ws.setFile(edited, all[edited].replace('level: ', 'level:  '));
  for (const f of Object.keys(all)) ws.diagnostics(f);
  return `${Object.keys(all).length} files, ${n} diagnostics`;
}

if (values.probe) {
  const { hostileFiles } = tsxRequire('../test/unit/robustness/hostile-inputs.ts', import.meta.url);
  const started = performance.now();
  const what = MODEL[values.probe](hostileFiles);
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ what, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const rows = [];
const wanted = (name) => !values.only || values.only.split(',').some((w) => name.includes(w));
for (const name of Object.keys(MODEL).filter(wanted)) {
  const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--probe', name], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) { rows.push([name, 'FAILED', r.stderr.slice(-400)]); continue; }
  const { what, ms, maxRssMb } = JSON.parse(r.stdout);
  rows.push([name, `${(ms / 1000).toFixed(2)} s, ${maxRssMb.toFixed(0)} MB peak`, what]);
  console.log(rows.at(-1).join(' | '));
}

// The CLI on 20,000 tiny files in a git repository (half of them roles).
if (wanted('skillgap check on 20,000 files')) {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-hostile-cli-'));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  for (let i = 0; i < 20_000; i++) {
    writeFileSync(join(dir, `f${i}.skills.yaml`), i % 2
      ? `kind: candidate\nname: C${i}\nskills:\n  - { skill: Python, level: 3 }\n`
      : `kind: role\nid: r${i}\ntitle: R\nrequirements:\n  - { skill: Python, level: 3, priority: must }\n`);
  }
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'dist/cli.js'), 'check', '.', '--today', '2026-11-27'], { cwd: dir, encoding: 'utf8' });
  const ms = performance.now() - started;
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  rows.push(['skillgap check on 20,000 files', `${(ms / 1000).toFixed(2)} s, ${(kb / 1024).toFixed(0)} MB peak`, r.stdout.trim().split('\n').at(-1)]);
  console.log(rows.at(-1).join(' | '));
  rmSync(dir, { recursive: true, force: true });
}

// The server over stdio: a completion at line 2147483647, and 1,000 didChange in one write.
if (wanted('server')) {
  const { TestClient } = tsxRequire('../test/lsp/client.ts', import.meta.url);
  const { ADA, WORKSPACE } = tsxRequire('../test/lsp/fixtures.ts', import.meta.url);
  const client = await TestClient.start({ files: WORKSPACE });
  await client.diagnosticsFor('ada.skills.yaml');
  await client.open('ada.skills.yaml');
  await client.diagnosticsFor('ada.skills.yaml', (p) => p.version === 1);
  let started = performance.now();
  await client.request('textDocument/completion', client.at('ada.skills.yaml', { line: 2147483647, character: 2147483647 }));
  rows.push(['server: completion at line 2147483647', `${(performance.now() - started).toFixed(0)} ms`, '']);
  console.log(rows.at(-1).join(' | '));
  const uri = client.uri('ada.skills.yaml');
  const before = client.diagnostics.length;
  const frames = Array.from({ length: 1000 }, (_, i) => {
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: ADA.replace('Pytorch2', `Pytorch${i + 1}`) }] } });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  });
  started = performance.now();
  client.child.stdin.write(frames.join(''));
  await client.diagnosticsFor('ada.skills.yaml', (p) => p.version === 1001, before);
  const publishes = client.diagnostics.slice(before).filter((p) => p.uri === uri).length;
  rows.push(['server: 1,000 didChange in one write', `${(performance.now() - started).toFixed(0)} ms to the final publish`, `${publishes} publishes`]);
  console.log(rows.at(-1).join(' | '));
  await client.shutdown();

  // A Content-Length that is not a number: time until the server has exited.
  const child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise((res) => child.on('exit', res));
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  child.stdin.write(`Content-Length: ${init.length}\r\n\r\n${init}`);
  while (!out.includes('"id":1')) await new Promise((res) => setTimeout(res, 10));
  started = performance.now();
  child.stdin.write('Content-Length: abc\r\n\r\n{}');
  const code = await exited;
  rows.push(['server: Content-Length: abc', `exit code ${code} after ${(performance.now() - started).toFixed(0)} ms`, '']);
  console.log(rows.at(-1).join(' | '));
}

const load = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim();
console.log(`\nNode ${process.version}, load average ${load}`);
