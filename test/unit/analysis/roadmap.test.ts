import assert from 'node:assert/strict';
import { analyzeMatch, effectiveRequirements, planGaps, planRoadmap, packPhases, type PlannedGap } from '../../../server/src/analysis';
import type { SkillEntry } from '../../../server/src/catalog/types';
import { candidate, catalogOf, entry, resource, role, type CandidateSpec, type RoleSpec } from './builders';

function plan(entries: SkillEntry[], c: CandidateSpec, r: RoleSpec, maxPhaseWeeks?: number) {
  const catalog = catalogOf(...entries);
  const cand = candidate(c);
  const match = analyzeMatch(cand, effectiveRequirements({ role: role(r), file: 'r' }, [], catalog), catalog);
  return {
    planned: planGaps(match.gaps, cand, catalog),
    roadmap: planRoadmap(match.gaps, cand, catalog, maxPhaseWeeks === undefined ? {} : { maxPhaseWeeks }),
  };
}

/** A planned gap of `hours` in `category`, for packing tests. */
function work(skill: string, hours: number, category: string): PlannedGap {
  return {
    ref: { key: skill, name: skill, category },
    gap: { skill, required: 3, current: 0, gap: 3, priority: 'must', hours, hoursFrom: 'effort-model', effortModelHours: hours, prerequisite: false, category },
    resources: [],
  };
}

describe('analysis: prerequisites and order', () => {
  const entries = [
    entry('python', 'Python', { effort: { hoursPerLevel: 10 } }),
    entry('docker', 'Docker', { effort: { hoursPerLevel: 8 }, category: 'Cloud & Platform' }),
    entry('kubernetes', 'Kubernetes', { aliases: ['k8s'], requires: [{ skill: 'docker', level: 2 }], effort: { hoursPerLevel: 15 }, category: 'Cloud & Platform' }),
    entry('terraform', 'Terraform', { category: 'Cloud & Platform' }),
    entry('go', 'Go'),
    entry('sql', 'SQL', { effort: { hoursPerLevel: 5 } }),
  ];
  const requirements: RoleSpec['requirements'] = [
    { skill: 'SQL', level: 1, priority: 'nice' },
    { skill: 'k8s', level: 2, priority: 'should' },
    { skill: 'Go', level: 2, priority: 'should' },
    { skill: 'Terraform', level: 3, priority: 'should' },
    { skill: 'Python', level: 2, priority: 'must' },
  ];

  it('pulls in a missing prerequisite, flagged, with what needs it', () => {
    const { planned } = plan(entries, { skills: [['Docker', 1]] }, { id: 'r', requirements });
    const docker = planned.find((p) => p.gap.skill === 'Docker')!.gap;
    assert.deepEqual(docker, {
      skill: 'Docker', id: 'docker', required: 2, current: 1, gap: 1, priority: 'should', hours: 8, hoursFrom: 'effort-model',
      effortModelHours: 8, prerequisite: true, prerequisiteOf: ['Kubernetes'], category: 'Cloud & Platform',
    });
  });

  it('orders by prerequisites, then priority, gap size (larger first) and name, keeping each category together', () => {
    const { planned } = plan(entries, { skills: [['Docker', 1]] }, { id: 'r', requirements });
    // Python (must) opens the "General" block, which takes Go and SQL before the Cloud & Platform block,
    // where Docker precedes Kubernetes, which requires it.
    assert.deepEqual(planned.map((p) => [p.gap.skill, p.gap.category, p.gap.hours]), [
      ['Python', 'General', 20], ['Go', 'General', 16], ['SQL', 'General', 5],
      ['Terraform', 'Cloud & Platform', 32], ['Docker', 'Cloud & Platform', 8], ['Kubernetes', 'Cloud & Platform', 30],
    ]);
  });

  it('pulls in nothing when the candidate has the prerequisite at its level', () => {
    const { planned } = plan(entries, { skills: [['Docker', 2]] }, { id: 'r', requirements });
    assert.equal(planned.some((p) => p.gap.prerequisite), false);
    assert.equal(planned.length, 5);
  });

  it('orders a chain of prerequisites before the skill that needs them', () => {
    const chain = [
      entry('a', 'A', { requires: [{ skill: 'b', level: 1 }] }), entry('b', 'B', { requires: [{ skill: 'c', level: 2 }] }), entry('c', 'C'),
    ];
    const { planned } = plan(chain, {}, { id: 'r', requirements: [{ skill: 'A', level: 1, priority: 'nice' }, { skill: 'Go', level: 1, priority: 'must' }] });
    assert.deepEqual(planned.map((p) => [p.gap.skill, p.gap.priority, p.gap.prerequisite, p.gap.prerequisiteOf ?? []]), [
      ['Go', 'must', false, []], ['C', 'nice', true, ['B']], ['B', 'nice', true, ['A']], ['A', 'nice', false, []],
    ]);
  });

  it('survives a requires cycle', () => {
    const loop = [entry('a', 'A', { requires: [{ skill: 'b', level: 1 }] }), entry('b', 'B', { requires: [{ skill: 'a', level: 1 }] })];
    const { planned } = plan(loop, {}, { id: 'r', requirements: [{ skill: 'A', level: 2, priority: 'must' }] });
    assert.deepEqual(planned.map((p) => [p.gap.skill, p.gap.required]), [['A', 2], ['B', 1]]);
  });
});

describe('analysis: resources and hours', () => {
  const course = resource('MLOps Specialization', 'Coursera', { hours: 10, cost: 49, currency: 'USD', levels: [0, 2], certificate: true });
  const free = resource('MLOps Zoomcamp', 'DataTalks.Club', { hours: 12, cost: 0, levels: [0, 2] });
  const advanced = resource('Advanced MLOps', 'Made With ML', { hours: 30, cost: 0, levels: [2, 4] });
  const mlops = entry('mlops', 'MLOps', { resources: [advanced, free, course], effort: { hoursPerLevel: 25 }, evidence: 'Ship a model with CI/CD and monitoring.' });
  const r: RoleSpec = { id: 'r', requirements: [{ skill: 'MLOps', level: 3, priority: 'must' }] };

  it('prefers the candidate\'s providers, then covers the rest of the levels', () => {
    const { planned } = plan([mlops], { providers: ['Coursera'], budget: { amount: 300, currency: 'USD' } }, r);
    assert.deepEqual(planned[0].resources.map((c) => [c.resource.title, c.levels, c.cost]), [['MLOps Specialization', [1, 2], 49], ['Advanced MLOps', [3], 0]]);
    assert.equal(planned[0].gap.hours, 40);
    assert.equal(planned[0].gap.hoursFrom, 'resources');
    assert.equal(planned[0].gap.effortModelHours, 0);
  });

  it('skips a paid resource the budget cannot pay for, and prefers free otherwise', () => {
    const tight = plan([mlops], { providers: ['Coursera'], budget: { amount: 40, currency: 'USD' } }, r).planned[0];
    assert.deepEqual(tight.resources.map((c) => c.resource.title), ['MLOps Zoomcamp', 'Advanced MLOps']);
    assert.equal(tight.gap.hours, 42);
    const noPreference = plan([mlops], {}, r).planned[0];
    assert.deepEqual(noPreference.resources.map((c) => c.resource.title), ['MLOps Zoomcamp', 'Advanced MLOps']);
  });

  it('uses the effort model for levels no resource covers', () => {
    const { planned } = plan([mlops], {}, { id: 'r', requirements: [{ skill: 'MLOps', level: 5, priority: 'must' }] });
    // Zoomcamp 1–2 (12 h), Advanced 3–4 (30 h), level 5 at 25 h/level.
    assert.equal(planned[0].gap.hours, 67);
    assert.equal(planned[0].gap.effortModelHours, 25);
  });

  it('prices the roadmap per currency against the budget', () => {
    const { roadmap } = plan([mlops], { providers: ['Coursera'], budget: { amount: 300, currency: 'USD' } }, r);
    assert.deepEqual(roadmap.cost, { currency: 'USD', total: 49, budget: 300, withinBudget: true });
    assert.deepEqual(roadmap.costs, [{ currency: 'USD', total: 49, budget: 300, withinBudget: true }]);
    assert.deepEqual(roadmap.phases[0].deliverables, [
      { kind: 'certificate', text: 'MLOps Specialization (Coursera)', skill: 'MLOps' },
      { kind: 'project', text: 'Ship a model with CI/CD and monitoring.', skill: 'MLOps' },
    ]);
  });
});

describe('analysis: packing into phases', () => {
  it('splits an item too big for one phase, keeping its hours exact', () => {
    const phases = packPhases([work('A', 30, 'Cloud'), work('B', 5, 'Cloud'), work('C', 3, 'Data')], 10, 2);
    assert.deepEqual(phases.map((p) => [p.title, p.startWeek, p.endWeek, p.weeks, p.hours]), [
      ['Phase 1 — Cloud', 1, 2, 2, 20], ['Phase 2 — Cloud', 3, 4, 2, 15], ['Phase 3 — Data', 5, 5, 1, 3],
    ]);
    assert.deepEqual(phases.map((p) => p.items.map((i) => [i.skill, i.hours, i.part ?? null])), [
      [['A', 20, { index: 1, of: 2 }]], [['A', 10, { index: 2, of: 2 }], ['B', 5, null]], [['C', 3, null]],
    ]);
  });

  it('dates phases from availability.start, in whole weeks', () => {
    const phases = packPhases([work('A', 30, 'Cloud'), work('B', 5, 'Cloud'), work('C', 3, 'Data')], 10, 2, '2026-12-07');
    assert.deepEqual(phases.map((p) => [p.startDate, p.endDate]), [
      ['2026-12-07', '2026-12-20'], ['2026-12-21', '2027-01-03'], ['2027-01-04', '2027-01-10'],
    ]);
  });

  it('starts a new phase when the category changes, even mid-week', () => {
    const phases = packPhases([work('A', 1, 'X'), work('B', 1, 'Y'), work('C', 1, 'X')], 10, 4);
    assert.deepEqual(phases.map((p) => [p.category, p.startWeek, p.weeks]), [['X', 1, 1], ['Y', 2, 1], ['X', 3, 1]]);
  });
});

describe('analysis: over-deadline', () => {
  const entries = [entry('a', 'A', { category: 'X', effort: { hoursPerLevel: 5 } }), entry('b', 'B', { category: 'Y', effort: { hoursPerLevel: 5 } })];
  const r: RoleSpec = { id: 'r', requirements: [{ skill: 'A', level: 3, priority: 'must' }, { skill: 'B', level: 3, priority: 'must' }] };

  it('finds the smallest hours per week whose re-planned roadmap fits (not hours ÷ weeks)', () => {
    // 15 h + 15 h in two categories: 2 + 2 weeks at 10 h/week; 30 h ÷ 3 weeks would say 10, but only 15 h/week fits.
    const { roadmap } = plan(entries, { hoursPerWeek: 10, deadlineWeeks: 3 }, r);
    assert.equal(roadmap.totalWeeks, 4);
    assert.deepEqual(roadmap.overDeadline, { weeks: 4, deadlineWeeks: 3, neededHoursPerWeek: 15, achievable: true });
  });

  it('says when no rate can fit (more phases than weeks)', () => {
    const { roadmap } = plan(entries, { hoursPerWeek: 10, deadlineWeeks: 1 }, r);
    assert.equal(roadmap.overDeadline?.achievable, false);
  });

  it('is absent when the plan fits', () => {
    const { roadmap } = plan(entries, { hoursPerWeek: 10, deadlineWeeks: 4 }, r);
    assert.equal(roadmap.overDeadline, undefined);
    assert.equal(roadmap.deadlineWeeks, 4);
  });

  it('plans 100 h in one category at 10 h/week in 10 weeks; 13 h/week fits 8', () => {
    const big = [entry('a', 'A', { category: 'X', effort: { hoursPerLevel: 20 } })];
    const { roadmap } = plan(big, { hoursPerWeek: 10, deadlineWeeks: 8 }, { id: 'r', requirements: [{ skill: 'A', level: 5, priority: 'must' }] });
    assert.deepEqual(roadmap.phases.map((p) => p.weeks), [4, 3, 3]);
    assert.deepEqual(roadmap.overDeadline, { weeks: 10, deadlineWeeks: 8, neededHoursPerWeek: 13, achievable: true });
  });
});
