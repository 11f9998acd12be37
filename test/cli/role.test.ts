import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, root } from './helpers';

const TODAY = ['--today', '2026-11-27'];
const SAMPLES = ['--workspace', 'samples'];
const GOLDEN = join(root, 'test/cli/golden');
const FORMATS = [['md', 'md'], ['html', 'html'], ['json', 'json'], ['csv', 'csv'], ['text', 'txt']] as const;

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'));
}

describe('skillgap role', () => {
  for (const [format, ext] of FORMATS) {
    it(`renders the Senior AI Engineer role report as ${format}, byte-identical to the reviewed golden file`, () => {
      const r = cli(['role', 'senior-ai-engineer', '--format', format, ...SAMPLES, ...TODAY]);
      assert.equal(r.status, 0, r.stderr);
      golden(`role.senior-ai-engineer.${ext}`, r.stdout);
      assert.equal(cli(['role', 'senior-ai-engineer', '--format', format, ...SAMPLES, ...TODAY]).stdout, r.stdout);
    });
  }

  it('renders the ML ladder: what each step adds and raises (golden Markdown)', () => {
    const r = cli(['role', 'senior-ml-engineer', '--format', 'md', ...SAMPLES, ...TODAY]);
    assert.equal(r.status, 0, r.stderr);
    golden('role.senior-ml-engineer.md', r.stdout);
    const m = JSON.parse(cli(['role', 'staff-ml-engineer', '--format', 'json', ...SAMPLES, ...TODAY]).stdout);
    assert.deepEqual(m.ladder.map((s: { from: { id: string }; to: { id: string }; summary: string }) => `${s.from.id} → ${s.to.id}: ${s.summary}`), [
      'ml-engineer → senior-ml-engineer: adds 5, raises 1 and keeps 7 requirements',
      'senior-ml-engineer → staff-ml-engineer: adds 2, raises 4 and keeps 9 requirements (2 with a new priority)',
    ]);
  });

  it('holds every sample candidate targeting senior-ai-engineer, with the figures of their own reports', () => {
    const m = JSON.parse(cli(['role', 'senior-ai-engineer', '--format', 'json', ...SAMPLES, ...TODAY]).stdout);
    assert.deepEqual(m.candidates.map((c: { name: string }) => c.name), ['Lena Okafor', 'Mei Chen', 'Santana Mena']);
    for (const c of m.candidates) {
      const report = JSON.parse(cli(['report', c.file, '--role', 'senior-ai-engineer', '--format', 'json', ...TODAY]).stdout);
      assert.deepEqual([c.percent, c.readiness, c.mustHaves, c.readyWeek], [report.match.percent, report.match.readiness, report.match.mustHaves, report.roadmap.readyWeek], c.name);
    }
  });

  it('writes one CSV row per candidate × requirement, a formula-looking name made inert', () => {
    const r = cli(['role', 'senior-ai-engineer', '--format', 'csv', ...SAMPLES, ...TODAY]);
    const rows = parse(r.stdout) as string[][];
    assert.equal(rows.length, 1 + 3 * 15);
    assert.deepEqual(rows[1].slice(0, 6), ['senior-ai-engineer', 'Lena Okafor', 'samples/lena-okafor.skills.yaml', 'yes', '82', 'ready']);

    const dir = mkdtempSync(join(tmpdir(), 'skillgap-role-csv-'));
    writeFileSync(join(dir, '.skillgap.yaml'), '');
    writeFileSync(join(dir, 'r.skills.yaml'), 'kind: role\nid: r\nrequirements:\n  - { skill: "=HYPERLINK(1)", level: 2, priority: must }\n');
    writeFileSync(join(dir, 'p.skills.yaml'), 'kind: candidate\nname: "@sum"\nskills: []\ntargets: [r]\n');
    const hostile = parse(cli(['role', 'r', '--format', 'csv', '--workspace', dir, ...TODAY]).stdout) as string[][];
    assert.equal(hostile[1][1], "'@sum");
    assert.equal(hostile[1][10], "'=HYPERLINK(1)");
  });

  it('measures every candidate with --all-candidates, marking those who do not target the role', () => {
    const m = JSON.parse(cli(['role', 'senior-ai-engineer', '--all-candidates', '--format', 'json', ...SAMPLES, ...TODAY]).stdout);
    assert.equal(m.scope, 'all');
    assert.equal(m.candidates.length, 6);
    assert.deepEqual(m.candidates.filter((c: { targets: boolean }) => c.targets).map((c: { name: string }) => c.name), ['Lena Okafor', 'Mei Chen', 'Santana Mena']);
  });

  it('finds the workspace from the current folder, writes --out, and fails clearly with exit 2', () => {
    const here = cli(['role', 'data-engineer', '--format', 'json', ...TODAY], {}, join(root, 'samples'));
    assert.equal(here.status, 0, here.stderr);
    assert.deepEqual(JSON.parse(here.stdout).candidates.map((c: { name: string; file: string }) => [c.name, c.file]), [['Alex Kim', 'alex-kim.skills.yaml']]);

    const dir = mkdtempSync(join(tmpdir(), 'skillgap-role-'));
    const out = join(dir, 'role.csv');
    const written = cli(['role', 'senior-ai-engineer', '--format', 'csv', '--out', out, ...SAMPLES, ...TODAY]);
    assert.equal(written.status, 0, written.stderr);
    assert.equal(written.stderr, `skillgap: wrote ${out}\n`);
    assert.ok(existsSync(out));

    const unknown = cli(['role', 'astronaut', ...SAMPLES]);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, "skillgap: Unknown role 'astronaut'; roles in the workspace: data-engineer, engineering-manager, ml-engineer, senior-ai-engineer, senior-ml-engineer, staff-ml-engineer\n  workspace: samples (--workspace); --workspace DIR looks for roles elsewhere\n");
    const format = cli(['role', 'senior-ai-engineer', '--format', 'pdf', ...SAMPLES]);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /argument 'pdf' is invalid\. Allowed choices are md, html, json, csv, text/);
  });
});
