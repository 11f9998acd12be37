// The role report at organisation scale (run by bench/run.mjs under tsx, or alone:
// `node --import tsx bench/role-report.ts`): a generated workspace where 2,000 candidates target one
// role at the top of a three-rung `extends` ladder (12 effective requirements, two anyOf), each with 10
// skills and their own hours per week. Measured in-process (the language server's path): the first
// role report (every candidate's match and plan), the same report again (memoized), and rendering it
// as HTML and CSV; and end to end, `skillgap role` as its own process. Prints one JSON object.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../server/src/workspace';
import { renderRoleReport } from '../server/src/render/role';

const ROOT = join(__dirname, '..');
const SKILLS = ['Python', 'SQL', 'Docker', 'Kubernetes', 'AWS', 'Google Cloud', 'Terraform', 'Git', 'Java', 'TypeScript', 'PostgreSQL', 'Linux',
  'Machine Learning', 'MLOps', 'React', 'Go', 'Apache Spark', 'Apache Kafka', 'Snowflake', 'dbt'];

function ladder(): string {
  return [
    'kind: role\nid: platform-junior\ntitle: Platform Engineer I\nrequirements:\n' +
      '  - { skill: Python, level: 2, priority: must }\n  - { skill: SQL, level: 2, priority: should }\n  - { skill: Git, level: 2, priority: must }\n  - { skill: Linux, level: 2, priority: should }\n',
    'kind: role\nid: platform-mid\ntitle: Platform Engineer II\nextends: platform-junior\nrequirements:\n' +
      '  - { skill: Python, level: 3, priority: must }\n  - { skill: Docker, level: 3, priority: must }\n  - { anyOf: [AWS, Google Cloud], level: 2, priority: must }\n  - { skill: Terraform, level: 2, priority: should }\n',
    'kind: role\nid: platform-senior\ntitle: Senior Platform Engineer\nextends: platform-mid\nexperience: { minYears: 5 }\nrequirements:\n' +
      '  - { skill: Kubernetes, level: 3, priority: must }\n  - { anyOf: [Go, Java], level: 3, priority: should }\n  - { skill: Apache Kafka, level: 2, priority: nice }\n' +
      '  - { skill: PostgreSQL, level: 3, priority: should }\n  - { skill: Docker, level: 4, priority: must }\n  - { skill: MLOps, level: 2, priority: nice }\n',
  ].join('---\n');
}

function person(p: number): string {
  const skills = Array.from({ length: 10 }, (_, s) => `  - { skill: ${SKILLS[(p * 7 + s * 3) % SKILLS.length]}, level: ${1 + ((p + s) % 5)} }`);
  return [`kind: candidate`, `name: Person ${p}`, `experience: { years: ${p % 12} }`, `skills:`, ...skills, `targets: [platform-senior]`,
    `availability: { hoursPerWeek: ${4 + (p % 12)}, start: 2026-12-07 }`].join('\n') + '\n';
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = run();
  return { ms: performance.now() - t, value };
}

export function measureRoleReport(candidates = 2000): Record<string, number> {
  const files: [string, string][] = [['roles.skills.yaml', ladder()]];
  for (let p = 0; p < candidates; p++) files.push([`people/person-${p}.skills.yaml`, person(p)]);
  const ws = new Workspace({ today: '2026-11-27' });
  ws.setFiles(files);
  ws.catalog();
  const first = timed(() => ws.roleReport('platform-senior'));
  if (first.value.candidates.length !== candidates) throw new Error(`expected ${candidates} candidates, got ${first.value.candidates.length}`);
  const again = timed(() => ws.roleReport('platform-senior'));
  // After an edit of one candidate, only that candidate is measured again (the others' standings are kept).
  ws.setFile('people/person-0.skills.yaml', person(0).replace('name: Person 0', 'name: Person Zero'));
  const afterEdit = timed(() => ws.roleReport('platform-senior'));
  const html = timed(() => renderRoleReport('html', first.value));
  const csv = timed(() => renderRoleReport('csv', first.value));

  const dir = mkdtempSync(join(tmpdir(), 'skillgap-role-bench-'));
  try {
    for (const [name, text] of [['.skillgap.yaml', 'today: 2026-11-27\n'] as [string, string], ...files]) {
      if (name.includes('/')) spawnSync('mkdir', ['-p', join(dir, name, '..')]);
      writeFileSync(join(dir, name), text);
    }
    const cli = timed(() => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'role', 'platform-senior', '--format', 'csv'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }));
    if (cli.value.status !== 0) throw new Error(cli.value.stderr);
    return {
      candidates, requirements: first.value.requirements.length,
      firstMs: Math.round(first.ms), memoizedMs: Math.round(again.ms * 10) / 10, afterOneEditMs: Math.round(afterEdit.ms),
      htmlMs: Math.round(html.ms), htmlBytes: html.value.length, csvMs: Math.round(csv.ms), cliMs: Math.round(cli.ms),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) process.stdout.write(JSON.stringify(measureRoleReport()));
