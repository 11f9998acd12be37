// Turns the planned skills into the roadmap (DESIGN §3.1): tiers in priority order; inside a tier,
// prerequisites before what they unlock, then larger weighted gap, category, name; items back to back
// at the candidate's hours per week (an item may start in the week the previous one ends), so
// totalWeeks = ceil(totalHours / hoursPerWeek) and readyWeek = ceil(must-have hours / hoursPerWeek).
// Each resource is counted once in the plan: where it is first used, as much of it as the skill
// that needs the most of it; later skills it serves add only what they need beyond that.

import { Heap } from 'heap-js';
import { levelLabel } from '../model/levels';
import { addDays } from './dates';
import { stepHours } from './effort';
import { curveHoursCovered, PRIORITY_OF, usedHours, type PlannedSkill, type SkillPart } from './plan-gaps';
import type { Deliverable, ItemResource, Phase, Roadmap, RoadmapItem, Tier } from './report-model';
import type { Budget, Price, RouteResource } from './routes';
import { compareText, resolveId, type SkillLookup } from './skills';
import { deadlineText, PRIORITY_WORD } from './wording';

export interface ScheduleOptions {
  hoursPerWeek: number;
  roleTitle: string;
  start?: string;             // YYYY-MM-DD; gives items and phases dates
  deadlineWeeks?: number;
  budget?: Budget;
  /** The role's minimum years and the candidate's, for readiness at readyWeek. */
  minYears?: number;
  years?: number;
}

// Guards ceil() and floor() against float noise (hours pro-rated by a curve, fractional hours per week).
const EPSILON = 1e-9;
const ceil = (x: number) => Math.ceil(x - EPSILON);
const WEEKS_PER_YEAR = 52;

/** One item of the plan before it is placed in time. */
export interface PlannedItem {
  part: SkillPart;
  resourceHours: number;
  practiceHours: number;
  hours: number;
  resources: ItemResource[];
  /** The route resource behind each of `resources`, in the same order. */
  routes: RouteResource[];
  deliverables: Deliverable[];
}

export interface Schedule { roadmap: Roadmap; items: PlannedItem[] }

/** Every part of every planned skill, in roadmap order. */
function orderParts(skills: PlannedSkill[], catalog: SkillLookup): SkillPart[] {
  const out: SkillPart[] = [];
  for (const tier of [1, 2, 3] as Tier[]) {
    const parts = skills.flatMap((s) => s.parts.filter((p) => p.tier === tier));
    const byKey = new Map(parts.map((p) => [p.skill.ref.key, p]));
    const rank = (a: SkillPart, b: SkillPart) =>
      b.weight * (b.to - b.from) - a.weight * (a.to - a.from) ||
      compareText(a.skill.ref.category, b.skill.ref.category) || compareText(a.skill.ref.name, b.skill.ref.name) || compareText(a.skill.ref.key, b.skill.ref.key);
    // Kahn's algorithm over the parts in rank order: always the best-ranked part whose prerequisites
    // are done; when a requires loop leaves none ready, the loop is broken at the best-ranked part left.
    // (Re-sorting what is left at every step was quadratic: 4,000 prerequisites took seconds.)
    const ranked = [...parts].sort(rank);
    const position = new Map(ranked.map((p, i) => [p, i]));
    // A part waits for the parts of this tier it requires (its catalog `requires`, pulled in or not).
    const waiting = new Map<SkillPart, number>();
    const unlocks = new Map<SkillPart, SkillPart[]>();
    for (const p of ranked) {
      const waitsFor = new Set((p.skill.ref.entry?.requires ?? [])
        .map((r) => byKey.get(resolveId(catalog, r.skill).key))
        .filter((x): x is SkillPart => x !== undefined && x !== p));
      waiting.set(p, waitsFor.size);
      for (const w of waitsFor) unlocks.set(w, [...(unlocks.get(w) ?? []), p]);
    }
    const ready = new Heap<number>((a, b) => a - b);
    ranked.forEach((p, i) => { if (waiting.get(p) === 0) ready.push(i); });
    const done = new Set<SkillPart>();
    let firstLeft = 0;
    while (done.size < ranked.length) {
      let next: SkillPart | undefined;
      while (ready.size() > 0 && next === undefined) {
        const candidate = ranked[ready.pop()!];
        if (!done.has(candidate)) next = candidate;
      }
      if (next === undefined) {
        while (done.has(ranked[firstLeft])) firstLeft++;
        next = ranked[firstLeft];
      }
      done.add(next);
      out.push(next);
      for (const u of unlocks.get(next) ?? []) {
        const left = waiting.get(u)! - 1;
        waiting.set(u, left);
        if (left === 0 && !done.has(u)) ready.push(position.get(u)!);
      }
    }
  }
  return out;
}

/** Resource use and hours of each part, each resource counted once (see the file comment). */
function itemsOf(parts: SkillPart[]): PlannedItem[] {
  // Per resource: the hours used on each skill so far, the most on any skill (what the plan counts),
  // the skill it was first used for, and the later skills it serves.
  const state = new Map<string, { bySkill: Map<string, number>; counted: number; first: string; firstItem?: ItemResource; steps: Map<string, Set<number>>; certified: boolean }>();
  const price = planPrices(parts);
  // Practice so far per skill, unrounded: a skill split over two tiers rounds its practice once, as a
  // whole (like a resource's hours), so splitting it never adds an hour.
  const practiceSoFar = new Map<string, number>();
  return parts.map((part) => {
    const { skill, from, to } = part;
    const resources: ItemResource[] = [];
    const routes: RouteResource[] = [];
    const deliverables: Deliverable[] = [];
    let covered = 0;      // curve hours the resources stand for (curveHoursCovered)
    let resourceHours = 0;
    for (const r of skill.route) {
      const lo = Math.max(from, r.from);
      const hi = Math.min(to, r.to);
      if (lo >= hi) continue;
      covered += curveHoursCovered(skill.curve, usedHours(r, skill.curve, lo, hi), lo, hi);
      let s = state.get(r.key);
      const firstUse = s === undefined;
      if (!s) state.set(r.key, (s = { bySkill: new Map(), counted: 0, first: skill.ref.name, steps: new Map(), certified: false }));
      const onSkill = (s.bySkill.get(skill.ref.key) ?? 0) + usedHours(r, skill.curve, lo, hi);
      s.bySkill.set(skill.ref.key, onSkill);
      const counted = Math.max(s.counted, onSkill);
      const hours = ceil(counted) - ceil(s.counted);
      s.counted = counted;
      resourceHours += hours;
      const p = price.get(r.key)!;
      const item: ItemResource = {
        title: r.resource.title, provider: r.resource.provider,
        ...(r.resource.url !== undefined ? { url: r.resource.url } : {}),
        ...(r.resource.certificate !== undefined ? { certificate: r.resource.certificate } : {}),
        levels: [r.from, r.to], used: [lo, hi], hours, fullHours: r.hours,
        price: p.kind,
        ...(p.kind === 'paid' ? { cost: firstUse ? p.amount : 0, currency: p.currency } : p.kind === 'free' ? { cost: 0 } : {}),
        ...(p.kind !== 'not-stated' && r.resource.costAsOf !== undefined ? { costAsOf: r.resource.costAsOf } : {}),
        ...(p.kind !== 'not-stated' && r.resource.costSource !== undefined ? { costSource: r.resource.costSource } : {}),
        alsoCovers: [],
        ...(firstUse ? {} : { countedUnder: s.first }),
      };
      if (firstUse) s.firstItem = item;
      else if (s.first !== skill.ref.name && !s.firstItem!.alsoCovers.includes(skill.ref.name)) s.firstItem!.alsoCovers.push(skill.ref.name);
      resources.push(item);
      routes.push(r);
      // A certificate is earned where some skill's use of the resource first spans all of its levels.
      const steps = s.steps.get(skill.ref.key) ?? new Set<number>();
      for (let k = lo + 1; k <= hi; k++) steps.add(k);
      s.steps.set(skill.ref.key, steps);
      if (r.resource.certificate === true && !s.certified && steps.size === r.to - r.from) {
        s.certified = true;
        deliverables.push({ kind: 'certificate', text: `${r.resource.title} (${r.resource.provider})`, skill: skill.ref.name });
      }
    }
    const before = practiceSoFar.get(skill.ref.key) ?? 0;
    const after = before + Math.max(0, stepHours(skill.curve, from, to) - covered);
    practiceSoFar.set(skill.ref.key, after);
    const practiceHours = Math.max(0, ceil(after) - ceil(before));
    if (part.stated && to === skill.target && skill.evidence) deliverables.push({ kind: 'project', text: skill.evidence, skill: skill.ref.name });
    return { part, resourceHours, practiceHours, hours: resourceHours + practiceHours, resources, routes, deliverables };
  });
}

/** A resource's price in the plan: the dearest any of its uses states; free if one says free; else not stated. */
function planPrices(parts: SkillPart[]): Map<string, Price> {
  const out = new Map<string, Price>();
  const rank = (p: Price) => (p.kind === 'paid' ? 2 + p.amount : p.kind === 'free' ? 1 : 0);
  for (const part of parts) {
    for (const r of part.skill.route) {
      if (Math.max(part.from, r.from) >= Math.min(part.to, r.to)) continue;
      const known = out.get(r.key);
      if (!known || rank(r.price) > rank(known)) out.set(r.key, r.price);
    }
  }
  return out;
}

/** Weeks of an item that starts after `before` hours and takes `hours`. */
function weeksOf(before: number, hours: number, hoursPerWeek: number): [number, number] {
  if (hours <= 0) {
    const week = Math.max(1, ceil(before / hoursPerWeek));
    return [week, week];
  }
  const start = Math.floor(before / hoursPerWeek + EPSILON) + 1;
  return [start, Math.max(start, ceil((before + hours) / hoursPerWeek))];
}

function weeksFor(hours: number, hoursPerWeek: number): number {
  return hours <= 0 ? 0 : ceil(hours / hoursPerWeek);
}

/** The last day of a 1-based week of a plan starting on `start`. */
function endOfWeek(start: string, week: number): string {
  return addDays(start, 7 * week - 1);
}

export function schedule(skills: PlannedSkill[], catalog: SkillLookup, options: ScheduleOptions): Schedule {
  const items = itemsOf(orderParts(skills, catalog));
  const { hoursPerWeek, start } = options;
  let before = 0;
  const placed: RoadmapItem[] = items.map((it) => {
    const { part } = it;
    const [startWeek, endWeek] = weeksOf(before, it.hours, hoursPerWeek);
    before += it.hours;
    return {
      skill: part.skill.ref.name,
      ...(part.skill.ref.id !== undefined ? { id: part.skill.ref.id } : {}),
      from: part.from, to: part.to,
      hours: it.hours, resourceHours: it.resourceHours, practiceHours: it.practiceHours,
      priority: PRIORITY_OF[part.tier], tier: part.tier,
      startWeek, endWeek,
      ...(start !== undefined ? { startDate: addDays(start, 7 * (startWeek - 1)), endDate: endOfWeek(start, endWeek) } : {}),
      prerequisite: !part.stated,
      prerequisiteOf: part.prerequisiteOf.map((r) => r.name),
      resources: it.resources,
    };
  });
  const totalHours = placed.reduce((sum, i) => sum + i.hours, 0);
  const readyHours = placed.filter((i) => i.tier === 1).reduce((sum, i) => sum + i.hours, 0);
  const totalWeeks = weeksFor(totalHours, hoursPerWeek);
  const readyWeek = weeksFor(readyHours, hoursPerWeek);
  const experience = experienceAt(readyWeek, options);
  const roadmap: Roadmap = {
    totalWeeks, totalHours, hoursPerWeek, readyWeek, readyHours,
    ...(start !== undefined && readyWeek > 0 ? { readyDate: endOfWeek(start, readyWeek) } : {}),
    ...(start !== undefined && totalWeeks > 0 ? { endDate: endOfWeek(start, totalWeeks) } : {}),
    ...(experience ? { experience } : {}),
    phases: [],
    ...(options.deadlineWeeks !== undefined ? { deadlineWeeks: options.deadlineWeeks } : {}),
    ...costsOf(items, options.budget),
    ...(placed.length === 0 ? { empty: 'No gaps: nothing to plan' } : {}),
  };
  roadmap.phases = phasesOf(placed, items, options, roadmap);
  if (options.deadlineWeeks !== undefined) {
    const weeks = options.deadlineWeeks;
    const ready = readyWeek <= weeks ? 'within' : 'over';
    const needed = ready === 'over' ? neededRate(readyHours, hoursPerWeek, weeks) : undefined;
    roadmap.deadline = {
      weeks, ready, fullPlan: totalWeeks <= weeks ? 'within' : 'over',
      ...(needed !== undefined ? { neededHoursPerWeek: needed } : {}),
      text: deadlineText({ roleTitle: options.roleTitle, roadmap }, { weeks, ...(needed !== undefined ? { neededHoursPerWeek: needed } : {}) }),
    };
  }
  return { roadmap, items };
}

/**
 * The smallest whole hours per week at which the re-planned roadmap is ready by the deadline. The
 * items and their hours do not depend on the rate, only their weeks do, and readyWeek only shrinks as
 * the rate grows: a binary search over re-placed plans finds it.
 */
function neededRate(readyHours: number, hoursPerWeek: number, deadline: number): number | undefined {
  if (deadline <= 0) return undefined;
  let lo = Math.floor(hoursPerWeek) + 1;
  let hi = Math.max(lo, Math.ceil(readyHours));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (weeksFor(readyHours, mid) <= deadline) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function experienceAt(readyWeek: number, o: ScheduleOptions): Roadmap['experience'] {
  if (o.minYears === undefined) return undefined;
  if (o.years === undefined) return { required: o.minYears, metAtReady: null };
  const yearsAtReady = Math.round((o.years + readyWeek / WEEKS_PER_YEAR) * 10) / 10;
  return { required: o.minYears, years: o.years, yearsAtReady, metAtReady: o.years + readyWeek / WEEKS_PER_YEAR >= o.minYears - EPSILON };
}

const PHASE_NAMES: Record<Tier, string> = { 1: 'Must-haves', 2: 'Should-haves', 3: 'Nice-to-haves' };

function phasesOf(placed: RoadmapItem[], items: PlannedItem[], o: ScheduleOptions, roadmap: Roadmap): Phase[] {
  const phases: Phase[] = [];
  for (const tier of [1, 2, 3] as Tier[]) {
    const members = placed.map((item, i) => ({ item, planned: items[i] })).filter((x) => x.item.tier === tier);
    if (members.length === 0) continue;
    const startWeek = Math.min(...members.map((m) => m.item.startWeek));
    const endWeek = Math.max(...members.map((m) => m.item.endWeek));
    const readyNow = roadmap.experience === undefined || roadmap.experience.metAtReady === true;
    const title = tier === 1 ? (readyNow ? `Ready for ${o.roleTitle}` : `Must-haves for ${o.roleTitle}`) : PHASE_NAMES[tier];
    const goals = members.map((m) => `${m.item.skill} ${levelLabel(m.item.to)}`);
    const end = o.start !== undefined ? endOfWeek(o.start, endWeek) : undefined;
    phases.push({
      index: phases.length + 1, title, tier, priority: PRIORITY_OF[tier],
      startWeek, endWeek, weeks: endWeek - startWeek + 1,
      hours: members.reduce((sum, m) => sum + m.item.hours, 0),
      ...(o.start !== undefined ? { startDate: addDays(o.start, 7 * (startWeek - 1)), endDate: end } : {}),
      items: members.map((m) => m.item),
      deliverables: members.flatMap((m) => m.planned.deliverables),
      review: {
        week: endWeek, ...(end !== undefined ? { date: end } : {}),
        text: `Check that ${listText(goals)} ${goals.length === 1 ? 'is' : 'are'} reached${tier === 1 ? '' : ` (${PRIORITY_WORD[PRIORITY_OF[tier]]}s)`}, with the deliverables above as evidence.`,
      },
    });
  }
  return phases;
}

function listText(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function costsOf(items: PlannedItem[], budget: Budget | undefined): Pick<Roadmap, 'cost' | 'costs' | 'priceNotStated'> {
  const totals = new Map<string, number>();
  if (budget) totals.set(budget.currency, 0);
  const unpriced = new Set<string>();
  for (const it of items) {
    for (const r of it.resources) {
      if (r.price === 'not-stated' && r.countedUnder === undefined) unpriced.add(JSON.stringify([r.title, r.provider, r.url ?? '']));
      if (r.price === 'paid' && r.cost !== undefined && r.currency !== undefined) totals.set(r.currency, (totals.get(r.currency) ?? 0) + r.cost);
    }
  }
  const costs = [...totals].map(([currency, total]) => ({
    currency,
    total,
    ...(budget && budget.currency === currency ? { budget: budget.amount } : {}),
    withinBudget: budget && budget.currency === currency ? total <= budget.amount : null,
  }));
  const foreignSpend = costs.some((c) => c.total > 0 && c.budget === undefined);
  const main = costs.find((c) => c.budget !== undefined) ?? costs[0] ?? { currency: 'USD', total: 0, withinBudget: null };
  return {
    cost: { ...main, withinBudget: main.withinBudget === null ? null : main.withinBudget && !foreignSpend },
    costs,
    priceNotStated: unpriced.size,
  };
}
