// fast-check generators of whole report inputs: catalogs with aliases, prerequisites (cycles
// included), effort curves and resources with level ranges (some shared by several skills, some
// without a price or levels); candidates naming skills by id, name, alias or unknown text; roles with
// anyOf, missing levels, weights and `extends` chains.

import fc from 'fast-check';
import type { SkillEntry } from '../../../server/src/catalog/types';
import type { ReportInput } from '../../../server/src/analysis';
import { candidate, catalogOf, entry, resource, role, type CandidateSpec, type RequirementSpec } from './builders';

const CATEGORIES = ['Cloud & Platform', 'Machine Learning', 'Data'];
const PROVIDERS = ['Coursera', 'Udemy', 'Project docs'];

const levelPair = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 5 }))
  .map(([a, b]) => [Math.min(a, b - 1), Math.max(a + 1, b)] as [number, number]);

/** Five non-decreasing step hours (some zero), the uniform shorthand, or none (the category default). */
const effortArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 5, maxLength: 5 }).map((steps) => {
    const hours: number[] = [];
    steps.reduce((sum, s) => { hours.push(sum + s); return sum + s; }, 0);
    return { hours };
  }),
  fc.integer({ min: 1, max: 30 }).map((hoursPerLevel) => ({ hoursPerLevel })),
  fc.constant(undefined),
);

const resourceArb = fc.record({
  title: fc.constantFrom('Intro', 'Deep dive', 'Bootcamp', 'Handbook', 'Shared certificate', 'Shared course', 'Shared notes'),
  provider: fc.constantFrom(...PROVIDERS),
  hours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  cost: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })), { nil: undefined }),
  currency: fc.option(fc.constantFrom('USD', 'EUR'), { nil: undefined }),
  levels: fc.option(levelPair, { nil: undefined }),
  certificate: fc.option(fc.boolean(), { nil: undefined }),
});

const SHARED_PRICE: Record<string, { cost?: number; currency?: string }> = {
  'Shared certificate': { cost: 150, currency: 'USD' }, 'Shared course': { cost: 0 }, 'Shared notes': {},
};

const catalogEntriesArb = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) =>
    fc.record({
      category: fc.constantFrom(...CATEGORIES),
      alias: fc.boolean(),
      requires: fc.array(fc.record({ skill: fc.integer({ min: 0, max: n - 1 }), level: fc.integer({ min: 1, max: 3 }) }), { maxLength: 2 }),
      effort: effortArb,
      evidence: fc.option(fc.constant(`Build something with skill ${i}`), { nil: undefined }),
      resources: fc.array(resourceArb, { maxLength: 3 }),
    }).map((e): SkillEntry => entry(`s${i}`, `Skill ${i}`, {
      category: e.category,
      aliases: e.alias ? [`Alias ${i}`] : [],
      requires: e.requires.filter((r) => r.skill !== i).map((r) => ({ skill: `s${r.skill}`, level: r.level })),
      ...(e.effort !== undefined ? { effort: e.effort } : {}),
      ...(e.evidence !== undefined ? { evidence: e.evidence } : {}),
      // "Shared …" resources keep one title, URL and price across skills: one course listed under several
      // skills (its levels and hours differ from skill to skill).
      resources: e.resources.map((r, k) => resource(r.title.startsWith('Shared') ? r.title : `${r.title} ${i}.${k}`, r.provider, {
        ...(r.hours !== undefined ? { hours: r.hours } : {}),
        ...(r.title.startsWith('Shared') ? SHARED_PRICE[r.title] : { ...(r.cost !== undefined ? { cost: r.cost } : {}), ...(r.currency !== undefined ? { currency: r.currency } : {}) }),
        ...(r.levels ? { levels: r.levels } : {}),
        ...(r.certificate !== undefined ? { certificate: r.certificate } : {}),
        url: r.title.startsWith('Shared') ? `https://example.org/${r.title.replace(' ', '-')}` : `https://example.org/${i}/${k}`,
      })),
      origin: { catalog: i % 2 === 0 ? 'builtin' : 'acme' },
    })),
  )),
);

/** A skill as someone may write it: canonical name, id, alias (which may not exist: then unknown), or unknown text. */
function writtenSkill(n: number) {
  return fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom('name', 'id', 'alias', 'lower', 'unknown', 'unknown-variant')).map(([i, how]) =>
    how === 'name' ? `Skill ${i}` : how === 'id' ? `s${i}` : how === 'alias' ? `Alias ${i}` : how === 'lower' ? `skill-${i}` : how === 'unknown' ? `Unknown ${i}` : `unknown_${i}`);
}

function requirementsArb(n: number) {
  return fc.array(fc.record({
    skill: writtenSkill(n),
    anyOf: fc.option(fc.array(writtenSkill(n), { minLength: 2, maxLength: 3 }), { nil: undefined }),
    level: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    priority: fc.constantFrom('must' as const, 'should' as const, 'nice' as const),
    weight: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  }).map((r): RequirementSpec => ({
    ...(r.anyOf ? { anyOf: r.anyOf } : { skill: r.skill }),
    ...(r.level !== undefined ? { level: r.level } : {}), priority: r.priority, ...(r.weight !== undefined ? { weight: r.weight } : {}),
  })), { maxLength: 8 })
    // At most one anyOf per role (three in a chain: at most 27 combinations of options), within the
    // exhaustive search of report.ts (64): beyond it the plan only approximates the readiest choice.
    .map((list) => list.map((r, i) => (r.anyOf && list.findIndex((x) => x.anyOf) !== i ? { ...r, anyOf: undefined, skill: r.anyOf[0] } : r)));
}

export interface GeneratedInput { entries: SkillEntry[]; spec: CandidateSpec; roles: RequirementSpec[][]; minYears?: number; withMarket: boolean }

export const inputArb: fc.Arbitrary<GeneratedInput> = catalogEntriesArb.chain((entries) => {
  const n = entries.length;
  return fc.record({
    entries: fc.constant(entries),
    spec: fc.record({
      years: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      skills: fc.array(fc.tuple(writtenSkill(n), fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined })), { maxLength: 8 }),
      hoursPerWeek: fc.option(fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constantFrom(0.5, 2.5, 7.3, 12.75)), { nil: undefined }),
      start: fc.option(fc.constantFrom('2026-12-07', '2027-02-26', '2028-12-31'), { nil: undefined }),
      deadlineWeeks: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      providers: fc.subarray(PROVIDERS),
      budget: fc.option(fc.record({ amount: fc.integer({ min: 0, max: 400 }), currency: fc.constantFrom('USD', 'EUR') }), { nil: undefined }),
    }).map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as CandidateSpec),
    roles: fc.array(requirementsArb(n), { minLength: 1, maxLength: 3 }),
    minYears: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
    withMarket: fc.boolean(),
  });
});

/** The report input a generated case stands for: roles[0] is the target, the rest its ancestors, nearest first. */
export function toInput(g: GeneratedInput): ReportInput {
  const roles = g.roles.map((requirements, i) => ({
    role: role({
      id: `role-${i}`, title: `Role ${i}`, requirements,
      ...(i + 1 < g.roles.length ? { extends: `role-${i + 1}` } : {}),
      ...(i === 0 && g.minYears !== undefined ? { minYears: g.minYears } : {}),
      ...(i === 0 && g.withMarket ? { market: { source: 'Survey', asOf: '2025-06', stack: ['Skill 0', 'Alias 1', 'Unknown 3'], trends: ['s0', 'Skill 2'], salary: { currency: 'USD', min: 1, max: 2 } } } : {}),
    }),
    file: `role-${i}.skills.yaml`,
  }));
  return {
    candidate: candidate(g.spec), candidateFile: 'cand.skills.yaml',
    role: roles[0], ancestors: roles.slice(1),
    catalog: catalogOf(...g.entries),
    options: { today: '2026-11-27' },
  };
}
