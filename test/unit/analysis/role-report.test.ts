import assert from 'node:assert/strict';
import { buildRoleComparison, buildRoleReport, type RoleCandidateInput } from '../../../server/src/analysis/role-report';
import { compareRequirements, changeSummary } from '../../../server/src/analysis/ladder';
import { effectiveRequirements } from '../../../server/src/analysis';
import { candidate, catalogOf, entry, role } from './builders';

// Every step of every skill takes 10 h, so ready weeks are checkable by hand.
const flat = { effort: { hoursPerLevel: 10 } };
const catalog = catalogOf(
  entry('python', 'Python', flat), entry('sql', 'SQL', flat), entry('docker', 'Docker', flat),
  entry('kubernetes', 'Kubernetes', flat), entry('aws', 'AWS', flat), entry('azure', 'Azure', flat),
);

const eng = { role: role({ id: 'eng', title: 'Engineer', requirements: [
  { skill: 'Python', level: 3, priority: 'must' }, { skill: 'SQL', level: 2, priority: 'should' }, { anyOf: ['AWS', 'Azure'], level: 2, priority: 'must' },
] }), file: 'eng.skills.yaml' };
const senior = { role: role({ id: 'senior', title: 'Senior Engineer', extends: 'eng', requirements: [
  { skill: 'Python', level: 4, priority: 'must' },        // raised
  { skill: 'Docker', level: 3, priority: 'should' },      // added
  { skill: 'SQL', level: 2, priority: 'nice' },           // same level, lower priority
] }), file: 'senior.skills.yaml' };
const staff = { role: role({ id: 'staff', title: 'Staff Engineer', extends: 'senior', requirements: [
  { skill: 'Kubernetes', level: 2, priority: 'must' },    // added
  { skill: 'Docker', level: 2, priority: 'should' },      // lowered
  { skill: 'AWS', level: 3, priority: 'must' },           // restates the inherited anyOf on one option, higher
] }), file: 'staff.skills.yaml' };

const a = { file: 'a.skills.yaml', candidate: candidate({ name: 'Ana', skills: [['Python', 5], ['SQL', 3], ['AWS', 2], ['Docker', 3]], targets: ['senior'] }), targets: true };
const b = { file: 'b.skills.yaml', candidate: candidate({ name: 'Ben', skills: [['Python', 4], ['Azure', 3], ['Docker', 1]], targets: ['senior'] }), targets: true };
const c = { file: 'c.skills.yaml', candidate: candidate({ name: 'Cleo', skills: [['Python', 2], ['SQL', 2]], hoursPerWeek: 10, targets: ['senior'] }), targets: true };
const d = { file: 'd.skills.yaml', candidate: candidate({ name: 'Dev', skills: [['Docker', 4]], targets: ['eng'] }), targets: false };

function report(candidates: RoleCandidateInput[], scope: 'targeting' | 'all' = 'targeting') {
  return buildRoleReport({ role: { role: senior, ancestors: [eng] }, children: [{ role: staff, ancestors: [senior, eng] }], candidates, scope, catalog, options: { today: '2026-11-27' } });
}

describe('role report: matrix, coverage, bench, single points of failure', () => {
  const model = report([c, b, a]);

  it('orders the requirements must-haves first and marks inherited ones with their ancestor', () => {
    assert.deepEqual(model.requirements.map((r) => [r.label, r.priority, r.level, r.inheritedFrom ?? '-', r.file]), [
      ['Python', 'must', 4, '-', 'senior.skills.yaml'],
      ['AWS / Azure', 'must', 2, 'eng', 'eng.skills.yaml'],
      ['Docker', 'should', 3, '-', 'senior.skills.yaml'],
      ['SQL', 'nice', 2, '-', 'senior.skills.yaml'],
    ]);
  });

  it('sorts candidates by readiness, then match, with the exact match, must-haves and ready week', () => {
    // Ben: (3·4/4 + 3·3/3 capped at 1 + 2·1/3 + 1·0) ÷ 9 = 6.67 ÷ 9 = 74%; Cleo: (3·2/4 + 1·1) ÷ 9 = 2.5 ÷ 9 = 28%.
    // Cleo's must-haves: Python 2→4 (20 h) and AWS or Azure 0→2 (20 h) at 10 h/week: ready at the end of week 4.
    assert.deepEqual(model.candidates.map((x) => [x.name, x.readiness, x.percent, `${x.mustHaves.met}/${x.mustHaves.total}`, x.readyWeek, x.requirementsMet, x.readyText]), [
      ['Ana', 'ready', 100, '2/2', 0, 4, 'ready now'],
      ['Ben', 'ready', 74, '2/2', 0, 2, 'ready now'],
      ['Cleo', 'not-ready', 28, '0/2', 4, 1, 'ready in 4 weeks'],
    ]);
  });

  it('fills each cell with current vs required, the gap, bench and the anyOf option judged', () => {
    const cells = (name: string) => model.candidates.find((x) => x.name === name)!.cells.map((cell) => `${cell.skill} ${cell.current}/${cell.required} ${cell.met ? (cell.bench ? 'bench' : 'met') : `-${cell.gap}`}`);
    assert.deepEqual(cells('Ana'), ['Python 5/4 bench', 'AWS 2/2 met', 'Docker 3/3 met', 'SQL 3/2 bench']);
    assert.deepEqual(cells('Ben'), ['Python 4/4 met', 'Azure 3/2 bench', 'Docker 1/3 -2', 'SQL 0/2 -2']);
    assert.deepEqual(cells('Cleo'), ['Python 2/4 -2', 'AWS 0/2 -2', 'Docker 0/3 -3', 'SQL 2/2 met']);
    assert.equal(model.candidates[0].cells[0].line, 10, 'the candidate file line of the skill judged');
    assert.equal(model.candidates[2].cells[1].line, undefined, 'not listed: no line');
  });

  it('counts coverage, bench (level + 1, capped at 5) and single points of failure', () => {
    assert.deepEqual(model.requirements.map((r) => [r.label, r.coverage, r.bench, r.benchLevel, r.singlePointOfFailure?.name ?? '-']), [
      ['Python', 2, 1, 5, '-'],
      ['AWS / Azure', 2, 1, 3, '-'],
      ['Docker', 1, 0, 4, 'Ana'],
      ['SQL', 2, 1, 3, '-'],
    ]);
    assert.deepEqual({ ...model.summary, headline: undefined }, {
      candidates: 3, ready: 2, requirements: 4, covered: 4, coveragePercent: 100, singlePointsOfFailure: 1, uncovered: 0,
      line: '3 candidates · 2 ready · coverage 100%', headline: undefined,
    });
    assert.equal(model.summary.headline, '3 candidates target Senior Engineer: 2 are ready; the next is Cleo at 28% (ready in 4 weeks). ' +
      'Coverage 100%: 4 of 4 requirements are met by at least one candidate; 1 by only one (a single point of failure).');
  });

  it('with every candidate, also measures those who do not target the role, and marks them', () => {
    const all = report([a, b, c, d], 'all');
    assert.equal(all.scope, 'all');
    assert.deepEqual(all.candidates.map((x) => [x.name, x.targets]), [['Ana', true], ['Ben', true], ['Cleo', true], ['Dev', false]]);
    const docker = all.requirements.find((r) => r.label === 'Docker')!;
    assert.deepEqual([docker.coverage, docker.bench, docker.singlePointOfFailure], [2, 1, undefined]);
    assert.equal(all.summary.line, '4 candidates · 2 ready · coverage 100%');
  });

  it('says why a section is empty when no candidate targets the role', () => {
    const none = report([]);
    assert.deepEqual(none.summary.line, '0 candidates · 0 ready · coverage 0%');
    assert.equal(none.summary.headline, 'No candidate in the workspace targets Senior Engineer.');
    assert.match(none.sections.find((s) => s.id === 'matrix')!.empty!, /^No candidate in the workspace targets senior\./);
    assert.equal(none.sections.find((s) => s.id === 'coverage')!.empty, undefined);
  });
});

describe('role report: the career ladder over extends chains', () => {
  it('steps from each ancestor into the role, then to each role extending it', () => {
    const model = buildRoleReport({ role: { role: staff, ancestors: [senior, eng] }, children: [], candidates: [], scope: 'targeting', catalog });
    assert.deepEqual(model.ladder.map((s) => [s.from.id, s.to.id, s.direction, s.summary]), [
      ['eng', 'senior', 'into', 'adds 1, raises 1 and keeps 2 requirements (1 with a new priority)'],
      ['senior', 'staff', 'into', 'adds 1, raises 1, lowers 1 and keeps 2 requirements'],
    ]);
    const rows = (i: number) => model.ladder[i].rows.map((r) => `${r.change} ${r.skills.join('|')} ${r.from?.level ?? '-'}→${r.to?.level ?? '-'} ${r.from?.priority ?? '-'}→${r.to?.priority ?? '-'}${r.priorityChanged ? ' *' : ''} ${r.statedBy ?? '-'}`);
    assert.deepEqual(rows(0), [
      'added Docker -→3 -→should senior',
      'raised Python 3→4 must→must senior',
      'unchanged AWS|Azure 2→2 must→must eng',
      'unchanged SQL 2→2 should→nice * senior',
    ]);
    // The override of the anyOf on one option is a raise of that requirement, not a new one.
    assert.deepEqual(rows(1), [
      'added Kubernetes -→2 -→must staff',
      'raised AWS 2→3 must→must staff',
      'lowered Docker 3→2 should→should staff',
      'unchanged Python 4→4 must→must senior',
      'unchanged SQL 2→2 nice→nice senior',
    ]);
    assert.equal(model.sections.find((s) => s.id === 'ladder')!.empty, undefined);
  });

  it('shows the next step from a role that others extend, and nothing for a role outside any ladder', () => {
    const model = report([]);
    assert.deepEqual(model.ladder.map((s) => [s.from.id, s.to.id, s.direction]), [['eng', 'senior', 'into'], ['senior', 'staff', 'next']]);
    const alone = buildRoleReport({ role: { role: eng, ancestors: [] }, children: [], candidates: [], scope: 'targeting', catalog });
    assert.deepEqual(alone.ladder, []);
    assert.equal(alone.sections.find((s) => s.id === 'ladder')!.empty, 'Engineer extends no role, and no role extends it.');
  });

  it('compares two unrelated roles: a requirement only the first states is dropped', () => {
    const from = effectiveRequirements(eng, [], catalog);
    const to = effectiveRequirements({ role: role({ id: 'ops', requirements: [{ skill: 'Azure', level: 3, priority: 'must' }, { skill: 'Kubernetes', level: 2, priority: 'should' }] }), file: 'ops' }, [], catalog);
    const rows = compareRequirements(from, to);
    assert.deepEqual(rows.map((r) => `${r.change} ${r.skills.join('|')}`), ['added Kubernetes', 'raised Azure', 'removed Python', 'removed SQL']);
    assert.equal(changeSummary(rows), 'adds 1, raises 1 and drops 2 requirements');
  });
});

describe('role comparison', () => {
  it('puts each candidate in both roles, best first', () => {
    const model = buildRoleComparison({
      from: { role: eng, ancestors: [] }, to: { role: senior, ancestors: [eng] }, scope: 'targeting', catalog,
      candidates: [{ ...c, targetsFrom: false, targetsTo: true }, { ...d, targetsFrom: true, targetsTo: false }],
    });
    assert.equal(model.summary, 'Senior Engineer against Engineer: adds 1, raises 1 and keeps 2 requirements (1 with a new priority).');
    // Cleo against eng: (3·2/3 + 2·1 + 0) ÷ 8 = 4 ÷ 8 = 50%; Dev against senior: Docker 4 ≥ 3 → 2·1 ÷ 9 = 22%.
    assert.deepEqual(model.candidates.map((x) => [x.name, x.from.percent, x.from.targets, x.to.percent, x.to.targets]), [
      ['Cleo', 50, false, 28, true],
      ['Dev', 0, true, 22, false],
    ]);
  });
});
