// What the plan must raise, and in which tier (DESIGN §3.1): every unmet requirement's skill up to its
// level, in the tier of its priority (1 must, 2 should, 3 nice); and, for a skill learned from below
// novice (2), each `requires` prerequisite the person lacks, up to the level it names, in the tier of
// what it unlocks. A skill raised in two tiers (a prerequisite of a must-have that is itself a
// nice-to-have) has one part per tier, each starting where the one before ends.

import type { Candidate, Priority } from '../model/types';
import { effortCurve, stepHours, type CurveSource, type EffortCurve } from './effort';
import type { MatchResult, RequirementMatch } from './match';
import type { Tier } from './report-model';
import { routeOf, type Budget, type Preferences, type RouteResource } from './routes';
import { compareText, levelOf, resolveId, type HeldSkill, type SkillLookup, type SkillRef } from './skills';

const TIER_OF: Record<Priority, Tier> = { must: 1, should: 2, nice: 3 };
export const PRIORITY_OF: Record<Tier, Priority> = { 1: 'must', 2: 'should', 3: 'nice' };
const TIERS: Tier[] = [1, 2, 3];

/**
 * From this level on (novice) a skill needs its prerequisites, and holding it is evidence of them: a
 * skill learned only to awareness pulls in none, and someone who holds a skill at novice or above is
 * not sent back to what it requires.
 */
export const PAST_PREREQUISITES = 2;

interface Need { level: number; tier: Tier; weight: number; of?: SkillRef }   // `of`: the skill it is a prerequisite of

export interface PlannedSkill {
  ref: SkillRef;
  current: number;
  /** The stated requirement(s) naming it, merged: highest level, most urgent priority, largest weight. */
  requirement?: { level: number; priority: Priority; weight: number };
  target: number;
  curve: EffortCurve;
  curveSource: CurveSource;
  route: RouteResource[];
  evidence?: string;
  /** Every skill being learned that pulls it in, by name. */
  prerequisiteOf: SkillRef[];
  parts: SkillPart[];
}

/** The work on one skill in one tier: from → to. */
export interface SkillPart {
  skill: PlannedSkill;
  tier: Tier;
  from: number;
  to: number;
  /** The largest weight among the needs it meets (a prerequisite takes its dependent's). */
  weight: number;
  /** Meets a stated requirement (else it only raises a prerequisite). */
  stated: boolean;
  prerequisiteOf: SkillRef[];
}

export function preferencesOf(candidate: Candidate): Preferences {
  const budget = budgetOf(candidate);
  return { providers: (candidate.preferences?.providers ?? []).map((p) => p.value), ...(budget ? { budget } : {}) };
}

export function budgetOf(candidate: Candidate): Budget | undefined {
  const b = candidate.preferences?.budget;
  return b?.amount !== undefined && b.currency !== undefined ? { amount: b.amount.value, currency: b.currency.value } : undefined;
}

/** Skills, curves and routes are computed once per skill for a plan (and shared by the plans compared for anyOf). */
export class SkillData {
  private readonly cache = new Map<string, { curve: EffortCurve; source: CurveSource; route: RouteResource[] }>();
  constructor(private readonly prefs: Preferences) {}
  of(ref: SkillRef) {
    let d = this.cache.get(ref.key);
    if (!d) {
      const { curve, source } = effortCurve(ref.entry, ref.category);
      d = { curve, source, route: routeOf(ref.entry, curve, this.prefs) };
      this.cache.set(ref.key, d);
    }
    return d;
  }
}

/** Hours to raise a skill from → to on its own: the route's resources pro-rated, the rest practice. */
function hoursToClose(curve: EffortCurve, route: RouteResource[], from: number, to: number): number {
  let hours = stepHours(curve, from, to);
  for (const r of route) {
    const lo = Math.max(from, r.from);
    const hi = Math.min(to, r.to);
    if (lo >= hi) continue;
    const used = usedHours(r, curve, lo, hi);
    hours += used - curveHoursCovered(curve, used, lo, hi);
  }
  return hours;
}

/**
 * The curve hours of the steps lo → hi that a resource's `used` hours stand for. A course shorter than
 * the curve does not make the levels cheaper: it covers its own hours, and practice makes up the rest
 * of the curve (reading a 6-hour guide does not make anyone competent). A course longer than the curve
 * covers the whole of it. So a covered range costs max(curve, course) hours: never less than the curve.
 */
export function curveHoursCovered(curve: EffortCurve, used: number, lo: number, hi: number): number {
  return Math.min(stepHours(curve, lo, hi), used);
}

/** The hours of the part lo → hi of a resource, pro-rated by the curve (by steps when its range has no curve hours). */
export function usedHours(r: RouteResource, curve: EffortCurve, lo: number, hi: number): number {
  const share = r.curveHours > 0 ? stepHours(curve, lo, hi) / r.curveHours : (hi - lo) / (r.to - r.from);
  return r.hours * share;
}

/** Which skill each unmet requirement is planned on: the one skill, or the chosen anyOf option. */
export type Choice = (m: RequirementMatch) => SkillRef;

export function planSkills(match: MatchResult, candidate: Candidate, catalog: SkillLookup, choice?: Choice, data = new SkillData(preferencesOf(candidate))): PlannedSkill[] {
  const held = match.held;
  const evident = evidentLevels(held, catalog);
  const choose = choice ?? ((m: RequirementMatch) => optionsByQuickness(m, held, data)[0]);
  const needs = new Map<string, { ref: SkillRef; needs: Need[]; requirement?: PlannedSkill['requirement'] }>();
  const slot = (ref: SkillRef) => {
    let s = needs.get(ref.key);
    if (!s) needs.set(ref.key, (s = { ref, needs: [] }));
    return s;
  };

  for (const m of match.requirements) {
    if (m.met) continue;
    const ref = choose(m);
    const { level, priority, weight } = m.requirement;
    const s = slot(ref);
    s.needs.push({ level, tier: TIER_OF[priority], weight });
    const r = s.requirement;
    s.requirement = r === undefined ? { level, priority, weight }
      : { level: Math.max(r.level, level), priority: TIER_OF[priority] < TIER_OF[r.priority] ? priority : r.priority, weight: Math.max(r.weight, weight) };
  }

  // Pull prerequisites in until nothing changes: needs are only ever added (or their weight raised),
  // and there are finitely many (skill, level, tier, dependent), so this ends, requires loops included.
  // A work list: a skill is looked at again only when its needs changed (re-reading every skill until
  // a whole pass changed nothing was quadratic in a chain of prerequisites: 4,000 took 43 s).
  const queue = [...needs.values()];
  const queued = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i];
    queued.delete(s);
    const after = levelsAfterTiers(levelOf(held, s.ref.key), s.needs);
    for (const tier of TIERS) {
      const from = after[tier - 1];
      if (after[tier] <= from || from >= PAST_PREREQUISITES || after[tier] < PAST_PREREQUISITES) continue;
      const weight = Math.max(...s.needs.filter((n) => n.tier === tier && n.level > from).map((n) => n.weight));
      for (const req of s.ref.entry?.requires ?? []) {
        const pre = resolveId(catalog, req.skill);
        if (pre.key === s.ref.key || (evident.get(pre.key) ?? 0) >= req.level) continue;
        const target = slot(pre);
        const known = target.needs.find((n) => n.of?.key === s.ref.key && n.tier === tier && n.level === req.level);
        if (known && known.weight >= weight) continue;
        if (known) known.weight = weight;
        else target.needs.push({ level: req.level, tier, weight, of: s.ref });
        if (!queued.has(target)) { queued.add(target); queue.push(target); }
      }
    }
  }

  return [...needs.values()].map(({ ref, needs: list, requirement }) => {
    const current = levelOf(held, ref.key);
    const after = levelsAfterTiers(current, list);
    const { curve, source, route } = data.of(ref);
    const skill: PlannedSkill = {
      ref, current, target: after[3], curve, curveSource: source, route,
      ...(requirement ? { requirement } : {}),
      ...(ref.entry?.evidence ? { evidence: ref.entry.evidence } : {}),
      prerequisiteOf: uniqueRefs(list.flatMap((n) => (n.of ? [n.of] : []))),
      parts: [],
    };
    for (const tier of TIERS) {
      const from = after[tier - 1];
      const to = after[tier];
      if (to <= from) continue;
      const meeting = list.filter((n) => n.tier === tier && n.level > from);
      skill.parts.push({
        skill, tier, from, to,
        weight: Math.max(...meeting.map((n) => n.weight)),
        stated: meeting.some((n) => n.of === undefined),
        prerequisiteOf: uniqueRefs(meeting.flatMap((n) => (n.of ? [n.of] : []))),
      });
    }
    return skill;
  }).filter((s) => s.parts.length > 0);
}

/**
 * The level at which the person evidently has each skill: the level they state, or — when higher —
 * the level a skill they hold at novice or above requires of it (transitively: Docker 2 requires Linux
 * 2, so whoever uses Docker has Linux 2 and, through it, what Linux 2 requires).
 */
function evidentLevels(held: Map<string, HeldSkill>, catalog: SkillLookup): Map<string, number> {
  const levels = new Map<string, number>([...held].map(([key, h]) => [key, h.level]));
  const pending = [...held.values()].filter((h) => h.level >= PAST_PREREQUISITES).map((h) => h.ref);
  const expanded = new Set(pending.map((r) => r.key));
  for (let ref = pending.pop(); ref; ref = pending.pop()) {
    for (const req of ref.entry?.requires ?? []) {
      const pre = resolveId(catalog, req.skill);
      if (req.level > (levels.get(pre.key) ?? 0)) levels.set(pre.key, req.level);
      if ((levels.get(pre.key) ?? 0) >= PAST_PREREQUISITES && !expanded.has(pre.key)) {
        expanded.add(pre.key);
        pending.push(pre);
      }
    }
  }
  return levels;
}

/** after[0] = the current level; after[t] = the level reached once tier t's needs are met. */
function levelsAfterTiers(current: number, needs: Need[]): [number, number, number, number] {
  const after: [number, number, number, number] = [current, current, current, current];
  for (const tier of TIERS) {
    after[tier] = Math.max(after[tier - 1], ...needs.filter((n) => n.tier === tier).map((n) => n.level));
  }
  return after;
}

/**
 * The options of a requirement, quickest to close on its own first (ties: the one held highest, then
 * by name). report.ts compares whole plans over these to choose each anyOf option; its match stays
 * judged on the strongest option (DESIGN §3).
 */
export function optionsByQuickness(m: RequirementMatch, held: Map<string, HeldSkill>, data: SkillData): SkillRef[] {
  const alternatives = m.requirement.alternatives;
  if (alternatives.length === 1) return [alternatives[0]];
  const hours = (ref: SkillRef) => {
    const { curve, route } = data.of(ref);
    return hoursToClose(curve, route, levelOf(held, ref.key), m.requirement.level);
  };
  return [...alternatives]
    .map((ref) => ({ ref, hours: hours(ref) }))
    .sort((a, b) => a.hours - b.hours || levelOf(held, b.ref.key) - levelOf(held, a.ref.key) || compareText(a.ref.name, b.ref.name))
    .map((x) => x.ref);
}

function uniqueRefs(refs: SkillRef[]): SkillRef[] {
  const byKey = new Map(refs.map((r) => [r.key, r]));
  return [...byKey.values()].sort((a, b) => compareText(a.name, b.name));
}
