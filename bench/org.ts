// Organisation scale (run by bench/run.mjs under tsx, or alone: `node --import tsx bench/org.ts`):
// a generated workspace of 10,000 candidates, 300 roles in 100 `extends` ladders and 5 catalogs,
// checked by the built CLI in its own process. Prints one JSON object: files, bytes, wall time,
// peak RSS of the `skillgap check` process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogItem, generatedSkillId } from './generate';

const ROOT = join(__dirname, '..');
const BUILTIN = ['Python', 'SQL', 'Docker', 'Kubernetes', 'AWS', 'Terraform', 'Git', 'Java', 'TypeScript', 'PostgreSQL', 'Linux', 'React'];
const LEVELS = ['junior', 'mid', 'senior'];

export function generateOrganisation(dir: string, candidates = 10_000, ladders = 100, catalogs = 5, skillsPerCatalog = 200): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  writeFileSync(join(dir, '.skillgap.yaml'), 'today: 2026-11-27\n');
  for (const folder of ['catalogs', 'roles', 'people']) mkdirSync(join(dir, folder));
  for (let c = 0; c < catalogs; c++) {
    const items: string[] = [];
    for (let i = c * skillsPerCatalog; i < (c + 1) * skillsPerCatalog; i++) items.push(catalogItem(i));
    write(`catalogs/team-${c}.skills.yaml`, `kind: catalog\nid: team-${c}\nname: Team catalog ${c}\nversion: "1"\nskills:\n${items.join('')}`);
  }
  const generated = catalogs * skillsPerCatalog;
  const skill = (k: number) => (k % 3 === 0 ? BUILTIN[k % BUILTIN.length] : generatedSkillId((k * 7919) % generated));
  const roleIds: string[] = [];
  for (let l = 0; l < ladders; l++) {
    const docs = LEVELS.map((level, rung) => {
      const id = `track-${l}-${level}`;
      roleIds.push(id);
      const requirements = Array.from({ length: 6 }, (_, r) => {
        const k = l * 31 + rung * 7 + r;
        return `  - { skill: ${skill(k)}, level: ${2 + rung}, priority: ${['must', 'should', 'nice'][r % 3]} }`;
      });
      return [`kind: role`, `id: ${id}`, `title: Track ${l} ${level}`, ...(rung > 0 ? [`extends: track-${l}-${LEVELS[rung - 1]}`] : []),
        `requirements:`, ...requirements,
        `market: { source: "Generated survey", asOf: 2026-06, salary: { currency: USD, min: ${60 + rung * 30}000, max: ${90 + rung * 40}000, period: year } }`].join('\n');
    });
    write(`roles/track-${l}.skills.yaml`, docs.join('\n---\n') + '\n');
  }
  for (let p = 0; p < candidates; p++) {
    const skills = Array.from({ length: 10 }, (_, s) => `  - { skill: ${skill(p * 13 + s * 5)}, level: ${1 + ((p + s) % 5)} }`);
    const targets = [roleIds[p % roleIds.length], ...(p % 4 === 0 ? [roleIds[(p * 17) % roleIds.length]] : [])];
    write(`people/person-${p}.skills.yaml`, [`kind: candidate`, `name: Person ${p}`, `experience: { years: ${p % 15} }`, `skills:`, ...skills,
      `targets: [${[...new Set(targets)].join(', ')}]`, `availability: { hoursPerWeek: ${5 + (p % 10)}, start: 2026-12-07, deadlineWeeks: ${26 + (p % 52)} }`].join('\n') + '\n');
  }
  return { files, bytes };
}

/** `skillgap check` on the generated workspace: wall time and the process's peak RSS. */
export function checkOrganisation(): { files: number; bytes: number; ms: number; rssMB: number; exitCode: number | null; diagnostics: number } {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-org-'));
  try {
    const { files, bytes } = generateOrganisation(dir);
    const cli = join(ROOT, 'dist', 'cli.js');
    // A wrapper reports the child's own peak RSS when it exits.
    const wrapper = `process.on('exit', () => process.stderr.write('\\nmaxRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'check', '.', '--format', 'json']; require(${JSON.stringify(cli)});`;
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-e', wrapper], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t;
    const rss = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    let diagnostics = -1;
    try { diagnostics = (JSON.parse(r.stdout) as unknown[]).length; } catch { /* reported as -1 */ }
    return { files, bytes, ms: Math.round(ms), rssMB: Math.round(rss), exitCode: r.status, diagnostics };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) process.stdout.write(JSON.stringify(checkOrganisation()));
