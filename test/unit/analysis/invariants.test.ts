// The report's invariants, each a named property over generated catalogs (effort curves, resources
// with level ranges, shared courses, prerequisites), candidates and roles. These are the rules of
// DESIGN §3.1 and the seed report's faults made impossible.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildReport, type ReportInput } from '../../../server/src/analysis';
import { normalizeSkillName } from '../../../server/src/catalog';
import { effortCurve, stepHours } from '../../../server/src/analysis/effort';
import type { ReportModel, RoadmapItem } from '../../../server/src/analysis/report-model';
import { render } from '../../../server/src/render';
import { inputArb, toInput, type GeneratedInput } from './arbitraries';

const RUNS = { numRuns: 150 };
const EPSILON = 1e-9;

function property(check: (model: ReportModel, g: GeneratedInput, input: ReportInput) => void) {
  fc.assert(fc.property(inputArb, (g) => {
    const input = toInput(g);
    check(buildReport(input), g, input);
  }), RUNS);
}

const itemsOf = (m: ReportModel): RoadmapItem[] => m.roadmap.phases.flatMap((p) => p.items);
const keyOf = (r: { title: string; provider: string; url?: string }) => JSON.stringify([r.title, r.provider, r.url ?? '']);

/** One change that can only make the plan smaller: a candidate level raised, or a required level lowered. */
type Change = { kind: 'raise'; index: number; by: number } | { kind: 'lower'; role: number; index: number; by: number };

const changeArb = fc.oneof(
  fc.record({ kind: fc.constant('raise' as const), index: fc.nat(20), by: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('lower' as const), role: fc.nat(3), index: fc.nat(10), by: fc.integer({ min: 1, max: 3 }) }),
);

function applyChange(g: GeneratedInput, c: Change): GeneratedInput | undefined {
  if (c.kind === 'raise') {
    const skills = [...(g.spec.skills ?? [])];
    if (c.index < skills.length) {
      const [name, level] = skills[c.index];
      const now = level ?? 1;   // a skill listed without a level counts as 1
      if (now >= 5) return undefined;
      skills[c.index] = [name, Math.min(5, now + c.by)];
    } else {
      skills.push([`Skill ${(c.index - skills.length) % g.entries.length}`, Math.min(5, c.by)]);
    }
    return { ...g, spec: { ...g.spec, skills } };
  }
  const roles = g.roles.map((r) => [...r]);
  const role = roles[c.role % roles.length];
  if (role.length === 0) return undefined;
  const i = c.index % role.length;
  const level = role[i].level ?? 3;
  if (level === 0) return undefined;
  role[i] = { ...role[i], level: Math.max(0, level - c.by) };
  return { ...g, roles };
}

function costs(m: ReportModel): Map<string, number> {
  return new Map(m.roadmap.costs.map((c) => [c.currency, c.total]));
}

/** The option each unmet anyOf requirement is planned on, by requirement line. */
function anyOfOptions(m: ReportModel): string {
  return JSON.stringify(m.requirements.filter((r) => r.anyOf && !r.met).map((r) => [r.line, r.plannedOn]));
}

describe('analysis: roadmap invariants (property-based)', function () {
  // Each property builds ~150 reports; shared CI cores can make that slower than mocha's 2 s default.
  this.timeout(60000);

  // An anyOf requirement is planned on the option that makes the whole plan readiest, then shortest,
  // then cheapest. A change can switch it to another option (say the level of an option was raised):
  // never later, but the switched-to option may take longer outside the must-haves or use a paid
  // course, so total hours and cost are compared only when every anyOf stays on its option.
  it('monotone: raising a current level or lowering a required one never makes the plan longer, dearer or later', () => {
    fc.assert(fc.property(inputArb, changeArb, (g, change) => {
      const changed = applyChange(g, change);
      if (!changed) return;
      const before = buildReport(toInput(g));
      const after = buildReport(toInput(changed));
      const what = JSON.stringify(change);
      assert.ok(after.roadmap.readyWeek <= before.roadmap.readyWeek, `${what}: readyWeek ${before.roadmap.readyWeek} → ${after.roadmap.readyWeek}`);
      assert.ok(after.roadmap.readyHours <= before.roadmap.readyHours, `${what}: must-have hours ${before.roadmap.readyHours} → ${after.roadmap.readyHours}`);
      if (anyOfOptions(before) !== anyOfOptions(after)) return;
      assert.ok(after.roadmap.totalHours <= before.roadmap.totalHours, `${what}: total hours ${before.roadmap.totalHours} → ${after.roadmap.totalHours}`);
      assert.ok(after.roadmap.totalWeeks <= before.roadmap.totalWeeks, `${what}: weeks`);
      const was = costs(before);
      for (const [currency, total] of costs(after)) assert.ok(total <= (was.get(currency) ?? 0), `${what}: cost in ${currency} ${was.get(currency) ?? 0} → ${total}`);
      assert.ok(after.roadmap.priceNotStated <= before.roadmap.priceNotStated, `${what}: resources without a price`);
    }), { numRuns: 1000 });
  });

  it('no padding: totalWeeks = ceil(totalHours / hoursPerWeek), readyWeek likewise, items back to back', () => {
    property((m) => {
      const { hoursPerWeek, totalHours, totalWeeks, readyHours, readyWeek } = m.roadmap;
      assert.equal(totalWeeks, totalHours === 0 ? 0 : Math.ceil(totalHours / hoursPerWeek - EPSILON));
      assert.equal(readyWeek, readyHours === 0 ? 0 : Math.ceil(readyHours / hoursPerWeek - EPSILON));
      let before = 0;
      for (const item of itemsOf(m)) {
        if (item.hours > 0) {
          assert.equal(item.startWeek, Math.floor(before / hoursPerWeek + EPSILON) + 1, item.skill);
          assert.equal(item.endWeek, Math.ceil((before + item.hours) / hoursPerWeek - EPSILON), item.skill);
        }
        assert.ok(item.startWeek <= item.endWeek && item.endWeek <= Math.max(totalWeeks, 1));
        before += item.hours;
        assert.equal(item.hours, item.resourceHours + item.practiceHours);
      }
      assert.equal(before, totalHours);
      assert.equal(readyHours, itemsOf(m).filter((i) => i.tier === 1).reduce((s, i) => s + i.hours, 0));
    });
  });

  it('tier order: must, then should, then nice; no item of a lower tier starts before the higher tier ends', () => {
    property((m) => {
      const items = itemsOf(m);
      items.forEach((item, i) => { if (i > 0) assert.ok(items[i - 1].tier <= item.tier); });
      for (const tier of [1, 2] as const) {
        const higher = items.filter((i) => i.tier === tier && i.hours > 0);
        const lower = items.filter((i) => i.tier > tier && i.hours > 0);
        if (higher.length > 0 && lower.length > 0) assert.ok(Math.min(...lower.map((i) => i.startWeek)) >= Math.max(...higher.map((i) => i.endWeek)));
      }
      if (m.roadmap.readyHours > 0) assert.equal(m.roadmap.readyWeek, Math.max(...items.filter((i) => i.tier === 1 && i.hours > 0).map((i) => i.endWeek)));
    });
  });

  it('phases are milestones: one per tier with items, no skill twice in a phase, no "part x of y"', () => {
    property((m) => {
      const tiers = [...new Set(itemsOf(m).map((i) => i.tier))];
      assert.deepEqual(m.roadmap.phases.map((p) => p.tier), tiers);
      for (const p of m.roadmap.phases) {
        const skills = p.items.map((i) => i.skill);
        assert.equal(new Set(skills).size, skills.length, `${p.title}: ${skills.join(', ')}`);
        assert.equal(p.hours, p.items.reduce((s, i) => s + i.hours, 0));
        assert.deepEqual([p.startWeek, p.endWeek], [Math.min(...p.items.map((i) => i.startWeek)), Math.max(...p.items.map((i) => i.endWeek))]);
        assert.equal(p.weeks, p.endWeek - p.startWeek + 1);
        assert.equal(p.review.week, p.endWeek);
        assert.ok(p.items.every((i) => i.tier === p.tier && !('part' in i)));
      }
    });
  });

  it('each resource once: its hours and cost are counted where it is first used, never again', () => {
    property((m) => {
      const firstUses = new Map<string, number>();
      let paid = 0;
      for (const item of itemsOf(m)) {
        for (const r of item.resources) {
          if (r.countedUnder === undefined) {
            firstUses.set(keyOf(r), (firstUses.get(keyOf(r)) ?? 0) + 1);
            if (r.price === 'paid') paid += r.cost!;
          } else {
            assert.ok(r.price !== 'paid' || r.cost === 0, `${r.title} is paid for twice`);
          }
          if (r.price === 'not-stated') assert.equal(r.cost, undefined, `${r.title} has no price, yet a cost`);
          assert.ok(r.used[0] >= r.levels[0] && r.used[1] <= r.levels[1] && r.used[0] < r.used[1]);
          assert.ok(r.used[0] >= item.from && r.used[1] <= item.to);
        }
        // Resources used by one item never cover the same level twice (courses are never chained over a level).
        const steps = item.resources.flatMap((r) => Array.from({ length: r.used[1] - r.used[0] }, (_, k) => r.used[0] + k + 1));
        assert.equal(new Set(steps).size, steps.length, `${item.skill}: overlapping resources`);
      }
      assert.ok([...firstUses.values()].every((n) => n === 1));
      assert.equal(m.resources.length, firstUses.size);
      assert.equal(new Set(m.resources.map(keyOf)).size, m.resources.length);
      const totalPaid = m.roadmap.costs.reduce((s, c) => s + c.total, 0);
      assert.equal(totalPaid, paid);
      assert.equal(m.roadmap.priceNotStated, m.resources.filter((r) => r.price === 'not-stated').length);
      for (const r of m.resources) assert.ok(r.hours <= Math.ceil(r.fullHours - EPSILON), `${r.title}: ${r.hours} h counted of ${r.fullHours}`);
    });
  });

  it('prerequisites only for what is learned from below novice, raised only to the level named', () => {
    property((m, _g, input) => {
      const byName = new Map(m.gaps.map((gap) => [gap.skill, gap]));
      for (const item of itemsOf(m).filter((i) => i.prerequisite)) {
        assert.ok(item.prerequisiteOf.length > 0, item.skill);
        const needs = item.prerequisiteOf.map((dependent) => {
          // The dependent is learned in this tier from below 2 (novice) to 2 or above, and requires this skill.
          assert.ok(itemsOf(m).some((d) => d.skill === dependent && d.from < 2 && d.to >= 2 && d.tier === item.tier), `${item.skill} for ${dependent}`);
          const entry = input.catalog.get(byName.get(dependent)?.id ?? '');
          const levels = (entry?.requires ?? []).filter((r) => r.skill === byName.get(item.skill)?.id).map((r) => r.level);
          assert.ok(levels.length > 0, `${dependent} does not require ${item.skill}`);
          return Math.max(...levels);
        });
        assert.equal(item.to, Math.max(...needs), `${item.skill} raised to ${item.to} for ${item.prerequisiteOf.join(', ')}`);
        // Nobody is sent back to what a skill they hold at novice or above requires.
        const id = byName.get(item.skill)?.id;
        for (const held of m.candidate.skills.filter((h) => h.level >= 2 && h.id !== undefined)) {
          const implied = (input.catalog.get(held.id!)?.requires ?? []).filter((r) => r.skill === id).map((r) => r.level);
          assert.ok(implied.every((level) => level < item.to), `${item.skill} is evident from ${held.name} ${held.level}`);
        }
      }
      for (const gap of m.gaps) {
        if (gap.prerequisite) continue;
        const stated = m.requirements.some((r) => !r.met && r.skills.some((s) => normalizeSkillName(s) === normalizeSkillName(gap.skill)));
        assert.ok(stated, `${gap.skill} is neither a requirement nor a prerequisite`);
      }
    });
  });

  it('a resource never makes levels cheaper than the effort curve (where no course was counted under another skill)', () => {
    property((m, _g, input) => {
      const byName = new Map(m.gaps.map((gap) => [gap.skill, gap]));
      for (const item of itemsOf(m)) {
        if (item.resources.some((r) => r.countedUnder !== undefined)) continue;
        const gap = byName.get(item.skill)!;
        const { curve } = effortCurve(gap.id === undefined ? undefined : input.catalog.get(gap.id), gap.category);
        assert.ok(item.hours >= stepHours(curve, item.from, item.to) - EPSILON, `${item.skill} ${item.from}→${item.to}: ${item.hours} h`);
        assert.equal(item.hours, item.resourceHours + item.practiceHours);
      }
    });
  });

  it('every gap is in the plan: its items add up to its hours; no skill twice in the gaps', () => {
    property((m) => {
      for (const gap of m.gaps) {
        const items = itemsOf(m).filter((i) => i.skill === gap.skill);
        assert.ok(items.length > 0, `${gap.skill} is not in the plan`);
        assert.equal(items.reduce((s, i) => s + i.hours, 0), gap.hours);
        assert.equal(gap.hours, gap.resourceHours + gap.practiceHours);
        assert.equal(gap.gap, gap.required - gap.current);
        assert.equal(items.at(-1)!.to, gap.required);
      }
      assert.equal(m.roadmap.totalHours, m.gaps.reduce((s, g) => s + g.hours, 0));
      const keys = m.gaps.map((g) => g.id ?? `?${normalizeSkillName(g.skill)}`);
      assert.equal(new Set(keys).size, keys.length, keys.join(', '));
    });
  });

  it('recommendations: one per gap, by priority then roadmap order, with the gap\'s hours; largest gaps put unmet must-haves first', () => {
    property((m) => {
      assert.equal(m.recommendations.length, m.gaps.length);
      const items = itemsOf(m);
      const tier = (skill: string) => Math.min(...items.filter((i) => i.skill === skill).map((i) => i.tier));
      const first = (skill: string) => items.findIndex((i) => i.skill === skill);
      m.recommendations.forEach((r, i) => {
        const gap = m.gaps.find((g) => g.skill === r.skills[0])!;
        assert.equal(r.hours, gap.hours);
        assert.ok(r.text.includes(`: ${gap.hours} h — `), r.text);
        if (i > 0) {
          const prev = m.recommendations[i - 1].skills[0];
          assert.ok(tier(prev) < tier(r.skills[0]) || (tier(prev) === tier(r.skills[0]) && first(prev) < first(r.skills[0])));
        }
      });
      const largest = m.summary.largestGaps;
      const rank = { must: 0, should: 1, nice: 2 };
      largest.forEach((g, i) => { if (i > 0) assert.ok(rank[largest[i - 1].priority] < rank[g.priority] || (largest[i - 1].priority === g.priority && largest[i - 1].hours >= g.hours)); });
      const stated = m.gaps.filter((g) => !g.prerequisite);
      if (stated.some((g) => g.priority === 'must') && largest.length > 0) assert.equal(largest[0].priority, 'must');
    });
  });

  it('text = tables = JSON: the rendered reports quote the model\'s figures', () => {
    property((m) => {
      const md = render('markdown', m);
      const text = render('text', m, { width: 400 });
      assert.ok(md.includes(`**${m.summary.headline.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)}**`), m.summary.headline);
      assert.ok(text.includes(m.summary.headline));
      if (m.roadmap.empty === undefined) {
        assert.ok(md.includes(`${m.roadmap.totalWeeks}-week plan at `) && md.includes(`: ${m.roadmap.totalHours} h in total, ${m.roadmap.readyHours} h of them for the must-haves`));
      }
      for (const g of m.gaps) {
        const cell = `| ${g.hours} = ${g.resourceHours} + ${g.practiceHours} |`;
        assert.ok(md.split('\n').some((line: string) => line.includes(cell)), `${g.skill}: ${cell}`);
      }
      for (const r of m.recommendations) assert.ok(md.includes(r.text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/&(?=#?\w+;)/g, '\\&')), r.text);
    });
  });

  it('strengths are held at competent (3) or more, or at what the role asks, and are no gap', () => {
    property((m) => {
      const gaps = new Set(m.gaps.map((g) => g.skill));
      for (const s of m.strengths) {
        assert.ok(s.level >= 3 || (s.required !== undefined && s.level >= s.required), `${s.name} ${s.level}`);
        assert.ok(!gaps.has(s.name), s.name);
      }
    });
  });

  it('same input ⇒ deepEqual output, and the model is plain JSON', () => {
    property((m, g) => {
      assert.deepEqual(buildReport(toInput(g)), m);
      assert.deepEqual(JSON.parse(JSON.stringify(m)), m);
    });
  });

  it('readiness is not-ready whenever a must-have is unmet; the match percent is the formula', () => {
    property((m) => {
      const unmet = m.requirements.filter((r) => r.priority === 'must' && !r.met).length;
      if (unmet > 0) assert.equal(m.match.readiness, 'not-ready');
      assert.equal(m.match.mustHaves.total - m.match.mustHaves.met, unmet);
      if (m.match.readiness === 'not-ready') assert.ok(unmet > 0 || m.match.experience.met === false);
      if (unmet > 0) assert.ok(m.roadmap.readyHours > 0 || itemsOf(m).some((i) => i.tier === 1));
      const w = m.requirements.reduce((s, r) => s + r.weight, 0);
      const sum = m.requirements.reduce((s, r) => s + r.weight * (r.level === 0 ? 1 : Math.min(r.current, r.level) / r.level), 0);
      assert.equal(m.match.percent, w === 0 ? 100 : Math.round((100 * sum) / w + EPSILON));
    });
  });

  it('the needed hours per week is the smallest whole rate at which the must-haves meet the deadline', () => {
    property((m) => {
      const d = m.roadmap.deadline;
      if (!d) return;
      const readyAt = (rate: number) => (m.roadmap.readyHours === 0 ? 0 : Math.ceil(m.roadmap.readyHours / rate - EPSILON));
      assert.equal(d.ready, m.roadmap.readyWeek <= d.weeks ? 'within' : 'over');
      assert.equal(d.fullPlan, m.roadmap.totalWeeks <= d.weeks ? 'within' : 'over');
      if (d.ready === 'within') { assert.equal(d.neededHoursPerWeek, undefined); return; }
      assert.ok(d.neededHoursPerWeek !== undefined && readyAt(d.neededHoursPerWeek) <= d.weeks);
      assert.ok(d.neededHoursPerWeek - 1 <= m.roadmap.hoursPerWeek || readyAt(d.neededHoursPerWeek - 1) > d.weeks);
      assert.ok(d.text.includes(`needs ${d.neededHoursPerWeek} h/week to be ready by then`));
    });
  });

  it('lists the 11 sections in DESIGN order, saying why an empty one is empty', () => {
    property((m) => {
      assert.deepEqual(m.sections.map((s) => s.id), [
        'executive-summary', 'candidate-profile', 'market-requirements', 'market-insights', 'technology-stack',
        'skill-gap-assessment', 'upskilling-roadmap', 'recommendations', 'relevant-resources', 'market-outlook', 'additional-notes',
      ]);
      const empty = (id: string) => m.sections.find((s) => s.id === id)?.empty;
      assert.equal(empty('skill-gap-assessment') !== undefined, m.gaps.length === 0);
      assert.equal(empty('upskilling-roadmap') !== undefined, m.roadmap.phases.length === 0);
      assert.equal(empty('relevant-resources') !== undefined, m.resources.length === 0);
    });
  });
});
