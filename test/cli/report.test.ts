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
        for (const r of i.resources) {
          for (const key of ['title', 'provider', 'url', 'hours']) assert.ok(key in r, key);
          assert.ok('cost' in r || r.price === 'not-stated', `${r.title}: cost, or price not stated`); // never a made-up price
        }
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

  describe('invalid input', () => {
    // The case: `levle: 2` used to render the skill at level 1 with exit 0 and not a word.
    function workspace(): string {
      const dir = mkdtempSync(join(tmpdir(), 'skillgap-invalid-'));
      writeFileSync(join(dir, '.skillgap.yaml'), '# a workspace of its own\n');
      writeFileSync(join(dir, 'role.skills.yaml'), 'kind: role\nid: backend\ntitle: Backend Engineer\nrequirements:\n  - { skill: Docker, level: 3, priority: must }\n');
      writeFileSync(join(dir, 'catalog.skills.yaml'), 'kind: catalog\nid: acme\nskills:\n  - { id: acme-deploy, name: Acme Deploy, effort: { hours: [4, 8, 6, 20, 30] } }\n');
      writeFileSync(join(dir, 'pat.skills.yaml'), 'kind: candidate\nname: Pat\nskills:\n  - { skill: Docker, levle: 2 }\ntargets: [backend]\n');
      return dir;
    }

    it('exits 1 and lists every error of the files it reads, file:line:col, and renders nothing', () => {
      const dir = workspace();
      const r = cli(['report', 'pat.skills.yaml', ...TODAY], {}, dir);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, [
        'catalog.skills.yaml:4:67  error  schema  effort step 2→3 (6 h) is cheaper than 1→2 (8 h): steps never get cheaper as the level rises',
        "pat.skills.yaml:4:22  error  schema  unknown key 'levle' — did you mean 'level'?",
        'skillgap: not rendered: the files this report reads have 2 errors; fix them, or pass --allow-errors to render it with a banner that lists them',
        '',
      ].join('\n'));
    });

    it('with --allow-errors renders, every format leading with the errors', () => {
      const dir = workspace();
      const text = cli(['report', 'pat.skills.yaml', '--allow-errors', ...TODAY], {}, dir);
      assert.equal(text.status, 0, text.stderr);
      assert.ok(text.stdout.includes('\n! The files this report was built from have 2 errors: parts of them were not read, so figures may be\n' +
        '  wrong or missing. Fix them first:\n' +
        '  catalog.skills.yaml:4:67 schema: effort step 2→3 (6 h) is cheaper than 1→2 (8 h): steps never get\n' +
        '  cheaper as the level rises\n' +
        "  pat.skills.yaml:4:22 schema: unknown key 'levle' — did you mean 'level'?\n\n1. Executive summary\n"), text.stdout);
      const md = cli(['report', 'pat.skills.yaml', '--allow-errors', '--format', 'md', ...TODAY], {}, dir).stdout;
      assert.ok(md.includes("> **Warning:** The files this report was built from have 2 errors: parts of them were not read, so figures may be wrong or missing. Fix them first:\n>\n" +
        '> - **catalog.skills.yaml:4:67** schema: effort step 2→3 (6 h) is cheaper than 1→2 (8 h): steps never get cheaper as the level rises\n' +
        "> - **pat.skills.yaml:4:22** schema: unknown key 'levle' — did you mean 'level'?\n"));
      const html = cli(['report', 'pat.skills.yaml', '--allow-errors', '--format', 'html', ...TODAY], {}, dir).stdout;
      assert.ok(html.includes('<li data-file="pat.skills.yaml" data-line="3"><code>pat.skills.yaml:4:22</code> schema: unknown key &#39;levle&#39; — did you mean &#39;level&#39;?</li>'));
      const json = JSON.parse(cli(['report', 'pat.skills.yaml', '--allow-errors', '--format', 'json', ...TODAY], {}, dir).stdout);
      assert.deepEqual(json.inputErrors, [
        { file: 'catalog.skills.yaml', line: 4, column: 67, code: 'schema', message: 'effort step 2→3 (6 h) is cheaper than 1→2 (8 h): steps never get cheaper as the level rises' },
        { file: 'pat.skills.yaml', line: 4, column: 22, code: 'schema', message: "unknown key 'levle' — did you mean 'level'?" },
      ]);
    });

    it('a file with errors that the report does not read does not stop it', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'pat.skills.yaml'), 'kind: candidate\nname: Pat\nskills:\n  - { skill: Docker, level: 2 }\ntargets: [backend]\n');
      writeFileSync(join(dir, 'catalog.skills.yaml'), 'kind: catalog\nid: acme\nskills: []\n');
      writeFileSync(join(dir, 'other.skills.yaml'), 'kind: candidate\nname: Sam\nskills:\n  - { skill: Go, levle: 2 }\n');
      const r = cli(['report', 'pat.skills.yaml', '--format', 'json', ...TODAY], {}, dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).inputErrors, []);
    });
  });
});
