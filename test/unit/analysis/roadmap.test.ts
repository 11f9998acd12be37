// The roadmap model of DESIGN §3.1 on hand-built cases whose every number is worked out in comments.
import assert from 'node:assert/strict';
import { analyzeMatch, buildReport, effectiveRequirements, effortCurve, planFor, stepHours, type ReportInput } from '../../../server/src/analysis';
import type { SkillEntry } from '../../../server/src/catalog/types';
import type { ReportModel, RoadmapItem } from '../../../server/src/analysis/report-model';
import { candidate, catalogOf, entry, resource, role, type CandidateSpec, type RoleSpec } from './builders';

function report(entries: SkillEntry[], c: CandidateSpec, r: RoleSpec): ReportModel {
  const input: ReportInput = { candidate: candidate(c), candidateFile: 'c.skills.yaml', role: { role: role(r), file: 'r.skills.yaml' }, ancestors: [], catalog: catalogOf(...entries) };
  return buildReport(input);
}

function items(m: ReportModel): RoadmapItem[] {
  return m.roadmap.phases.flatMap((p) => p.items);
}

/** [skill, from, to, hours, tier, startWeek, endWeek] of every item, in roadmap order. */
function timeline(m: ReportModel) {
  return items(m).map((i) => [i.skill, i.from, i.to, i.hours, i.tier, i.startWeek, i.endWeek]);
}

describe('roadmap: effort curves', () => {
  it('adds up steps (a→c = a→b + b→c) and falls back to the category default', () => {
    const curved = entry('spark', 'Spark', { effort: { hours: [4, 8, 16, 30, 60] } });
    const { curve, source } = effortCurve(curved, curved.category);
    assert.deepEqual([curve, source], [[4, 8, 16, 30, 60], 'catalog']);
    assert.equal(stepHours(curve, 1, 4), 8 + 16 + 30);
    assert.equal(stepHours(curve, 1, 4), stepHours(curve, 1, 2) + stepHours(curve, 2, 4));
    assert.deepEqual(effortCurve(entry('u', 'U', { effort: { hoursPerLevel: 7 } }), 'X').curve, [7, 7, 7, 7, 7]);
    assert.deepEqual(effortCurve(undefined, 'Machine Learning & AI'), { curve: [16, 16, 32, 64, 128], source: 'category-default' });
    assert.deepEqual(effortCurve(undefined, 'Databases').curve, [4, 4, 8, 16, 32]);
    assert.deepEqual(effortCurve(undefined, 'Languages (human)').curve, [100, 100, 150, 200, 200]);
    assert.deepEqual(effortCurve(undefined, 'Acme Internal').curve, [8, 8, 16, 32, 64]);
    // A decreasing curve that reached the analysis some other way than a file is not used.
    assert.deepEqual(effortCurve(entry('d', 'D', { effort: { hours: [9, 3, 3, 3, 3] } }), 'Databases').source, 'category-default');
  });

  it('never makes raising a level costlier: Machine Learning 2→4 ≥ 3→4 with a course over 1→3 (the issue\'s 90 h vs 120 h)', () => {
    const ml = entry('machine-learning', 'Machine Learning', {
      effort: { hoursPerLevel: 30 },
      resources: [resource('ML Specialization', 'Coursera', { hours: 90, cost: 147, currency: 'USD', levels: [1, 3] })],
    });
    const r: RoleSpec = { id: 'r', requirements: [{ skill: 'Machine Learning', level: 4, priority: 'must' }] };
    const from2 = report([ml], { skills: [['Machine Learning', 2]] }, r);
    const from3 = report([ml], { skills: [['Machine Learning', 3]] }, r);
    // 2→4: the course's half 2→3 (90 × 30/60 = 45 h) + 3→4 practice 30 h = 75 h; 3→4: 30 h, no course.
    assert.deepEqual([from2.roadmap.totalHours, from2.roadmap.cost.total], [75, 147]);
    assert.deepEqual([from3.roadmap.totalHours, from3.roadmap.cost.total], [30, 0]);
  });
});

describe('roadmap: resources', () => {
  it('pro-rates a resource used in part by the effort curve', () => {
    const e = entry('k', 'K', { effort: { hours: [10, 20, 40, 40, 80] }, resources: [resource('Course', 'P', { hours: 60, cost: 0, levels: [1, 3] })] });
    const m = report([e], { skills: [['K', 2]] }, { id: 'r', requirements: [{ skill: 'K', level: 3, priority: 'must' }] });
    // Its range 1→3 is 20 + 40 = 60 curve hours; the part 2→3 is 40 of them: 60 × 40/60 = 40 h.
    assert.deepEqual(items(m)[0].resources.map((r) => [r.title, r.levels, r.used, r.hours, r.fullHours]), [['Course', [1, 3], [2, 3], 40, 60]]);
    assert.deepEqual([m.gaps[0].hours, m.gaps[0].resourceHours, m.gaps[0].practiceHours], [40, 40, 0]);
  });

  it('never chains overlapping courses: Statistics 0→3 with Khan [0, 2] and OpenIntro [1, 3] uses one, the rest is practice', () => {
    const statistics = entry('statistics', 'Statistics', {
      effort: { hoursPerLevel: 20 },
      resources: [
        resource('Statistics and probability', 'Khan Academy', { hours: 40, cost: 0, levels: [0, 2] }),
        resource('OpenIntro Statistics', 'OpenIntro', { hours: 40, cost: 0, levels: [1, 3] }),
      ],
    });
    const m = report([statistics], {}, { id: 'r', requirements: [{ skill: 'Statistics', level: 3, priority: 'must' }] });
    const [item] = items(m);
    // Equal cover (2 levels each), both free: the lower levels, Khan for 0→2; 2→3 is 20 h of practice.
    assert.deepEqual(item.resources.map((r) => [r.title, r.used]), [['Statistics and probability', [0, 2]]]);
    assert.deepEqual([item.hours, item.resourceHours, item.practiceHours], [60, 40, 20]);
  });

  it('counts the Google PM certificate once, hours and cost, where it is first used, and says what else it covers', () => {
    const cert = {
      url: 'https://www.coursera.org/professional-certificates/google-project-management', hours: 140, cost: 245, currency: 'USD', certificate: true,
      costAsOf: '2026-11', costSource: 'coursera.org',
    };
    const entries = [
      entry('stakeholder-management', 'Stakeholder Management', { effort: { hoursPerLevel: 12 }, resources: [resource('Google PM Certificate', 'Coursera', { ...cert, levels: [1, 3] })] }),
      entry('project-management', 'Project Management', { effort: { hoursPerLevel: 20 }, resources: [resource('Google PM Certificate', 'Coursera', { ...cert, levels: [0, 3] })] }),
    ];
    const m = report(entries, { skills: [['Project Management', 2]] }, {
      id: 'r', requirements: [{ skill: 'Stakeholder Management', level: 3, priority: 'should' }, { skill: 'Project Management', level: 3, priority: 'should' }],
    });
    // Stakeholder Management 0→3 (weighted gap 2·3) goes first: practice 0→1 (12 h) + the whole certificate 1→3 (140 h).
    // Project Management 2→3 needs the last third of it (140 × 20/60 ≈ 46.7 h), less than already counted: 0 h more, 0 USD.
    assert.deepEqual(timeline(m), [['Stakeholder Management', 0, 3, 152, 2, 1, 16], ['Project Management', 2, 3, 0, 2, 16, 16]]);
    const [first, second] = items(m).map((i) => i.resources[0]);
    assert.deepEqual([first.hours, first.cost, first.alsoCovers, first.countedUnder], [140, 245, ['Project Management'], undefined]);
    assert.deepEqual([second.hours, second.cost, second.alsoCovers, second.countedUnder], [0, 0, [], 'Stakeholder Management']);
    assert.deepEqual([m.roadmap.totalHours, m.roadmap.cost.total], [152, 245]);
    assert.deepEqual(m.resources.map((r) => [r.title, r.hours, r.cost, r.costAsOf, r.costSource, r.skills]), [
      ['Google PM Certificate', 140, 245, '2026-11', 'coursera.org', ['Stakeholder Management', 'Project Management']],
    ]);
    assert.deepEqual(m.roadmap.phases[0].deliverables.filter((d) => d.kind === 'certificate'), [{ kind: 'certificate', text: 'Google PM Certificate (Coursera)', skill: 'Stakeholder Management' }]);
  });

  it('never counts a resource without a price as free, and says how many there are', () => {
    const e = entry('k', 'K', { effort: { hoursPerLevel: 5 }, resources: [resource('Unpriced', 'P', { hours: 4, levels: [0, 2] })] });
    const m = report([e], { budget: { amount: 100, currency: 'USD' } }, { id: 'r', requirements: [{ skill: 'K', level: 2, priority: 'must' }] });
    const [r] = items(m)[0].resources;
    assert.deepEqual([r.price, r.cost], ['not-stated', undefined]);
    assert.deepEqual([m.roadmap.cost.total, m.roadmap.priceNotStated], [0, 1]);
    assert.deepEqual(m.resources.map((x) => [x.price, x.cost]), [['not-stated', undefined]]);
    assert.equal(m.recommendations[0].priceNotStated, 1);
  });

  it('prefers covering more levels, then free, then the candidate\'s providers; leaves out what the budget cannot pay', () => {
    const e = entry('m', 'MLOps', {
      effort: { hoursPerLevel: 25 },
      resources: [
        resource('Specialization', 'Coursera', { hours: 10, cost: 49, currency: 'USD', levels: [0, 2], certificate: true }),
        resource('Zoomcamp', 'Coursera', { hours: 12, cost: 0, levels: [0, 2] }),
        resource('Docs', 'DataTalks.Club', { hours: 12, cost: 0, levels: [0, 2] }),
        resource('Advanced', 'Made With ML', { hours: 30, cost: 0, levels: [2, 4] }),
      ],
    });
    const r: RoleSpec = { id: 'r', requirements: [{ skill: 'MLOps', level: 4, priority: 'must' }] };
    const titles = (m: ReportModel) => items(m)[0].resources.map((x) => x.title);
    assert.deepEqual(titles(report([e], {}, r)), ['Docs', 'Advanced']);                            // free first; equal otherwise: by title
    assert.deepEqual(titles(report([e], { providers: ['Coursera'] }, r)), ['Zoomcamp', 'Advanced']);  // free and preferred
    const paidOnly = entry('p', 'P', { resources: [resource('Paid', 'X', { hours: 10, cost: 120, currency: 'USD', levels: [0, 2] })] });
    const rp: RoleSpec = { id: 'r', requirements: [{ skill: 'P', level: 2, priority: 'must' }] };
    assert.deepEqual(titles(report([paidOnly], { budget: { amount: 150, currency: 'USD' } }, rp)), ['Paid']);
    assert.deepEqual(titles(report([paidOnly], { budget: { amount: 100, currency: 'USD' } }, rp)), []);    // dearer than the whole budget
    assert.deepEqual(titles(report([paidOnly], { budget: { amount: 500, currency: 'EUR' } }, rp)), []);    // another currency
  });

  it('leaves out a paid course where a free resource teaches the same levels, unless its provider is preferred', () => {
    const python = entry('python', 'Python', {
      effort: { hoursPerLevel: 25 },
      resources: [
        resource('Python for Everybody', 'Coursera', { hours: 60, cost: 196, currency: 'USD', levels: [0, 3] }),
        resource('The Python Tutorial', 'Python Software Foundation', { hours: 12, cost: 0, levels: [1, 3] }),
      ],
    });
    const r: RoleSpec = { id: 'r', requirements: [{ skill: 'Python', level: 3, priority: 'must' }] };
    // Python for Everybody covers one level more, yet the free tutorial teaches 1→3 too: 0→1 practice (25 h), then the
    // tutorial (12 h) and the practice that makes up the curve's 50 h for 1→3 (38 h).
    const plain = report([python], {}, r);
    assert.deepEqual([items(plain)[0].resources.map((x) => x.title), plain.roadmap.totalHours, plain.roadmap.cost.total], [['The Python Tutorial'], 75, 0]);
    const coursera = report([python], { providers: ['Coursera'] }, r);
    // 60 h of course over a 75-hour curve: 15 h of practice make up the rest.
    assert.deepEqual([items(coursera)[0].resources.map((x) => x.title), coursera.roadmap.totalHours, coursera.roadmap.cost.total], [['Python for Everybody'], 75, 196]);
  });

  it('never makes levels cheaper than the effort curve: a short guide counts its hours, practice makes up the rest', () => {
    const docker = entry('docker', 'Docker', { effort: { hoursPerLevel: 10 }, resources: [resource('Get Started', 'Docker', { hours: 6, cost: 0, levels: [1, 3] })] });
    const m = report([docker], { skills: [['Docker', 2]] }, { id: 'r', requirements: [{ skill: 'Docker', level: 3, priority: 'must' }] });
    // The guide's part 2→3 is 3 h of its 6; the curve asks 10 h for the step: 7 h of practice.
    assert.deepEqual([m.gaps[0].hours, m.gaps[0].resourceHours, m.gaps[0].practiceHours], [10, 3, 7]);
    const long = entry('k8s', 'Kubernetes', { effort: { hoursPerLevel: 10 }, resources: [resource('CKA', 'LF', { hours: 60, cost: 0, levels: [2, 4] })] });
    const l = report([long], { skills: [['Kubernetes', 2]] }, { id: 'r', requirements: [{ skill: 'Kubernetes', level: 4, priority: 'must' }] });
    // A course longer than the curve stands as it is: no practice on top.
    assert.deepEqual([l.gaps[0].hours, l.gaps[0].resourceHours, l.gaps[0].practiceHours], [60, 60, 0]);
  });
});

describe('roadmap: prerequisites', () => {
  const linux = entry('linux', 'Linux', { effort: { hoursPerLevel: 12 }, category: 'Networking & Operating Systems' });
  const docker = entry('docker', 'Docker', { effort: { hoursPerLevel: 10 }, requires: [{ skill: 'linux', level: 2 }], category: 'DevOps & CI/CD' });
  const ansible = entry('ansible', 'Ansible', { effort: { hoursPerLevel: 8 }, requires: [{ skill: 'linux', level: 2 }], category: 'DevOps & CI/CD' });

  it('Docker held at 2 (novice): no Linux, whatever Docker is raised to', () => {
    const m = report([linux, docker], { skills: [['Docker', 2]] }, { id: 'r', requirements: [{ skill: 'Docker', level: 3, priority: 'must' }] });
    assert.deepEqual(timeline(m), [['Docker', 2, 3, 10, 1, 1, 1]]);
  });

  it('Docker from 1: Linux to 2 first, labelled, in the must-have tier', () => {
    const m = report([linux, docker], { skills: [['Docker', 1]] }, { id: 'r', requirements: [{ skill: 'Docker', level: 3, priority: 'must' }] });
    assert.deepEqual(timeline(m), [['Linux', 0, 2, 24, 1, 1, 3], ['Docker', 1, 3, 20, 1, 3, 5]]);
    const [pre] = items(m);
    assert.deepEqual([pre.prerequisite, pre.prerequisiteOf, pre.priority], [true, ['Docker'], 'must']);
    assert.deepEqual(m.gaps.map((g) => [g.skill, g.priority, g.prerequisite, g.prerequisiteOf]), [['Linux', 'must', true, ['Docker']], ['Docker', 'must', false, []]]);
    assert.equal(m.roadmap.readyWeek, 5);   // 44 h at 10 h/week
  });

  it('a prerequisite of a must-have that is itself a nice-to-have: its first levels in tier 1, the rest in tier 3', () => {
    const m = report([linux, docker], {}, { id: 'r', requirements: [{ skill: 'Docker', level: 2, priority: 'must' }, { skill: 'Linux', level: 3, priority: 'nice' }] });
    assert.deepEqual(timeline(m), [['Linux', 0, 2, 24, 1, 1, 3], ['Docker', 0, 2, 20, 1, 3, 5], ['Linux', 2, 3, 12, 3, 5, 6]]);
    assert.deepEqual(m.gaps.map((g) => [g.skill, g.required, g.hours, g.priority, g.prerequisite, g.prerequisiteOf]), [
      ['Linux', 3, 36, 'nice', false, ['Docker']], ['Docker', 2, 20, 'must', false, []],
    ]);
    assert.deepEqual(m.roadmap.phases.map((p) => [p.title, p.items.map((i) => i.skill)]), [['Ready for r', ['Linux', 'Docker']], ['Nice-to-haves', ['Linux']]]);
  });

  it('a nice-to-have\'s prerequisite stays in tier 3 and does not move the must-haves', () => {
    const go = entry('go', 'Go', { effort: { hoursPerLevel: 6 } });
    const m = report([linux, ansible, go], {}, {
      id: 'r', requirements: [{ skill: 'Go', level: 1, priority: 'must' }, { skill: 'Ansible', level: 2, priority: 'nice' }],
    });
    assert.deepEqual(timeline(m), [['Go', 0, 1, 6, 1, 1, 1], ['Linux', 0, 2, 24, 3, 1, 3], ['Ansible', 0, 2, 16, 3, 4, 5]]);
    assert.equal(m.roadmap.readyWeek, 1);
  });

  it('whoever holds Docker at 2 (novice) evidently has the Linux 2 it requires: Ansible pulls in no Linux (the issue\'s seed)', () => {
    const m = report([linux, docker, ansible], { skills: [['Docker', 2]] }, {
      id: 'r', requirements: [{ skill: 'Docker', level: 3, priority: 'must' }, { skill: 'Ansible', level: 2, priority: 'nice' }],
    });
    assert.deepEqual(timeline(m), [['Docker', 2, 3, 10, 1, 1, 1], ['Ansible', 0, 2, 16, 3, 2, 3]]);
    // Docker at 1 (awareness) is no such evidence.
    const novice = report([linux, docker, ansible], { skills: [['Docker', 1]] }, {
      id: 'r', requirements: [{ skill: 'Docker', level: 3, priority: 'must' }, { skill: 'Ansible', level: 2, priority: 'nice' }],
    });
    // Learned in the must-have tier for Docker, Linux is there in time for Ansible too: one item.
    assert.deepEqual(items(novice).map((i) => [i.skill, i.tier, i.prerequisiteOf]), [['Linux', 1, ['Docker']], ['Docker', 1, []], ['Ansible', 3, []]]);
  });

  it('a skill learned only to awareness (1) pulls in no prerequisite: a 10-hour nice-to-have never brings 24 h of Linux', () => {
    const m = report([linux, ansible], {}, { id: 'r', requirements: [{ skill: 'Ansible', level: 1, priority: 'nice' }] });
    assert.deepEqual(timeline(m), [['Ansible', 0, 1, 8, 3, 1, 1]]);
  });

  it('orders a chain before what needs it and survives a requires loop', () => {
    const chain = [entry('a', 'A', { requires: [{ skill: 'b', level: 2 }] }), entry('b', 'B', { requires: [{ skill: 'c', level: 2 }] }), entry('c', 'C')];
    const m = report(chain, {}, { id: 'r', requirements: [{ skill: 'A', level: 2, priority: 'nice' }, { skill: 'Go', level: 1, priority: 'must' }] });
    assert.deepEqual(items(m).map((i) => [i.skill, i.tier, i.prerequisite, i.prerequisiteOf]), [
      ['Go', 1, false, []], ['C', 3, true, ['B']], ['B', 3, true, ['A']], ['A', 3, false, []],
    ]);
    const loop = [entry('a', 'A', { requires: [{ skill: 'b', level: 1 }] }), entry('b', 'B', { requires: [{ skill: 'a', level: 1 }] })];
    const l = report(loop, {}, { id: 'r', requirements: [{ skill: 'A', level: 2, priority: 'must' }] });
    assert.deepEqual(items(l).map((i) => [i.skill, i.from, i.to]), [['A', 0, 2], ['B', 0, 1]]);
  });
});

describe('roadmap: order, time and phases', () => {
  const entries = [
    entry('python', 'Python', { effort: { hoursPerLevel: 10 } }),
    entry('go', 'Go', { effort: { hoursPerLevel: 6 } }),
    entry('sql', 'SQL', { effort: { hoursPerLevel: 5 }, category: 'Databases' }),
    entry('terraform', 'Terraform', { effort: { hoursPerLevel: 4 }, category: 'Cloud & Platform' }),
    entry('aws', 'AWS', { effort: { hoursPerLevel: 4 }, category: 'Cloud & Platform' }),
  ];
  const r: RoleSpec = {
    id: 'r', title: 'Platform Engineer', requirements: [
      { skill: 'SQL', level: 1, priority: 'nice' }, { skill: 'Go', level: 2, priority: 'should' }, { skill: 'Terraform', level: 3, priority: 'should' },
      { skill: 'AWS', level: 2, priority: 'must' }, { skill: 'Python', level: 2, priority: 'must', weight: 5 },
    ],
  };

  it('must, then should, then nice; inside a tier the larger weighted gap, then category, then name; back to back, no padding', () => {
    const m = report(entries, { hoursPerWeek: 7, start: '2026-12-07' }, r);
    // Must: Python 5·2 = 10 before AWS 3·2 = 6. Should: Terraform 2·3 = 6 before Go 2·2 = 4. Nice: SQL.
    // Hours 20, 8 | 12, 12 | 5: cumulative 20, 28, 40, 52, 57 at 7 h/week.
    assert.deepEqual(timeline(m), [
      ['Python', 0, 2, 20, 1, 1, 3], ['AWS', 0, 2, 8, 1, 3, 4], ['Terraform', 0, 3, 12, 2, 5, 6], ['Go', 0, 2, 12, 2, 6, 8], ['SQL', 0, 1, 5, 3, 8, 9],
    ]);
    assert.deepEqual([m.roadmap.totalHours, m.roadmap.totalWeeks, m.roadmap.readyHours, m.roadmap.readyWeek, m.roadmap.readyDate, m.roadmap.endDate], [57, 9, 28, 4, '2027-01-03', '2027-02-07']);
    assert.deepEqual(items(m)[1], {
      skill: 'AWS', id: 'aws', from: 0, to: 2, hours: 8, resourceHours: 0, practiceHours: 8, priority: 'must', tier: 1,
      startWeek: 3, endWeek: 4, startDate: '2026-12-21', endDate: '2027-01-03', prerequisite: false, prerequisiteOf: [], resources: [],
    });
    assert.deepEqual(m.roadmap.phases.map((p) => [p.index, p.title, p.tier, p.startWeek, p.endWeek, p.weeks, p.hours, p.startDate, p.endDate]), [
      [1, 'Ready for Platform Engineer', 1, 1, 4, 4, 28, '2026-12-07', '2027-01-03'],
      [2, 'Should-haves', 2, 5, 8, 4, 24, '2027-01-04', '2027-01-31'],
      [3, 'Nice-to-haves', 3, 8, 9, 2, 5, '2027-01-25', '2027-02-07'],
    ]);
    assert.deepEqual(m.roadmap.phases[0].review, {
      week: 4, date: '2027-01-03', text: 'Check that Python 2 (novice) and AWS 2 (novice) are reached, with the deliverables above as evidence.',
    });
    assert.deepEqual(m.notes.followUp, { afterPhase: 1, week: 4, date: '2027-01-03' });
    assert.equal(m.summary.headline, 'Ready for Platform Engineer in 4 weeks, by 2027-01-03, at 7 h/week; the full plan takes 9 weeks.');
  });

  it('says "ready now" when every must-have is met, and states experience still short', () => {
    const m = report(entries, { skills: [['AWS', 2], ['Python', 3]], years: 2 }, { ...r, minYears: 4 });
    assert.equal(m.roadmap.readyWeek, 0);
    assert.equal(m.roadmap.readyDate, undefined);
    assert.equal(m.summary.headline, 'Must-haves for Platform Engineer met now; the role also asks 4 years of experience (you have 2); the full plan takes 3 weeks at 10 h/week.');
    assert.equal(report(entries, { skills: [['AWS', 2], ['Python', 3]] }, r).summary.headline, 'Ready for Platform Engineer now; the full plan takes 3 weeks at 10 h/week.');
  });
});

describe('roadmap: the deadline (over-deadline) compares readiness first', () => {
  const entries = [entry('a', 'A', { effort: { hoursPerLevel: 10 } }), entry('b', 'B', { effort: { hoursPerLevel: 10 } })];
  const r: RoleSpec = { id: 'r', title: 'Role R', requirements: [{ skill: 'A', level: 3, priority: 'must' }, { skill: 'B', level: 3, priority: 'nice' }] };

  it('ready past the deadline: the re-planned hours per week that make it, the full plan as context', () => {
    // Must-haves 30 h: 6 weeks at 5 h/week; in 4 weeks they need 8 h/week (ceil(30/8) = 4; 7 h/week gives 5).
    const m = report(entries, { hoursPerWeek: 5, deadlineWeeks: 4 }, r);
    assert.deepEqual(m.roadmap.deadline, {
      weeks: 4, ready: 'over', fullPlan: 'over', neededHoursPerWeek: 8,
      text: 'Ready for Role R in 6 weeks at 5 h/week; deadline is 4 (needs 8 h/week to be ready by then); the full plan takes 12 weeks',
    });
  });

  it('ready within the deadline while the full plan is not', () => {
    const m = report(entries, { hoursPerWeek: 5, deadlineWeeks: 8 }, r);
    assert.deepEqual(m.roadmap.deadline, {
      weeks: 8, ready: 'within', fullPlan: 'over', text: 'Ready for Role R in 6 weeks at 5 h/week, within the 8-week deadline; the full plan takes 12 weeks',
    });
  });

  it('both within', () => {
    const m = report(entries, { hoursPerWeek: 5, deadlineWeeks: 12 }, r);
    assert.deepEqual([m.roadmap.deadline?.ready, m.roadmap.deadline?.fullPlan, m.roadmap.deadline?.text], ['within', 'within',
      'Ready for Role R in 6 weeks at 5 h/week, within the 12-week deadline; the full plan takes 12 weeks, also within it']);
  });
});

describe('roadmap: anyOf', () => {
  it('is planned on the option quickest to close, while the match counts the strongest', () => {
    const entries = [
      entry('aws', 'AWS', { effort: { hoursPerLevel: 20 }, category: 'Cloud & Platform' }),
      entry('gcp', 'Google Cloud', { effort: { hoursPerLevel: 5 }, category: 'Cloud & Platform' }),
    ];
    const r: RoleSpec = { id: 'r', requirements: [{ anyOf: ['AWS', 'Google Cloud'], level: 3, priority: 'must' }] };
    const m = report(entries, { skills: [['AWS', 1]] }, r);
    // AWS 1→3 = 40 h; Google Cloud 0→3 = 15 h.
    assert.deepEqual(timeline(m), [['Google Cloud', 0, 3, 15, 1, 1, 2]]);
    assert.equal(m.requirements[0].current, 1);
    const stack = buildReport({
      candidate: candidate({ skills: [['AWS', 1]] }), candidateFile: 'c', ancestors: [], catalog: catalogOf(...entries),
      role: { role: role({ ...r, market: { stack: ['AWS', 'Google Cloud', 'Azure'] } }), file: 'r' },
    }).stack.map((s) => [s.name, s.status]);
    assert.deepEqual(stack, [['AWS', 'held'], ['Google Cloud', 'gap'], ['Azure', 'optional']]);
  });
});

describe('roadmap: planFor is what the over-deadline check and the report share', () => {
  it('gives the same readyWeek as the report', () => {
    const entries = [entry('a', 'A', { effort: { hoursPerLevel: 10 } })];
    const r: RoleSpec = { id: 'r', requirements: [{ skill: 'A', level: 2, priority: 'must' }] };
    const cand = candidate({ hoursPerWeek: 3 });
    const catalog = catalogOf(...entries);
    const match = analyzeMatch(cand, effectiveRequirements({ role: role(r), file: 'r' }, [], catalog), catalog);
    assert.equal(planFor(match, cand, catalog, { title: 'r' }).schedule.roadmap.readyWeek, 7);
    assert.equal(report(entries, { hoursPerWeek: 3 }, r).roadmap.readyWeek, 7);
  });
});
