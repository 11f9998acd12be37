// Which form of the 2.4 MB built-in catalog loads fastest in a bundled server: the object literal
// esbuild emits for a JSON import, a string literal given to JSON.parse, or a separate JSON file read
// at start. Each variant is bundled alone and run in a fresh process; the figure is the time from
// process start to "catalog usable" (performance.now() counts from the process's time origin).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CATALOG = resolve('server/src/catalog/data/builtin-catalog.json');

const VARIANTS = {
  objectLiteral: `const c = require(${JSON.stringify(CATALOG)});`,
  jsonParseString: `const c = JSON.parse(require(${JSON.stringify(CATALOG)}));`, // bundled with the text loader
  readFileAtStart: `const c = JSON.parse(require('fs').readFileSync(require('path').join(__dirname, 'builtin-catalog.json'), 'utf8'));`,
  readGzipFileAtStart: `const c = JSON.parse(require('zlib').gunzipSync(require('fs').readFileSync(require('path').join(__dirname, 'builtin-catalog.json.gz'))).toString('utf8'));`,
};

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] * 10) / 10;
}

export async function measureCatalogLoad(runs = 7) {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-catalog-load-'));
  try {
    copyFileSync(CATALOG, join(dir, 'builtin-catalog.json'));
    writeFileSync(join(dir, 'builtin-catalog.json.gz'), gzipSync(JSON.stringify(JSON.parse(readFileSync(CATALOG, 'utf8'))), { level: 9 }));
    const out = {};
    for (const [name, code] of Object.entries(VARIANTS)) {
      const entry = join(dir, `${name}.entry.js`);
      writeFileSync(entry, `${code}\nif (!c.skills.length) throw new Error('empty');\nprocess.stdout.write(String(performance.now()));\n`);
      const outfile = join(dir, `${name}.js`);
      await esbuild.build({
        entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning',
        loader: name === 'jsonParseString' ? { '.json': 'text' } : undefined,
      });
      const empty = join(dir, 'empty.js');
      writeFileSync(empty, 'process.stdout.write(String(performance.now()));');
      const times = [];
      const baseline = [];
      for (let i = 0; i < runs; i++) {
        times.push(Number(execFileSync(process.execPath, [outfile], { encoding: 'utf8' })));
        baseline.push(Number(execFileSync(process.execPath, [empty], { encoding: 'utf8' })));
      }
      const dataFile = { readFileAtStart: 'builtin-catalog.json', readGzipFileAtStart: 'builtin-catalog.json.gz' }[name];
      const shippedBytes = statSync(outfile).size + (dataFile ? statSync(join(dir, dataFile)).size : 0);
      out[name] = { ms: median(times), overEmptyProcessMs: Math.round((median(times) - median(baseline)) * 10) / 10, shippedBytes };
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureCatalogLoad());
