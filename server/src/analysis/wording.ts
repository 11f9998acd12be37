// The one wording of readiness, must-haves and the deadline: the report's summary, the roadmap, the
// hover, the code lens and the over-deadline diagnostic all call these, so they cannot say it twice
// in two ways. Pure functions of figures the report model carries.

import type { Priority } from '../model/types';
import type { Deadline, Roadmap } from './report-model';

/** Integers as they are, anything else with one decimal: deterministic, locale-free (renderers use it too). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function weeksText(weeks: number): string {
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

/** "6 of 7 must-haves unmet", "all 3 must-haves met", "no must-haves". */
export function mustHavesText(unmet: number, total: number): string {
  if (total === 0) return 'no must-haves';
  if (unmet === 0) return total === 1 ? 'the must-have met' : `all ${total} must-haves met`;
  return `${unmet} of ${total} must-have${total === 1 ? '' : 's'} unmet`;
}

export interface ReadinessFacts {
  roleTitle: string;
  roadmap: Pick<Roadmap, 'readyWeek' | 'readyDate' | 'hoursPerWeek' | 'totalWeeks' | 'experience'>;
}

/** The experience still short when the must-haves are met, as a clause; undefined when it is met or not asked. */
function experienceShort(f: ReadinessFacts): string | undefined {
  const e = f.roadmap.experience;
  if (e === undefined || e.metAtReady === true) return undefined;
  const required = `${formatNumber(e.required)} years of experience`;
  if (e.years === undefined) return `the role also asks ${required}, and the candidate file states none`;
  const then = f.roadmap.readyWeek > 0 && e.yearsAtReady !== undefined ? `, about ${formatNumber(e.yearsAtReady)} by then` : '';
  return `the role also asks ${required} (you have ${formatNumber(e.years)}${then})`;
}

/** "Ready for X" when the must-haves are all that stands between; "Must-haves for X met" while experience is short. */
function subject(f: ReadinessFacts): string {
  return experienceShort(f) === undefined ? `Ready for ${f.roleTitle}` : `Must-haves for ${f.roleTitle} met`;
}

function when(f: ReadinessFacts, withDate: boolean): string {
  const r = f.roadmap;
  if (r.readyWeek === 0) return 'now';
  const rate = `${formatNumber(r.hoursPerWeek)} h/week`;
  return withDate && r.readyDate !== undefined ? `in ${weeksText(r.readyWeek)}, by ${r.readyDate}, at ${rate}` : `in ${weeksText(r.readyWeek)} at ${rate}`;
}

/**
 * The executive summary's headline: "Ready for Senior AI Engineer in 48 weeks, by 2027-11-07, at
 * 10 h/week; the full plan takes 76 weeks."
 */
export function readinessHeadline(f: ReadinessFacts): string {
  const r = f.roadmap;
  const short = experienceShort(f);
  const rest = r.totalWeeks > r.readyWeek
    ? `the full plan takes ${weeksText(r.totalWeeks)}${r.readyWeek === 0 ? ` at ${formatNumber(r.hoursPerWeek)} h/week` : ''}`
    : undefined;
  return `${subject(f)} ${when(f, true)}${[short, rest].filter((p) => p !== undefined).map((p) => `; ${p}`).join('')}.`;
}

/** The code lens and hover: "ready in 48 weeks", "ready now", "must-haves met in 28 weeks; experience 3 of 5 years". */
export function readinessShort(f: ReadinessFacts): string {
  const r = f.roadmap;
  const e = r.experience;
  const inWeeks = r.readyWeek === 0 ? '' : ` in ${weeksText(r.readyWeek)}`;
  if (e === undefined || e.metAtReady === true) return r.readyWeek === 0 ? 'ready now' : `ready${inWeeks}`;
  const years = e.years === undefined ? `not stated (${formatNumber(e.required)} years asked)` : `${formatNumber(e.years)} of ${formatNumber(e.required)} years`;
  return `must-haves met${inWeeks}; experience ${years}`;
}

/**
 * The deadline check's wording (DESIGN §2, over-deadline): readiness first, the full plan as context,
 * and when readiness misses the deadline the hours per week that would make it.
 */
export function deadlineText(f: ReadinessFacts, deadline: { weeks: number; neededHoursPerWeek?: number }): string {
  const r = f.roadmap;
  const fullPlan = r.totalWeeks > r.readyWeek ? `; the full plan takes ${weeksText(r.totalWeeks)}` : '';
  if (r.readyWeek > deadline.weeks) {
    const needed = deadline.neededHoursPerWeek === undefined
      ? 'which no hours per week can meet'
      : `needs ${formatNumber(deadline.neededHoursPerWeek)} h/week to be ready by then`;
    return `${subject(f)} ${when(f, false)}; deadline is ${deadline.weeks} (${needed})${fullPlan}`;
  }
  const alsoWithin = fullPlan !== '' && r.totalWeeks <= deadline.weeks ? ', also within it' : '';
  return `${subject(f)} ${when(f, false)}, within the ${deadline.weeks}-week deadline${fullPlan}${alsoWithin}`;
}

/**
 * The report's deadline notice, shown under the headline that already says when and at what rate: only how
 * that stands against the deadline, so the report does not say the same sentence twice.
 */
export function deadlineNote(deadline: Pick<Deadline, 'weeks' | 'ready' | 'fullPlan' | 'neededHoursPerWeek'>): string {
  if (deadline.ready === 'over') {
    const rate = deadline.neededHoursPerWeek === undefined
      ? 'no number of hours per week can meet it'
      : `${formatNumber(deadline.neededHoursPerWeek)} h/week would meet it`;
    return `The must-haves miss the ${deadline.weeks}-week deadline: ${rate}.`;
  }
  return deadline.fullPlan === 'within'
    ? `The must-haves fit the ${deadline.weeks}-week deadline, and so does the full plan.`
    : `The must-haves fit the ${deadline.weeks}-week deadline; the full plan runs past it.`;
}

export const PRIORITY_WORD: Record<Priority, string> = { must: 'must-have', should: 'should-have', nice: 'nice-to-have' };
