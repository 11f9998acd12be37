import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, root } from './helpers';

const SANTANA = 'samples/santana-mena.skills.yaml';
const TODAY = ['--today', '2026-11-27'];
const GOLDEN = join(root, 'test/cli/golden');
const FORMATS = [['md', 'md'], ['html', 'html'], ['json', 'json'], ['text', 'txt']] as const;

describe('skillgap report', () => {
  for (const [format, ext] of FORMATS) {
    it(`renders the seed scenario as ${format}, byte-identical to the reviewed golden file`, () => {
      const r = cli(['report', SANTANA, '--format', format, ...TODAY]);
      assert.equal(r.status, 0, r.stderr);
      const golden = join(GOLDEN, `santana-mena.senior-ai-engineer.${ext}`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, r.stdout);
      assert.equal(r.stdout, readFileSync(golden, 'utf8'));
      // The same input gives the same bytes.
      assert.equal(cli(['report', SANTANA, '--format', format, ...TODAY]).stdout, r.stdout);
    });
  }

  it('reports on the first target by default and on another with --role', () => {
    const first = JSON.parse(cli(['report', SANTANA, '--format', 'json', ...TODAY]).stdout);
    assert.equal(first.role.id, 'senior-ai-engineer');
    assert.deepEqual(first.comparison.map((c: { roleId: string }) => c.roleId), ['ml-engineer']);
    const other = JSON.parse(cli(['report', SANTANA, '--role', 'ml-engineer', '--format', 'json', ...TODAY]).stdout);
    assert.equal(other.role.id, 'ml-engineer');
    assert.equal(other.role.title, 'Machine Learning Engineer');
    assert.equal(other.match.percent, first.comparison[0].percent);
  });

  it('holds the DESIGN §3 JSON fields', () => {
    const m = JSON.parse(cli(['report', SANTANA, '--format', 'json', ...TODAY]).stdout);
    assert.deepEqual(m.candidate.name, 'Santana Mena');
    assert.equal(m.candidate.file, SANTANA);
    assert.equal(m.role.file, 'samples/senior-ai-engineer.skills.yaml');
    for (const key of ['percent', 'readiness', 'mustHaves']) assert.ok(key in m.match, key);
    assert.equal(m.schemaVersion, 2);
    for (const g of m.gaps) for (const key of ['skill', 'required', 'current', 'gap', 'priority', 'hours', 'prerequisite', 'prerequisiteOf']) assert.ok(key in g, key);
    for (const key of ['totalWeeks', 'totalHours', 'hoursPerWeek', 'readyWeek', 'readyDate', 'phases']) assert.ok(key in m.roadmap, key);
    for (const p of m.roadmap.phases) {
      for (const key of ['title', 'tier', 'startWeek', 'endWeek', 'weeks', 'hours', 'items', 'deliverables']) assert.ok(key in p, key);
      for (const i of p.items) {
        for (const key of ['skill', 'from', 'to', 'hours', 'priority', 'startWeek', 'endWeek', 'prerequisite', 'resources']) assert.ok(key in i, key);
        for (const r of i.resources) for (const key of ['title', 'provider', 'url', 'hours', 'cost']) assert.ok(key in r, key);
      }
    }
    for (const r of m.recommendations) for (const key of ['rank', 'text', 'skills', 'hours', 'cost', 'priority']) assert.ok(key in r, key);
    assert.equal(m.sections.length, 11);
    assert.equal(m.roadmap.totalWeeks, Math.ceil(m.roadmap.totalHours / m.roadmap.hoursPerWeek));
  });

  it('writes to --out and says so on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillgap-report-'));
    const out = join(dir, 'report.html');
    const r = cli(['report', SANTANA, '--format', 'html', '--out', out, ...TODAY]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `skillgap: wrote ${out}\n`);
    assert.ok(existsSync(out));
    assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/i);
  });

  it('fails clearly with exit 2: missing file, not a candidate, unknown role, unwritable output', () => {
    const missing = cli(['report', 'samples/nobody.skills.yaml']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'skillgap: no such file or directory: samples/nobody.skills.yaml\n');
    const role = cli(['report', 'samples/senior-ai-engineer.skills.yaml']);
    assert.equal(role.status, 2);
    assert.equal(role.stderr, 'skillgap: samples/senior-ai-engineer.skills.yaml has no candidate document (kind: candidate), so there is no one to report on\n');
    const unknown = cli(['report', SANTANA, '--role', 'astronaut']);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, "skillgap: Unknown role 'astronaut'; roles in the workspace: data-engineer, engineering-manager, ml-engineer, senior-ai-engineer, senior-ml-engineer, staff-ml-engineer\n  workspace: samples (holds .skillgap.yaml); --workspace DIR looks for roles elsewhere\n");
    const unwritable = cli(['report', SANTANA, '--out', '/nonexistent-dir/r.md', '--format', 'md']);
    assert.equal(unwritable.status, 2);
    assert.equal(unwritable.stderr, 'skillgap: cannot write /nonexistent-dir/r.md: the folder /nonexistent-dir does not exist\n');
  });
});
