// `skillgap diff` against a real git repository built here: commit, change a role's level, diff.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers';

const CATALOG = `kind: catalog
id: team
skills:
  - { id: widgetry, name: Widgetry, category: Tools, effort: { hoursPerLevel: 10 } }
  - { id: gizmo-ops, name: Gizmo Ops, category: Tools, effort: { hoursPerLevel: 10 } }
`;
const role = (level: number) => `kind: role
id: builder
title: Builder
requirements:
  - { skill: Widgetry, level: ${level}, priority: must }
  - { skill: Gizmo Ops, level: 2, priority: should }
`;
const ANA = 'kind: candidate\nname: Ana\nskills:\n  - { skill: Widgetry, level: 3 }\n  - { skill: Gizmo Ops, level: 2 }\ntargets: [builder]\navailability: { hoursPerWeek: 5 }\n';
const BEN = 'kind: candidate\nname: Ben\nskills:\n  - { skill: Widgetry, level: 2 }\ntargets: [builder]\navailability: { hoursPerWeek: 5 }\n';

function repository(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-diff-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  writeFileSync(join(dir, '.skillgap.yaml'), 'today: 2026-11-27\n');
  writeFileSync(join(dir, 'team.skills.yaml'), CATALOG);
  writeFileSync(join(dir, 'builder.skills.yaml'), role(3));
  writeFileSync(join(dir, 'ana.skills.yaml'), ANA);
  writeFileSync(join(dir, 'ben.skills.yaml'), BEN);
  git('add', '.');
  git('commit', '-q', '-m', 'roles and people');
  return { dir, git };
}

describe('skillgap diff', () => {
  it('prints the exact before/after of every affected candidate when a role raises a level (--base HEAD~1)', () => {
    const { dir, git } = repository();
    writeFileSync(join(dir, 'builder.skills.yaml'), role(4));
    git('commit', '-q', '-am', 'Builder asks Widgetry 4');
    const base = git('rev-parse', '--short=7', 'HEAD~1');
    const r = cli(['diff', '--base', 'HEAD~1'], {}, dir);
    assert.equal(r.status, 0, r.stderr);
    // Ana: Widgetry 3 of 4 → (3·3/4 + 2·1) ÷ 5 = 85%, must-have now unmet, 3→4 = 10 h at 5 h/week: week 2.
    // Ben: (3·2/4) ÷ 5 = 30% (was 3·2/3 ÷ 5 = 40%), 2→4 = 20 h at 5 h/week: week 4 (was 2).
    assert.equal(r.stdout, [
      '## Skillgap: change impact',
      '',
      `**HEAD\\~1 (${base}) → the working tree.** 2 of 2 candidate–role pairs change: 1 no longer ready, 1 ready later. It introduces 2 diagnostics (2 hints) and resolves 1.`,
      '',
      '| Candidate | Role | Change | Match | Readiness | Must-haves met | Ready |',
      '| --- | --- | --- | ---: | --- | --- | --- |',
      '| Ana | Builder | no longer ready | 100% → 85% | Ready → Not ready | 1 of 1 → 0 of 1 | ready now → ready in 2 weeks |',
      '| Ben | Builder | ready 2 weeks later | 40% → 30% | Not ready | 0 of 1 | ready in 2 weeks → ready in 4 weeks |',
      '',
      '<details><summary>Details: 2 changes with their files, 2 new diagnostics, 1 resolved</summary>',
      '',
      '| Candidate | File | Role | Change | Match | Readiness | Must-haves met | Ready |',
      '| --- | --- | --- | --- | ---: | --- | --- | --- |',
      '| Ana | ana.skills.yaml | Builder | no longer ready | 100% → 85% | Ready → Not ready | 1 of 1 → 0 of 1 | ready now → ready in 2 weeks |',
      '| Ben | ben.skills.yaml | Builder | ready 2 weeks later | 40% → 30% | Not ready | 0 of 1 | ready in 2 weeks → ready in 4 weeks |',
      '',
      '**New diagnostics**',
      '',
      '- `ana.skills.yaml:4:31` hint `below-level`: Builder needs 4 (proficient); you have 3 (competent)',
      '- `ben.skills.yaml:4:31` hint `below-level`: Builder needs 4 (proficient); you have 2 (novice)',
      '',
      '**Resolved diagnostics**',
      '',
      '- `ben.skills.yaml:4:31` hint `below-level`: Builder needs 3 (competent); you have 2 (novice)',
      '',
      '</details>',
      '',
    ].join('\n'));

    const json = JSON.parse(cli(['diff', '--base', 'HEAD~1', '--format', 'json'], {}, dir).stdout);
    assert.deepEqual(json.changes.map((c: { candidate: string; before: { percent: number; readyWeek: number }; after: { percent: number; readyWeek: number }; delta: unknown }) =>
      [c.candidate, c.before.percent, c.after.percent, c.before.readyWeek, c.after.readyWeek, c.delta]), [
      ['Ana', 100, 85, 0, 2, { percent: -15, mustHavesMet: -1, readyWeek: 2 }],
      ['Ben', 40, 30, 2, 4, { percent: -10, mustHavesMet: 0, readyWeek: 2 }],
    ]);
    assert.equal(json.summary.noLongerReady, 1);
  });

  it('compares the working tree with HEAD by default: an uncommitted new candidate and a removed target', () => {
    const { dir } = repository();
    writeFileSync(join(dir, 'cleo.skills.yaml'), 'kind: candidate\nname: Cleo\nskills:\n  - { skill: Widgetry, level: 4 }\ntargets: [builder]\n');
    writeFileSync(join(dir, 'ben.skills.yaml'), BEN.replace('targets: [builder]', 'targets: []'));
    const r = cli(['diff', '--format', 'text'], {}, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Change impact: HEAD \([0-9a-f]{7}\) → the working tree\n2 of 3 candidate–role pairs change: 1 new, 1 gone\. It introduces no diagnostics and resolves 1\.\n/);
    assert.match(r.stdout, /\nBen · Builder \(ben\.skills\.yaml\): no longer a target\n  match 40% → — · Not ready → — · must-haves met 0 of 1 → — · ready in 2 weeks → —\n/);
    assert.match(r.stdout, /\nCleo · Builder \(cleo\.skills\.yaml\): new target\n  match 60% · Ready · must-haves met 1 of 1 · ready now\n/);
  });

  it('says nothing changed when nothing did, and fails clearly outside git or with an unknown revision', () => {
    const { dir } = repository();
    const same = cli(['diff'], {}, dir);
    assert.equal(same.status, 0, same.stderr);
    assert.match(same.stdout, /No candidate's match, readiness, must-haves or ready week changes \(2 candidate–role pairs compared\)\. It introduces no diagnostics\.\n$/);
    const unknown = cli(['diff', '--base', 'no-such-branch'], {}, dir);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^skillgap: unknown git revision 'no-such-branch' in /);
    const option = cli(['diff', '--base', '--output=/tmp/x'], {}, dir);
    assert.equal(option.status, 2);
    const outside = mkdtempSync(join(tmpdir(), 'skillgap-nogit-'));
    writeFileSync(join(outside, 'ana.skills.yaml'), ANA);
    const noGit = cli(['diff'], {}, outside);
    assert.equal(noGit.status, 2);
    assert.equal(noGit.stderr, `skillgap: ${outside} is not in a git repository: skillgap diff compares the working tree with a git revision\n`);
  });
});
