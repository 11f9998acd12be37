// A skill's resource route: the catalog resources a plan may use for it, chosen once per skill and
// whatever the candidate's levels, so that a smaller gap only ever uses a part of what a larger gap
// uses (DESIGN §3.1: raising a level never makes a plan longer or dearer). The chosen resources never
// overlap (no two courses over the same step: overlapping courses are never chained); they cover as
// many steps as possible; among equal covers, free before unpriced before paid (cheaper first), the
// candidate's preferred providers, the lower levels (a course for the basics rather than for the top,
// where practice is what counts), then fewer hours. A paid or unpriced course from a provider the
// candidate did not name is left out where a free resource teaches some of the same levels. A gap then uses the part
// of each that lies within it, its hours pro-rated by the skill's effort curve.

import type { SkillEntry } from '../catalog/types';
import type { Resource } from '../model/types';
import { stepHours, type EffortCurve } from './effort';
import { compareText } from './skills';

export interface Budget { amount: number; currency: string }

export interface Preferences { providers: string[]; budget?: Budget }

export type Price =
  | { kind: 'free' }
  | { kind: 'not-stated' }
  | { kind: 'paid'; amount: number; currency: string; currencyAssumed: boolean };

export interface RouteResource {
  resource: Resource;
  /** Identity across skills: the same course listed under two skills is one resource of the plan. */
  key: string;
  catalog: string;
  /** Its levels: it takes a learner from `from` to `to` (from < to), i.e. the steps from+1 … to. */
  from: number;
  to: number;
  /** The hours it takes in full: its own `hours`, else the effort curve's hours for its range. */
  hours: number;
  /** The effort curve's hours for its range: the denominator when it is used in part. */
  curveHours: number;
  price: Price;
}

function resourceKey(r: Resource): string {
  return JSON.stringify([r.title, r.provider, r.url ?? '']);
}

function priceOf(r: Resource, budget: Budget | undefined): Price {
  if (r.cost === undefined) return { kind: 'not-stated' };
  if (r.cost === 0) return { kind: 'free' };
  return { kind: 'paid', amount: r.cost, currency: r.currency ?? budget?.currency ?? 'USD', currencyAssumed: r.currency === undefined };
}

/**
 * Whether a resource may enter any plan of this candidate: it must state its levels (else there is no
 * telling what it teaches); with a budget, a paid one must be in the budget's currency and no dearer
 * than the whole budget, and a budget of 0 admits only resources stated to be free; a paid or unpriced one
 * from a provider the candidate did not name must teach no level that a free resource of the skill teaches.
 */
function eligible(r: Resource, price: Price, prefs: Preferences, preferred: boolean, free: Resource[]): boolean {
  if (!r.levels || !(r.levels[0] < r.levels[1])) return false;
  const { budget } = prefs;
  // An unstated price may well be a paid one (certificates, subscriptions): the same caution applies.
  if (price.kind !== 'free' && !preferred && free.some((f) => f.levels![0] < r.levels![1] && r.levels![0] < f.levels![1])) return false;
  if (!budget) return true;
  if (budget.amount === 0) return price.kind === 'free';
  return price.kind !== 'paid' || (price.currency === budget.currency && price.amount <= budget.amount);
}

// What makes a route better, compared in this order (larger is better): steps covered, then less paid
// money, fewer resources without a stated price, more from preferred providers, lower steps, fewer hours.
type Score = [covered: number, paid: number, unpriced: number, preferred: number, lowSteps: number, hours: number];

const ZERO: Score = [0, 0, 0, 0, 0, 0];

function add(a: Score, b: Score): Score {
  return a.map((x, i) => x + b[i]) as Score;
}

function better(a: Score, b: Score): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

export function routeOf(entry: SkillEntry | undefined, curve: EffortCurve, prefs: Preferences): RouteResource[] {
  if (!entry || entry.resources.length === 0) return [];
  const providers = new Set(prefs.providers.map((p) => p.toLowerCase()));
  const free = entry.resources.filter((r) => r.cost === 0 && r.levels && r.levels[0] < r.levels[1]);
  const seen = new Set<string>();
  const candidates: { route: RouteResource; score: Score }[] = [];
  for (const resource of entry.resources) {
    const price = priceOf(resource, prefs.budget);
    const key = resourceKey(resource);
    const preferred = providers.has(resource.provider.toLowerCase());
    if (!eligible(resource, price, prefs, preferred, free) || seen.has(key)) continue;
    seen.add(key);
    const [from, to] = resource.levels!;
    const curveHours = stepHours(curve, from, to);
    const hours = resource.hours ?? curveHours;
    candidates.push({
      route: { resource, key, catalog: entry.origin.catalog, from, to, hours, curveHours, price },
      // lowSteps: minus the sum of the step numbers it covers (steps 1→3 of [0, 3]: -(1 + 2 + 3)).
      score: [to - from, price.kind === 'paid' ? -price.amount : 0, price.kind === 'not-stated' ? -1 : 0, preferred ? 1 : 0, -((from + 1 + to) * (to - from)) / 2, -hours],
    });
  }
  // Weighted interval scheduling over the steps 1…5: best[i] is the best route among the first i
  // resources (sorted by where they end); ties keep the earlier choice, so the result is deterministic.
  candidates.sort((a, b) => a.route.to - b.route.to || a.route.from - b.route.from || compareText(a.route.resource.title, b.route.resource.title) || compareText(a.route.key, b.route.key));
  const best: { score: Score; chosen: RouteResource[] }[] = [{ score: ZERO, chosen: [] }];
  candidates.forEach((c, i) => {
    let before = i;                        // how many earlier resources end at or before this one starts
    while (before > 0 && candidates[before - 1].route.to > c.route.from) before--;
    const withIt = { score: add(best[before].score, c.score), chosen: [...best[before].chosen, c.route] };
    best.push(better(withIt.score, best[i].score) ? withIt : best[i]);
  });
  return best[candidates.length].chosen;
}
