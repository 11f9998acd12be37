// `npm run bench` (not part of `npm test`): builds, measures everything in one run, prints a table and
// a Markdown table for the README, and writes bench/results/latest.json (git-ignored).
//   --quick   fewer rounds (a smoke run, a few minutes)
//   --render  print the tables of the last run again
// Figures on a shared machine are noisy: the load average is recorded with them, and the comparisons
// that matter (ours vs yaml-language-server, incremental vs full parse) are taken in the same run.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureCatalogLoad } from './catalog-load.mjs';

const quick = process.argv.includes('--quick');
const pass = quick ? ['--quick'] : [];
const log = (m) => process.stderr.write(`bench: ${m}\n`);

function runTs(script, extra = []) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...pass, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out);
}

async function productionSizes() {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-prod-'));
  try {
    const common = {
      bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'error', legalComments: 'none',
      define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    };
    await esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: join(dir, 'server.js') });
    await esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: join(dir, 'extension.js'), external: ['vscode'] });
    const catalog = statSync('dist/builtin-catalog.json.gz').size;
    return { serverJs: statSync(join(dir, 'server.js')).size, catalogGz: catalog, serverWithCatalog: statSync(join(dir, 'server.js')).size + catalog, extensionJs: statSync(join(dir, 'extension.js')).size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function vsix() {
  if (!existsSync('skillgap.vsix')) return undefined;
  let hasCatalog;
  try {
    hasCatalog = execFileSync('unzip', ['-l', 'skillgap.vsix'], { encoding: 'utf8' }).includes('dist/builtin-catalog.json.gz');
  } catch {
    hasCatalog = undefined;
  }
  return { bytes: statSync('skillgap.vsix').size, modified: statSync('skillgap.vsix').mtime.toISOString(), hasCatalog };
}

/** An activation time recorded by the real-VS-Code test run, if it left one in test-results/. */
function activation() {
  if (!existsSync('test-results')) return undefined;
  const found = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/activation/i.test(e.name) && e.name.endsWith('.json')) found.push(p);
    }
  };
  walk('test-results');
  return found.length ? { file: found[0], ...JSON.parse(readFileSync(found[0], 'utf8')) } : undefined;
}

const fmt = (v, unit = 'ms') => (v === undefined || Number.isNaN(v) ? '—' : unit === 'ms' ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : unit);
const kb = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${Math.round(b / 1e3)} KB`);
const ratio = (a, b) => (a && b ? `${(b / a).toFixed(1)}×` : '—');
const verdict = (v, target) => (v === undefined ? '—' : v <= target ? 'yes' : 'no');

function rows(r) {
  const out = [];
  const editTarget = (bytes) => (bytes < 2e5 ? 10 : bytes < 2e6 ? 25 : 100);
  for (const e of r.lsp.edit) {
    const model = r.model.edit.find((m) => m.file === e.file);
    out.push([`edit → diagnostics, ${e.file} (${kb(e.bytes)}), p50 / p90`,
      `${fmt(e.skillgap.p50)} / ${fmt(e.skillgap.p90)}`, `${fmt(e.yamlLanguageServer.p50)} / ${fmt(e.yamlLanguageServer.p90)}`,
      ratio(e.skillgap.p50, e.yamlLanguageServer.p50), `≤ ${editTarget(e.bytes)} ms`, verdict(e.skillgap.p50, editTarget(e.bytes))]);
    if (model) {
      out.push([`  in-process p50: setFile (incremental parse) + checks / full parse / yaml parse (floor)`,
        `${fmt(model.setFile.p50)} + ${fmt(model.checks.p50)} / ${fmt(model.full.p50)} / ${fmt(model.yamlFloor.p50)}`, '',
        `full parse ÷ setFile: ${ratio(model.setFile.p50, model.full.p50)}`, '', '']);
    }
  }
  const ae = r.lsp.afterEdit;
  if (ae) {
    for (const what of ['hover', 'completion']) {
      out.push([`${what} right after a keystroke, ${ae.file} (${kb(ae.bytes)}), p50 / p95`,
        `${fmt(ae.skillgap[what].p50)} / ${fmt(ae.skillgap[what].p95)}`, `${fmt(ae.yamlLanguageServer[what].p50)} / ${fmt(ae.yamlLanguageServer[what].p95)}`,
        ratio(ae.skillgap[what].p95, ae.yamlLanguageServer[what].p95), 'p95 ≤ 10 ms', verdict(ae.skillgap[what].p95, 10)]);
    }
  }
  out.push(['cold start → first diagnostics (santana-mena), p50', fmt(r.lsp.coldStart.p50), '', '', '≤ 150 ms', verdict(r.lsp.coldStart.p50, 150)]);
  out.push(['hover, p50 / p95', `${fmt(r.lsp.hover.p50)} / ${fmt(r.lsp.hover.p95)}`, '', '', 'p95 ≤ 10 ms', verdict(r.lsp.hover.p95, 10)]);
  out.push(['completion, p50 / p95', `${fmt(r.lsp.completion.p50)} / ${fmt(r.lsp.completion.p95)}`, '', '', 'p95 ≤ 10 ms', verdict(r.lsp.completion.p95, 10)]);
  const wi = r.lsp.hoverWhileIndexing;
  if (wi) {
    out.push([`hover while the server indexes the organisation workspace (${wi.files} files, ${fmt(wi.indexMs)} from start to indexed; ${wi.n} hovers), p50 / p95 (max)`,
      `${fmt(wi.p50)} / ${fmt(wi.p95)} (${fmt(wi.max)})`, '', '', 'p95 ≤ 20 ms', verdict(wi.p95, 20)]);
  }
  out.push(['did-you-mean over the built-in catalog, p50 / p95', `${fmt(r.model.didYouMean.p50)} / ${fmt(r.model.didYouMean.p95)}`, '', '', 'p95 ≤ 1 ms', verdict(r.model.didYouMean.p95, 1)]);
  out.push(['report model + HTML, seed scenario, p50', fmt(r.model.report.seed.p50), '', '', '≤ 20 ms', verdict(r.model.report.seed.p50, 20)]);
  out.push(['report model + HTML, 200 requirements, p50', fmt(r.model.report.requirements200.p50), '', '', '≤ 100 ms', verdict(r.model.report.requirements200.p50, 100)]);
  const ix = r.model.indexing;
  out.push([`index ${ix.files} files (${kb(ix.bytes)}): time / peak RSS`, `${fmt(ix.ms)} / ${Math.round(ix.rssMB)} MB`, '', '', '≤ 2 s, ≤ 150 MB', ix.ms <= 2000 && ix.rssMB <= 150 ? 'yes' : 'no']);
  const org = r.org;
  if (org) {
    out.push([`skillgap check, organisation (${org.files} files, ${kb(org.bytes)}: 10,000 candidates, 300 roles, 5 catalogs): time / peak RSS`,
      `${fmt(org.ms)} / ${org.rssMB} MB`, '', '', '≤ 30 s, ≤ 1 GB', org.ms <= 30000 && org.rssMB <= 1024 ? 'yes' : 'no']);
  }
  const rr = r.roleReport;
  if (rr) {
    out.push([`role report, ${rr.candidates} candidates of one role (${rr.requirements} requirements, extends ladder): first / memoized / after one candidate's edit`,
      `${fmt(rr.firstMs)} / ${fmt(rr.memoizedMs)} / ${fmt(rr.afterOneEditMs)}`, '', '', '≤ 2 s', verdict(rr.firstMs, 2000)]);
    out.push([`  rendering it: HTML (${kb(rr.htmlBytes)}) / CSV; skillgap role as its own process`, `${fmt(rr.htmlMs)} / ${fmt(rr.csvMs)}; ${fmt(rr.cliMs)}`, '', '', '', '']);
  }
  const s = r.sizes;
  const w = r.workers;
  if (w) {
    out.push([`check ${w.candidates} candidates in worker threads, 1 / 2 workers: time (peak RSS)`,
      `${fmt(w.one.ms)} (${w.one.rssMB} MB) / ${fmt(w.two.ms)} (${w.two.rssMB} MB)`, '', `2 workers: ${ratio(w.two.ms, w.one.ms)} faster`, 'pays only if faster', w.two.ms < w.one.ms ? 'yes' : 'no']);
  }
  out.push(['dist/server.js (production) + catalog .gz', `${kb(s.serverJs)} + ${kb(s.catalogGz)} = ${kb(s.serverWithCatalog)}`, '', '', '≤ 2.5 MB', verdict(s.serverWithCatalog, 2.5e6)]);
  out.push(['dist/extension.js (production)', kb(s.extensionJs), '', '', '≤ 150 KB', verdict(s.extensionJs, 150e3)]);
  out.push(['skillgap.vsix', r.vsix ? `${kb(r.vsix.bytes)}${r.vsix.hasCatalog === false ? ' (lacks the catalog!)' : ''}` : 'not built', '', '', '≤ 4 MB', r.vsix ? verdict(r.vsix.bytes, 4e6) : '—']);
  out.push(['extension activation in the real VS Code run (server running after)', r.activation ? `${fmt(r.activation.ms)} (${r.activation.serverReadyMs === undefined ? 'awaiting the server start' : fmt(r.activation.serverReadyMs)})` : 'not recorded', '', '', '≤ 100 ms', r.activation?.ms === undefined ? '—' : verdict(r.activation.ms, 100)]);
  const pl = r.previewLatency;
  out.push(['keystroke → report preview updated in the real VS Code (seed scenario), median (range) / painted, median', pl
    ? `${fmt(pl.applied.median)} (${fmt(pl.applied.min)}–${fmt(pl.applied.max)}) / ${fmt(pl.painted.median)} (an idle frame: ${fmt(pl.idleFrame.median)})`
    : 'not recorded (node test/run.mjs vscode)', '', '', '≤ 150 ms', pl ? verdict(pl.applied.median, 150) : '—']);
  for (const [name, v] of Object.entries(r.catalogLoad)) out.push([`catalog load: ${name} (over an empty process)`, fmt(v.overEmptyProcessMs), '', '', '', '']);
  return out;
}

function markdown(r) {
  const head = ['Measure', 'Skillgap', 'yaml-language-server', 'Ratio', 'Target', 'Met'];
  const lines = [
    `Machine: ${r.machine.cpus}× ${r.machine.cpu}, ${r.machine.memGB} GB, Node ${r.machine.node}; load average ${r.machine.loadBefore.join(' / ')} before, ${r.machine.loadAfter.join(' / ')} after; ${r.date}${quick ? ' (--quick)' : ''}.`,
    '',
    `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`,
    ...rows(r).map((row) => `| ${row.join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}

function print(result) {
  const md = markdown(result);
  writeFileSync('bench/results/latest.md', md);
  const table = rows(result);
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  console.log(table.map((row) => row.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n'));
  console.log('\nMarkdown (bench/results/latest.md):\n');
  console.log(md);
}

// --render: print the tables of the last run again (bench/results/latest.json) without measuring.
if (process.argv.includes('--render')) {
  print(JSON.parse(readFileSync('bench/results/latest.json', 'utf8')));
  process.exit(0);
}

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadBefore: loadavg().map((l) => l.toFixed(2)) },
};
log('building dist/ (node esbuild.mjs)');
execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
log('production sizes');
result.sizes = await productionSizes();
result.vsix = vsix();
result.activation = activation();
// Written by the real-VS-Code suite (test/vscode/suite/5-preview-seed.test.ts), which measures it in code-server.
result.previewLatency = existsSync('bench/results/preview-latency.json') ? JSON.parse(readFileSync('bench/results/preview-latency.json', 'utf8')) : undefined;
log('catalog load formats');
result.catalogLoad = await measureCatalogLoad(quick ? 3 : 7);
log('in-process model, report, did-you-mean, indexing');
result.model = runTs('bench/model.bench.ts');
log('indexing 1,000 files (own process)');
result.model.indexing = runTs('bench/model.bench.ts', ['--indexing']).indexing;
log('LSP over stdio: skillgap vs yaml-language-server, cold start, hover, completion');
result.lsp = runTs('bench/lsp.bench.ts');
log('organisation scale: skillgap check on 10,000 candidates (own process)');
result.org = runTs('bench/org.ts');
log('role report: 2,000 candidates of one role (in-process, and skillgap role as a process)');
result.roleReport = runTs('bench/role-report.ts');
log('worker threads: the organisation check (2,000 candidates) in 1 vs 2 workers');
result.workers = runTs('bench/workers.ts', ['--candidates=2000']);
result.machine.loadAfter = loadavg().map((l) => l.toFixed(2));

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(result, null, 2) + '\n');
print(result);
