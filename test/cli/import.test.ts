// `skillgap import` from a JSON Resume and a LinkedIn data export (realistic fixtures written for these
// tests in test/cli/fixtures/import/), then `skillgap check` on what it wrote.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { levelFromWords } from '../../server/src/import/levels';
import { cli, root } from './helpers';

const FIXTURES = join(root, 'test/cli/fixtures/import');
const TODAY = ['--today', '2026-11-27'];

function folder(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-import-')));
}

describe('skillgap import', () => {
  it('turns a JSON Resume into a candidate: names resolved, unknown ones kept and marked, levels by the rule', () => {
    const dir = folder();
    const r = cli(['import', join(FIXTURES, 'resume.json'), ...TODAY], {}, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, [
      'skillgap: wrote mariana-okafor.skills.yaml: 17 skills',
      'skillgap: not in the catalog (kept, marked in the file): Zorblax Pipelines',
      "skillgap: level not understood (written without a level): SQL ('Ninja')",
      'skillgap: no level: SQL, GraphQL',
      '',
    ].join('\n'));
    const written = readFileSync(join(dir, 'mariana-okafor.skills.yaml'), 'utf8');
    assert.equal(written, readFileSync(join(FIXTURES, 'expected/from-json-resume.skills.yaml'), 'utf8'));
    // The reviewed expectations, spelled out: canonical names, keyword levels, years from overlapping work.
    assert.match(written, /^experience: \{ years: 8\.4 \}$/m);
    assert.match(written, /^ {2}- \{ skill: Kubernetes, level: 4 \}$/m);                  // "k8s" under "Advanced"
    assert.match(written, /^ {2}- \{ skill: Leadership, level: 4 \}$/m);                  // "7/10"
    assert.match(written, /^ {2}- \{ skill: French, level: 3 \}$/m);                      // CEFR B2
    assert.match(written, /^ {2}- \{ skill: Cloud Computing, level: 4 \}$/m);             // "Cloud infrastructure", an alias
    assert.match(written, /^ {2}- \{ skill: Zorblax Pipelines, level: 4 \} # not in the catalog: /m);
    const check = cli(['check', 'mariana-okafor.skills.yaml', '--format', 'json', ...TODAY], {}, dir);
    assert.equal(check.status, 0, check.stdout);
    assert.deepEqual(JSON.parse(check.stdout).map((d: { code: string; message: string }) => `${d.code}: ${d.message}`), [
      "unknown-skill: Unknown skill 'Zorblax Pipelines': not in the built-in catalog or any workspace catalog",
    ]);
  });

  it('turns a LinkedIn export folder into a candidate (names qualified in parentheses resolved, no levels)', () => {
    const dir = folder();
    const r = cli(['import', join(FIXTURES, 'linkedin'), '--out', 'mariana.skills.yaml', ...TODAY], {}, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, [
      'skillgap: wrote mariana.skills.yaml: 8 skills',
      'skillgap: not in the catalog (kept, marked in the file): Hyperflux Orchestration',
      'skillgap: no level: Python, Django, Kubernetes, AWS, Leadership, Agile, Hyperflux Orchestration, SQL',
      '',
    ].join('\n'));
    const written = readFileSync(join(dir, 'mariana.skills.yaml'), 'utf8');
    assert.equal(written, readFileSync(join(FIXTURES, 'expected/from-linkedin.skills.yaml'), 'utf8'));
    assert.match(written, /^experience: \{ years: 8\.2 \}$/m);
    assert.match(written, /^headline: Senior Backend Engineer at Lumen Payments$/m);
    const check = cli(['check', 'mariana.skills.yaml', ...TODAY], {}, dir);
    assert.equal(check.status, 0, check.stdout);
    // Giving Skills.csv itself reads its folder.
    const viaFile = cli(['import', join(FIXTURES, 'linkedin', 'Skills.csv'), '--out', 'again.skills.yaml', ...TODAY], {}, dir);
    assert.equal(viaFile.status, 0, viaFile.stderr);
    assert.equal(readFileSync(join(dir, 'again.skills.yaml'), 'utf8').replace('Skills.csv', 'linkedin'), written);
  });

  it('never overwrites without --force, and refuses invalid input with the schema errors', () => {
    const dir = folder();
    writeFileSync(join(dir, 'mariana-okafor.skills.yaml'), 'kind: candidate\nname: Mine\n');
    const again = cli(['import', join(FIXTURES, 'resume.json'), ...TODAY], {}, dir);
    assert.equal(again.status, 2);
    assert.equal(again.stderr, 'skillgap: refusing to overwrite mariana-okafor.skills.yaml: it exists (add --force to replace it)\n');
    assert.equal(readFileSync(join(dir, 'mariana-okafor.skills.yaml'), 'utf8'), 'kind: candidate\nname: Mine\n');
    assert.equal(cli(['import', join(FIXTURES, 'resume.json'), '--force', ...TODAY], {}, dir).status, 0);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ basics: { name: 'X', email: 42 }, skills: 'Python', work: [{ startDate: 'last year' }] }));
    const bad = cli(['import', 'bad.json'], {}, dir);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'skillgap: bad.json is not a valid JSON Resume:\n  /basics/email must be string\n  /work/0/startDate must match pattern "^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"\n  /skills must be array\n');
    const notJson = cli(['import', join(FIXTURES, 'linkedin', 'Positions.csv'), '--from', 'json-resume'], {}, dir);
    assert.equal(notJson.status, 2);
    assert.match(notJson.stderr, /^skillgap: .*Positions\.csv is not a valid JSON Resume:\n {2}not JSON: /);
  });

  it('maps level words to 0–5 by the documented rule', () => {
    const cases: [string | undefined, number | undefined][] = [
      ['Master', 5], ['expert', 5], ['Native speaker', 5], ['Advanced', 4], ['Fluent', 4], ['Intermediate', 3],
      ['working knowledge', 3], ['Beginner', 2], ['Novice', 2], ['Basic', 2], ['familiar', 1], ['none', 0],
      ['4', 4], ['3/5', 3], ['7/10', 4], ['80%', 4], ['B2', 3], ['C2', 5], ['A1', 1],
      ['Ninja', undefined], ['', undefined], [undefined, undefined], ['9', undefined],
    ];
    for (const [written, level] of cases) assert.equal(levelFromWords(written), level, String(written));
  });
});
