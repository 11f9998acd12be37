import assert from 'node:assert/strict';
import { addDays, buildReport, isStale, type ReportInput } from '../../../server/src/analysis';
import { candidate, catalogOf, entry, resource, role, type CandidateSpec, type RoleSpec } from './builders';

const catalog = catalogOf(
  entry('python', 'Python', { category: 'Programming Languages' }),
  entry('mlops', 'MLOps', {
    aliases: ['Machine Learning Operations'], category: 'Machine Learning', effort: { hoursPerLevel: 10 }, evidence: 'Ship a monitored model.',
    resources: [resource('MLOps Specialization', 'Coursera', { url: 'https://example.org/mlops', hours: 20, cost: 49, currency: 'USD', levels: [0, 2], certificate: true })],
    origin: { catalog: 'acme' },
  }),
  entry('docker', 'Docker', { category: 'Cloud & Platform' }),
  entry('generative-ai', 'Generative AI', { aliases: ['GenAI'], category: 'Machine Learning' }),
);

function input(c: CandidateSpec, r: RoleSpec, more: Partial<ReportInput> = {}): ReportInput {
  return { candidate: candidate(c), candidateFile: 'work/cand.skills.yaml', role: { role: role(r), file: 'work/senior-ai-engineer.skills.yaml' }, ancestors: [], catalog, ...more };
}

const market: RoleSpec['market'] = {
  source: 'Survey 2026', asOf: '2025-10', demand: 'growing', salary: { currency: 'USD', min: 100, max: 200 },
  stack: ['Python', 'Machine Learning Operations', 'Docker', 'Rust'], trends: ['GenAI', 'MLOps', 'Python'],
};

describe('analysis: buildReport', () => {
  const spec: CandidateSpec = { name: 'Ana', skills: [['Python', 4], ['Generative AI', 2]], hoursPerWeek: 5, start: '2026-12-07', budget: { amount: 100, currency: 'USD' }, providers: ['Coursera'] };
  const r: RoleSpec = { id: 'senior-ai-engineer', title: 'Senior AI Engineer', requirements: [{ skill: 'Python', level: 4, priority: 'must' }, { skill: 'MLOps', level: 3, priority: 'must' }], market };
  const m = buildReport(input(spec, r, { options: { today: '2026-11-27' } }));

  it('plans MLOps 0 → 3 as the whole 20 h course (0 → 2) plus 10 h of practice, ready in 6 weeks at 5 h/week', () => {
    assert.deepEqual(m.gaps, [{
      skill: 'MLOps', id: 'mlops', required: 3, current: 0, gap: 3, priority: 'must', hours: 30, resourceHours: 20, practiceHours: 10,
      prerequisite: false, prerequisiteOf: [], category: 'Machine Learning',
    }]);
    assert.deepEqual(m.roadmap.phases.map((p) => [p.title, p.startWeek, p.endWeek, p.hours, p.startDate, p.endDate]), [
      ['Ready for Senior AI Engineer', 1, 6, 30, '2026-12-07', '2027-01-17'],
    ]);
    assert.deepEqual([m.roadmap.totalWeeks, m.roadmap.readyWeek, m.roadmap.readyDate], [6, 6, '2027-01-17']);
    assert.equal(m.summary.headline, 'Ready for Senior AI Engineer in 6 weeks, by 2027-01-17, at 5 h/week.');
    assert.deepEqual(m.roadmap.phases[0].deliverables.map((d) => d.kind), ['certificate', 'project']);
    assert.deepEqual(m.notes.followUp, { afterPhase: 1, week: 6, date: '2027-01-17' });
  });

  it('prices the plan against the budget and cites the resource with its catalog', () => {
    assert.deepEqual(m.roadmap.cost, { currency: 'USD', total: 49, budget: 100, withinBudget: true });
    assert.deepEqual(m.resources, [{
      title: 'MLOps Specialization', provider: 'Coursera', url: 'https://example.org/mlops', hours: 20, fullHours: 20, price: 'paid', cost: 49, currency: 'USD',
      certificate: true, skills: ['MLOps'], catalog: 'acme',
    }]);
    assert.deepEqual(m.recommendations, [{
      rank: 1, text: 'Raise MLOps from 0 (none) to 3 (competent) (must-have): 30 h — 20 h with MLOps Specialization (Coursera) and 10 h of practice/self-study',
      skills: ['MLOps'], hours: 30, cost: 49, currency: 'USD', priceNotStated: 0, priority: 'must',
    }]);
  });

  it('marks the stack and the trends against the candidate', () => {
    assert.deepEqual(m.stack.map((s) => [s.skill, s.name, s.status, s.level ?? null, s.required ?? null]), [
      ['Python', 'Python', 'held', 4, 4], ['Machine Learning Operations', 'MLOps', 'gap', null, 3], ['Docker', 'Docker', 'optional', null, null], ['Rust', 'Rust', 'optional', null, null],
    ]);
    assert.deepEqual(m.outlook.map((o) => [o.trend, o.id, o.relation, o.note]), [
      ['GenAI', 'generative-ai', 'held', 'You have Generative AI at level 2'],
      ['MLOps', 'mlops', 'gap', 'A gap in this plan: MLOps from 0 to 3 (must)'],
      ['Python', 'python', 'strength', 'One of your strengths: Python at level 4'],
    ]);
  });

  it('quotes market figures with source and date, stale when older than 12 months', () => {
    assert.deepEqual(m.market, { source: 'Survey 2026', asOf: '2025-10', stale: true, salary: { currency: 'USD', min: 100, max: 200, period: 'year' }, demand: 'growing', file: 'work/senior-ai-engineer.skills.yaml' });
    assert.equal(buildReport(input(spec, r, { options: { today: '2026-10-31' } })).market.stale, false);
    assert.equal(buildReport(input(spec, r)).market.stale, false);
  });

  it('says why empty sections are empty', () => {
    const done = buildReport(input({ skills: [['Python', 5]] }, { id: 'py', requirements: [{ skill: 'Python', level: 3, priority: 'must' }] }));
    const empty = Object.fromEntries(done.sections.filter((s) => s.empty).map((s) => [s.id, s.empty]));
    assert.deepEqual(empty, {
      'market-insights': 'No market data in senior-ai-engineer.skills.yaml',
      'technology-stack': 'No technology stack in senior-ai-engineer.skills.yaml',
      'skill-gap-assessment': 'No gaps: every requirement is met',
      'upskilling-roadmap': 'No gaps: nothing to plan',
      'recommendations': 'No gaps: nothing to recommend',
      'relevant-resources': 'No gaps: no resources needed',
      'market-outlook': 'No market trends in senior-ai-engineer.skills.yaml',
    });
    assert.deepEqual([done.roadmap.totalWeeks, done.roadmap.phases.length, done.notes.followUp], [0, 0, undefined]);
    assert.equal(done.match.readiness, 'ready');
  });

  it('states its assumptions: default hours per week, default levels, the effort model', () => {
    const m2 = buildReport(input({ skills: [['Python']] }, { id: 'x', requirements: [{ skill: 'MLOps', priority: 'should' }, { skill: 'Docker', level: 1 }] }));
    assert.equal(m2.candidate.hoursPerWeek, 10);
    assert.equal(m2.candidate.hoursPerWeekIsDefault, true);
    assert.deepEqual(m2.notes.assumptions, [
      'Skill levels are self-assessed by the candidate on the 0–5 scale (0 none, 1 awareness, 2 novice, 3 competent, 4 proficient, 5 expert).',
      'Skills listed without a level count as level 1 (awareness): Python.',
      'Requirements without a level count as level 3 (competent): MLOps.',
      'Ready means every must-have is met.',
      'Hours come from each skill\'s effort curve, the hours of the steps 0→1 … 4→5 (a gap adds up its steps): MLOps: 10 h per level; Docker: 8, 8, 16, 32, 64 h, the default for Cloud & Platform. A skill without a curve in its catalog takes its category\'s default (README, "The effort model").',
      'Prerequisites (a catalog\'s requires) are added only for a skill learned from below 2 (novice) to 2 (novice) or above, and only when you do not evidently have them: holding a skill at 2 (novice) or above counts as holding what it requires. They are raised only to the level named, and scheduled with the most urgent skill they unlock.',
      'Must-haves and their prerequisites come first, then should-haves, then nice-to-haves; within each, prerequisites first, then the larger weighted gap. Items run back to back at 10 h/week and one may start in the week the previous one ends, so the plan takes total hours ÷ hours per week, rounded up, in weeks.',
      'A resource with levels [a, b] takes a learner from level a to level b; a gap that needs only part of it counts that part of its hours, in proportion to the effort curve. For each skill the resources covering the most levels without overlapping are chosen (two courses never cover the same level); a paid or unpriced course from a provider you did not name is left out where a free resource teaches some of the same levels; among equal choices, free before price not stated before paid, then preferred providers (none stated), then the lower levels, then fewer hours. A resource serving several skills is counted once, where it is first used. A resource never makes levels cheaper than the effort curve: where its hours are fewer, practice/self-study makes up the rest, as it does for levels no resource covers.',
      'The candidate file states no hours per week: the plan assumes 10 h/week.',
    ]);
    assert.deepEqual(m2.notes.provenance, { files: ['work/cand.skills.yaml', 'work/senior-ai-engineer.skills.yaml'], catalogs: [{ id: 'acme' }, { id: 'test' }] });
  });

  it('takes market data and minimum years from the nearest ancestor that states them', () => {
    const base = { role: role({ id: 'base', minYears: 4, requirements: [{ skill: 'Docker', level: 2 }], market: { source: 'S', asOf: '2026-01' } }), file: 'base.skills.yaml' };
    const m3 = buildReport(input({ years: 3 }, { id: 'derived', extends: 'base', requirements: [] }, { ancestors: [base] }));
    assert.deepEqual(m3.role, { id: 'derived', title: 'derived', file: 'work/senior-ai-engineer.skills.yaml', extends: ['base'], minYears: 4 });
    assert.equal(m3.market.file, 'base.skills.yaml');
    assert.equal(m3.market.empty, 'No salary or demand figures in base.skills.yaml');
    assert.equal(m3.requirements[0].inheritedFrom, 'base');
    assert.ok(m3.notes.assumptions.includes('Market data is inherited from base.skills.yaml.'));
  });
});

describe('analysis: dates', () => {
  it('adds days across months and years in UTC', () => {
    assert.equal(addDays('2026-12-07', 27), '2027-01-03');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  });

  it('calls market data stale only beyond 12 months', () => {
    assert.equal(isStale('2025-11', '2026-11-27'), false);
    assert.equal(isStale('2025-10', '2026-11-27'), true);
    assert.equal(isStale('2025-11-27', '2026-11-27'), false);
    assert.equal(isStale('2025-11-26', '2026-11-27'), true);
  });
});
