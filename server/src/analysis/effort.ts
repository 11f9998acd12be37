// The effort model (DESIGN §3.1): hours for each step up the 0–5 scale, never cheaper as the level
// rises, additive (a→c = a→b + b→c). A catalog entry states its curve (`effort.hours`, or the uniform
// `effort.hoursPerLevel`); otherwise its category's default curve below applies. The basis of the
// defaults is documented in the README ("The effort model") and stated in every report's assumptions.

import type { Effort, SkillEntry } from '../catalog/types';

/** Five step hours: index 0 is the step 0→1, index 4 the step 4→5. */
export type EffortCurve = readonly [number, number, number, number, number];

export type CurveSource = 'catalog' | 'category-default';

export interface DefaultCurve { kind: string; curve: EffortCurve; categories: readonly string[] }

/**
 * Default curves by kind of skill. Shape: from novice on, each step takes about as long as all the
 * steps below it together ([1, 1, 2, 4, 8] units); scale: the 2→3 step is the typical hours per level
 * of the curated catalog's skills of that kind (single tools about 8, practices and programming
 * languages about 16, broad fields about 30). Human languages follow the Cambridge English guided
 * learning hours to reach A1, A2, B1, B2, C1 from scratch (100, 200, 350, 550, 750: within the
 * published ranges 90–100, 180–200, 350–400, 500–600, 700–800).
 */
export const DEFAULT_CURVES: readonly DefaultCurve[] = [
  {
    kind: 'broad field',
    curve: [16, 16, 32, 64, 128],
    categories: ['Machine Learning & AI', 'Data Science & Analytics', 'Data Engineering', 'Security', 'Research', 'Leadership & Management'],
  },
  {
    kind: 'practice or programming language',
    curve: [8, 8, 16, 32, 64],
    categories: ['Programming Languages', 'Software Engineering', 'Cloud & Platform', 'Networking & Operating Systems', 'Communication & Collaboration', 'Personal Skills'],
  },
  {
    kind: 'single tool',
    curve: [4, 4, 8, 16, 32],
    categories: [
      'Databases', 'DevOps & CI/CD', 'Web & Mobile', 'Markup & Data Formats', 'Business & Office Tools', 'Business Applications',
      'Design & Media', 'Engineering & Scientific Software', 'Industry Software', 'Other Digital Skills',
    ],
  },
  { kind: 'human language', curve: [100, 100, 150, 200, 200], categories: ['Languages (human)'] },
];

/** Categories no default names (workspace categories, unknown skills) take the practice curve. */
export const FALLBACK_CURVE: DefaultCurve = DEFAULT_CURVES[1];

function defaultCurve(category: string): DefaultCurve {
  return DEFAULT_CURVES.find((d) => d.categories.includes(category)) ?? FALLBACK_CURVE;
}

function curveOfEffort(effort: Effort): EffortCurve {
  if ('hours' in effort) return [effort.hours[0], effort.hours[1], effort.hours[2], effort.hours[3], effort.hours[4]];
  const h = effort.hoursPerLevel;
  return [h, h, h, h, h];
}

/** The skill's curve and where it comes from; `entry` absent for a name no catalog knows. */
export function effortCurve(entry: SkillEntry | undefined, category: string): { curve: EffortCurve; source: CurveSource } {
  if (entry?.effort !== undefined && isCurve(curveOfEffort(entry.effort))) return { curve: curveOfEffort(entry.effort), source: 'catalog' };
  return { curve: defaultCurve(category).curve, source: 'category-default' };
}

/** Hours of the steps from level `from` up to level `to` (0 when to ≤ from). */
export function stepHours(curve: EffortCurve, from: number, to: number): number {
  let sum = 0;
  for (let k = Math.max(from, 0) + 1; k <= Math.min(to, 5); k++) sum += curve[k - 1];
  return sum;
}

/**
 * A usable curve: five finite, non-negative, non-decreasing numbers. The schema and the format rules
 * reject anything else in files; this guards entries built by other means (tests, tools).
 */
function isCurve(curve: readonly number[]): boolean {
  return curve.length === 5 && curve.every((h, k) => Number.isFinite(h) && h >= 0 && (k === 0 || h >= curve[k - 1]));
}
