// Packs planned gaps into phases: items keep the plan's order; consecutive items of one category
// share phases of at most `maxPhaseWeeks`, as even in length as possible; an item that does not fit
// is split and continues in the next phase, its hours kept exact. A phase lasts ceil(hours / hoursPerWeek) weeks, and phases
// follow each other, so the roadmap's length is the sum of its phases by construction.

import type { Phase, Roadmap, RoadmapItem } from './report-model';
import type { PlannedGap } from './plan-gaps';
import { addDays } from './dates';

export const DEFAULT_MAX_PHASE_WEEKS = 4;

export interface ScheduleOptions {
  hoursPerWeek: number;
  maxPhaseWeeks?: number;
  start?: string;             // YYYY-MM-DD; gives phases dates
  deadlineWeeks?: number;
  budget?: { amount: number; currency: string };
}

// Guards ceil() against float noise when hours are an exact multiple of a fractional hours/week.
const EPSILON = 1e-9;

export function weeksFor(hours: number, hoursPerWeek: number): number {
  return Math.max(1, Math.ceil(hours / hoursPerWeek - EPSILON));
}

export function schedule(planned: PlannedGap[], options: ScheduleOptions): Roadmap {
  const { hoursPerWeek } = options;
  const phases = packPhases(planned, hoursPerWeek, options.maxPhaseWeeks ?? DEFAULT_MAX_PHASE_WEEKS, options.start);
  const totalWeeks = phases.reduce((sum, p) => sum + p.weeks, 0);
  const totalHours = planned.reduce((sum, p) => sum + p.gap.hours, 0);
  const roadmap: Roadmap = {
    totalWeeks,
    totalHours,
    hoursPerWeek,
    phases,
    ...(options.deadlineWeeks !== undefined ? { deadlineWeeks: options.deadlineWeeks } : {}),
    ...costsOf(planned, options.budget),
    ...(planned.length === 0 ? { empty: 'No gaps: nothing to plan' } : {}),
  };
  const deadline = options.deadlineWeeks;
  if (deadline !== undefined && totalWeeks > deadline) {
    roadmap.overDeadline = { weeks: totalWeeks, deadlineWeeks: deadline, ...neededRate(planned, options, deadline, totalHours) };
  }
  return roadmap;
}

/**
 * The smallest whole hours per week whose re-planned roadmap fits the deadline (re-planned, not
 * estimated). At whole rates a category block takes ceil(its hours / rate) weeks, so the length only
 * shrinks as the rate grows: a binary search over re-planned roadmaps finds the smallest rate.
 */
function neededRate(planned: PlannedGap[], options: ScheduleOptions, deadline: number, totalHours: number) {
  const max = options.maxPhaseWeeks ?? DEFAULT_MAX_PHASE_WEEKS;
  const weeksAt = (rate: number) => packPhases(planned, rate, max).reduce((sum, p) => sum + p.weeks, 0);
  // Beyond this rate every phase already takes one week: more hours per week change nothing.
  let lo = Math.floor(options.hoursPerWeek) + 1;
  let hi = Math.max(Math.ceil(totalHours), lo);
  if (weeksAt(hi) > deadline) return { neededHoursPerWeek: hi, achievable: false };
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (weeksAt(mid) <= deadline) hi = mid;
    else lo = mid + 1;
  }
  return { neededHoursPerWeek: lo, achievable: true };
}

export function packPhases(planned: PlannedGap[], hoursPerWeek: number, maxPhaseWeeks: number, start?: string): Phase[] {
  // Gap hours are whole numbers and are split in whole hours, so the parts add up exactly whatever
  // the hours per week; a phase holds at least one hour even at a trickle of hours per week.
  const drafts: { category: string; hours: number; items: { planned: PlannedGap; hours: number }[] }[] = [];
  for (const block of categoryBlocks(planned)) {
    // The block's weeks are spread evenly over as few phases as the maximum allows (9 weeks at 4 at
    // most: 3 + 3 + 3, not 4 + 4 + 1), so no phase is a leftover hour; each phase holds at most its
    // weeks × hours per week, so the block takes no more weeks than packing phases full would.
    const blockHours = block.reduce((sum, p) => sum + p.gap.hours, 0);
    const blockWeeks = weeksFor(blockHours, hoursPerWeek);
    const count = Math.ceil(blockWeeks / maxPhaseWeeks);
    const capacities = Array.from({ length: count }, (_, i) => {
      const weeks = Math.floor(blockWeeks / count) + (i < blockWeeks % count ? 1 : 0);
      return Math.max(1, Math.floor(hoursPerWeek * weeks + EPSILON));
    });
    const full = Math.max(1, Math.floor(hoursPerWeek * maxPhaseWeeks + EPSILON));
    let phase: (typeof drafts)[number] | undefined;
    let capacity = 0;
    const open = () => {
      capacity = capacities.shift() ?? full;   // rounding down fractional hours may leave an hour over
      phase = { category: block[0].gap.category, hours: 0, items: [] };
      drafts.push(phase);
      return phase;
    };
    for (const p of block) {
      let remaining = p.gap.hours;
      let first = true;            // a gap of 0 h (a free, zero-hour resource) still gets its place
      while (first || remaining > 0) {
        const current = phase === undefined || (phase.hours >= capacity && remaining > 0) ? open() : phase;
        const take = Math.min(remaining, capacity - current.hours);
        current.items.push({ planned: p, hours: take });
        current.hours += take;
        remaining -= take;
        first = false;
      }
    }
  }
  const partsOf = new Map<PlannedGap, number>();
  const lastPhaseOf = new Map<PlannedGap, number>();
  drafts.forEach((d, n) => d.items.forEach((i) => {
    partsOf.set(i.planned, (partsOf.get(i.planned) ?? 0) + 1);
    lastPhaseOf.set(i.planned, n);
  }));
  const seen = new Map<PlannedGap, number>();
  let week = 1;
  return drafts.map((d, n) => {
    const weeks = weeksFor(d.hours, hoursPerWeek);
    const items: RoadmapItem[] = d.items.map(({ planned: p, hours }) => {
      const index = (seen.get(p) ?? 0) + 1;
      seen.set(p, index);
      const of = partsOf.get(p)!;
      return {
        skill: p.gap.skill,
        ...(p.gap.id !== undefined ? { id: p.gap.id } : {}),
        from: p.gap.current,
        to: p.gap.required,
        hours,
        prerequisite: p.gap.prerequisite,
        ...(of > 1 ? { part: { index, of } } : {}),
        resources: p.resources.map(({ resource: r }) => ({
          title: r.title, provider: r.provider,
          ...(r.url !== undefined ? { url: r.url } : {}),
          ...(r.hours !== undefined ? { hours: r.hours } : {}),
          ...(r.cost !== undefined ? { cost: r.cost } : {}),
          ...(r.currency !== undefined ? { currency: r.currency } : {}),
          ...(r.certificate !== undefined ? { certificate: r.certificate } : {}),
        })),
      };
    });
    // A skill's deliverables belong to the phase where its work ends.
    const finishing = [...new Set(d.items.map((i) => i.planned))].filter((p) => lastPhaseOf.get(p) === n);
    const phase: Phase = {
      index: n + 1,
      title: `Phase ${n + 1} — ${d.category}`,
      category: d.category,
      startWeek: week,
      endWeek: week + weeks - 1,
      weeks,
      hours: d.hours,
      ...(start ? { startDate: addDays(start, 7 * (week - 1)), endDate: addDays(start, 7 * (week + weeks - 1) - 1) } : {}),
      items,
      deliverables: finishing.flatMap((p) => [
        ...p.resources.filter((r) => r.resource.certificate).map((r) => ({ kind: 'certificate' as const, text: `${r.resource.title} (${r.resource.provider})`, skill: p.gap.skill })),
        ...(p.evidence ? [{ kind: 'project' as const, text: p.evidence, skill: p.gap.skill }] : []),
      ]),
    };
    week += weeks;
    return phase;
  });
}

/** Runs of consecutive planned gaps in one category. */
function categoryBlocks(planned: PlannedGap[]): PlannedGap[][] {
  const blocks: PlannedGap[][] = [];
  for (const p of planned) {
    const last = blocks.at(-1);
    if (last && last[0].gap.category === p.gap.category) last.push(p);
    else blocks.push([p]);
  }
  return blocks;
}

function costsOf(planned: PlannedGap[], budget: { amount: number; currency: string } | undefined): Pick<Roadmap, 'cost' | 'costs'> {
  const totals = new Map<string, number>();
  if (budget) totals.set(budget.currency, 0);
  for (const p of planned) for (const r of p.resources) if (r.cost > 0 || totals.has(r.currency)) totals.set(r.currency, (totals.get(r.currency) ?? 0) + r.cost);
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
  };
}
