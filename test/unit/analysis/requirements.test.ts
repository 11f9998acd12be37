import assert from 'node:assert/strict';
import { effectiveRequirements } from '../../../server/src/analysis';
import { catalogOf, entry, role } from './builders';

const catalog = catalogOf(
  entry('python', 'Python'), entry('machine-learning', 'Machine Learning', { aliases: ['ML'] }), entry('sql', 'SQL'),
  entry('mlops', 'MLOps'), entry('aws', 'AWS'), entry('azure', 'Azure'), entry('git', 'Git'),
);

describe('analysis: inheritance through extends', () => {
  const base = { role: role({ id: 'ml-engineer', requirements: [
    { skill: 'Python', level: 3, priority: 'must' }, { skill: 'Machine Learning', level: 3, priority: 'must' }, { skill: 'SQL', level: 2 },
  ] }), file: 'ml.skills.yaml' };
  const senior = { role: role({ id: 'senior-ml-engineer', extends: 'ml-engineer', requirements: [
    { skill: 'ML', level: 4, priority: 'must' }, { skill: 'MLOps', level: 3, priority: 'must' },
  ] }), file: 'senior.skills.yaml' };

  it('inherits, marks inherited requirements, and lets a restatement replace in place', () => {
    const reqs = effectiveRequirements(senior, [base], catalog);
    assert.deepEqual(reqs.map((r) => [r.alternatives[0].name, r.level, r.priority, r.inheritedFrom, r.file]), [
      ['Python', 3, 'must', 'ml-engineer', 'ml.skills.yaml'],
      ['Machine Learning', 4, 'must', undefined, 'senior.skills.yaml'],
      ['SQL', 2, 'should', 'ml-engineer', 'ml.skills.yaml'],
      ['MLOps', 3, 'must', undefined, 'senior.skills.yaml'],
    ]);
    assert.equal(reqs[1].requirement.range.start.line, 20);
  });

  it('follows a chain of three, nearest override winning', () => {
    const staff = { role: role({ id: 'staff', extends: 'senior-ml-engineer', requirements: [{ skill: 'machine learning', level: 5, priority: 'must' }, { skill: 'Python', level: 2, priority: 'nice' }] }), file: 'staff.skills.yaml' };
    const reqs = effectiveRequirements(staff, [senior, base], catalog);
    assert.deepEqual(reqs.map((r) => [r.alternatives[0].name, r.level, r.priority, r.inheritedFrom ?? '-']), [
      ['Python', 2, 'nice', '-'], ['Machine Learning', 5, 'must', '-'], ['SQL', 2, 'should', 'ml-engineer'], ['MLOps', 3, 'must', 'senior-ml-engineer'],
    ]);
  });

  it('replaces an inherited anyOf that a derived requirement names one of', () => {
    const cloudBase = { role: role({ id: 'b', requirements: [{ anyOf: ['AWS', 'Azure'], level: 2, priority: 'must' }, { skill: 'Git', level: 2 }] }), file: 'b' };
    const derived = { role: role({ id: 'd', requirements: [{ skill: 'AWS', level: 3, priority: 'must' }] }), file: 'd' };
    const reqs = effectiveRequirements(derived, [cloudBase], catalog);
    assert.deepEqual(reqs.map((r) => [r.alternatives.map((a) => a.name).join('|'), r.level, r.anyOf]), [['AWS', 3, false], ['Git', 2, false]]);
  });

  it('keeps two requirements of the same role for one skill (the duplicate-skill check reports them)', () => {
    const dup = { role: role({ id: 'x', requirements: [{ skill: 'Python', level: 3 }, { skill: 'python', level: 4 }] }), file: 'x' };
    assert.equal(effectiveRequirements(dup, [], catalog).length, 2);
  });
});
