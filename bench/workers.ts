// Does checking in worker threads pay (run by bench/run.mjs, or alone: `node --import tsx bench/workers.ts`)?
// The generated organisation workspace (bench/org.ts) checked in-process by 1 and by 2 workers: every
// worker must read all files (a candidate's diagnostics depend on roles and catalogs anywhere), then
// checks its share of the files. Prints one JSON object: wall time and peak RSS for each count.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Workspace } from '../server/src/workspace';
import { generateOrganisation } from './org';

interface Job { dir: string; index: number; of: number }

function load(dir: string): [string, string][] {
  const files: [string, string][] = [];
  for (const sub of ['catalogs', 'roles', 'people']) for (const f of readdirSync(join(dir, sub))) files.push([`${sub}/${f}`, readFileSync(join(dir, sub, f), 'utf8')]);
  return files;
}

function checkShare({ dir, index, of }: Job): number {
  const workspace = new Workspace({ today: '2026-11-27' });
  workspace.setFiles(load(dir));
  let count = 0;
  workspace.files().forEach((file, i) => { if (i % of === index) count += workspace.diagnostics(file).length; });
  return count;
}

async function run(dir: string, workers: number): Promise<{ workers: number; ms: number; rssMB: number; diagnostics: number }> {
  const t = performance.now();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
  const counts = await Promise.all(Array.from({ length: workers }, (_, index) => new Promise<number>((resolve, reject) => {
    // The worker runs this file too, through tsx's CommonJS hook.
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, workerData: { dir, index, of: workers } });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  clearInterval(timer);
  return { workers, ms: Math.round(performance.now() - t), rssMB: Math.round(peak / 2 ** 20), diagnostics: counts.reduce((a, b) => a + b, 0) };
}

if (isMainThread) {
  void (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillgap-workers-'));
    try {
      const candidates = Number(process.argv.find((a) => a.startsWith('--candidates='))?.slice(13) ?? 10_000);
      generateOrganisation(dir, candidates);
      const one = await run(dir, 1);
      const two = await run(dir, 2);
      process.stdout.write(JSON.stringify({ candidates, one, two }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
} else {
  parentPort!.postMessage(checkShare(workerData as Job));
}
