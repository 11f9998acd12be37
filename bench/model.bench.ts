// In-process measurements (run by bench/run.mjs under tsx): edit → diagnostics through the Workspace
// (incremental parse + checks), the same with a full parse, the yaml-package floor, did-you-mean,
// the report model + HTML, and indexing a workspace of 1,000 files. Prints one JSON object on stdout.
import { parseAllDocuments } from 'yaml';
import { SkillCatalog } from '../server/src/catalog';
import { parseSkillsFile } from '../server/src/model';
import { reparseSkillsFile, reparseScope } from '../server/src/model/incremental';
import { renderHtml } from '../server/src/render/html';
import { Workspace } from '../server/src/workspace';
import { generateCatalog, generateRole, sampleFiles } from './generate';
import { edits, stats, time, type Stats } from './stats';

const quick = process.argv.includes('--quick');


interface EditResult {
  file: string; bytes: number;
  /** Workspace.setFile + diagnostics(file); the first is the incremental parse, the second the checks. */
  incremental: Stats; setFile: Stats; checks: Stats;
  full: Stats; yamlFloor: Stats; scopes: Record<string, number>;
}

/** Edit → diagnostics of one file in a Workspace holding the samples: incremental vs a full re-parse. */
function editLatency(name: string, text: string, rounds: number): EditResult {
  const samples = sampleFiles();
  const workspace = new Workspace({ today: '2026-11-27' });
  for (const [f, t] of Object.entries(samples)) if (f !== name) workspace.setFile(f, t);
  workspace.setFile(name, text);
  workspace.diagnostics(name);
  const scopes: Record<string, number> = {};
  const sequence = edits(text, rounds);
  const setFile: number[] = [];
  const checks: number[] = [];
  for (const t of sequence) {
    setFile.push(time(() => workspace.setFile(name, t)));
    checks.push(time(() => workspace.diagnostics(name)));
    const scope = reparseScope(workspace.parsed(name)!)?.reread ?? 'none';
    scopes[scope] = (scopes[scope] ?? 0) + 1;
  }
  const incremental = setFile.map((v, i) => v + checks[i]);
  const fullRounds = Math.max(3, Math.min(rounds, Math.ceil(2e6 / text.length)));
  const full = sequence.slice(0, fullRounds).map((t) => time(() => parseSkillsFile(name, t)));
  const yamlFloor = sequence.slice(0, fullRounds).map((t) => time(() => parseAllDocuments(t)));
  return {
    file: name, bytes: Buffer.byteLength(text), incremental: stats(incremental), setFile: stats(setFile), checks: stats(checks),
    full: stats(full), yamlFloor: stats(yamlFloor), scopes,
  };
}

function parseOnly(text: string, rounds: number): Stats {
  let parsed = reparseSkillsFile(undefined, 'p.skills.yaml', text);
  return stats(edits(text, rounds).map((t) => time(() => { parsed = reparseSkillsFile(parsed, 'p.skills.yaml', t); })));
}

function didYouMean(rounds: number): Stats {
  const catalog = SkillCatalog.builtin();
  const typos = ['Pytorch2', 'Kubernets', 'tensorflw', 'Postgress', 'Javscript', 'scikitlearn', 'Dockr', 'Terrafrom', 'Reactjs', 'Mongo DB'];
  for (const t of typos) catalog.resolve(t); // warm-up
  return stats(Array.from({ length: rounds }, (_, i) => time(() => catalog.resolve(`${typos[i % typos.length]}${i % 7 === 0 ? 'x' : ''}`))));
}

function report(rounds: number): { seed: Stats; requirements200: Stats } {
  const workspace = new Workspace({ today: '2026-11-27' });
  for (const [f, t] of Object.entries(sampleFiles())) workspace.setFile(f, t);
  const seed = stats(Array.from({ length: rounds }, () => time(() => renderHtml(workspace.report('santana-mena.skills.yaml')))));
  const names = SkillCatalog.builtin().entries().slice(0, 400).map((e) => e.name);
  workspace.setFile('big-role.skills.yaml', generateRole(200, names, 'big-role'));
  const requirements200 = stats(Array.from({ length: rounds }, () => time(() => renderHtml(workspace.report('santana-mena.skills.yaml', 'big-role')))));
  return { seed, requirements200 };
}

function indexing(files: number): { files: number; bytes: number; ms: number; rssMB: number; heapMB: number } {
  const samples = Object.values(sampleFiles());
  const texts = Array.from({ length: files }, (_, i) => samples[i % samples.length].replace(/^id: ([a-z0-9-]+)/m, `id: $1-${i}`));
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const start = performance.now();
  const workspace = new Workspace({ today: '2026-11-27' });
  texts.forEach((t, i) => {
    workspace.setFile(`ws/f${i}.skills.yaml`, t);
    if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  });
  for (const f of workspace.files()) workspace.diagnostics(f);
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().rss);
  return { files, bytes: texts.reduce((n, t) => n + t.length, 0), ms, rssMB: peak / 2 ** 20, heapMB: process.memoryUsage().heapUsed / 2 ** 20 };
}

const rounds = quick ? 10 : 40;
// Indexing runs alone in its own process, so its peak RSS is not the other measurements' heap.
const result = process.argv.includes('--indexing') ? { indexing: indexing(1000) } : {
  edit: [
    editLatency('santana-mena.skills.yaml', sampleFiles()['santana-mena.skills.yaml'], rounds),
    editLatency('catalog-100.skills.yaml', generateCatalog(100, 'gen-100'), rounds),
    editLatency('catalog-1000.skills.yaml', generateCatalog(1000, 'gen-1000'), rounds),
    editLatency('catalog-10000.skills.yaml', generateCatalog(10000, 'gen-10000'), quick ? 5 : 20),
  ],
  parseOnly10000: parseOnly(generateCatalog(10000, 'gen-10000'), quick ? 5 : 20),
  didYouMean: didYouMean(quick ? 100 : 1000),
  report: report(quick ? 5 : 20),
};
process.stdout.write(JSON.stringify(result));
