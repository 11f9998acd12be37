// Rules of the file format that JSON Schema cannot state, reported as `schema` errors like the rest:
// an effort curve never gets cheaper as the level rises, and a resource's `levels` rise. They are
// checked only where the schema accepted the value's shape, and returned as ajv-style errors so that
// messages.ts places them on the exact value and the typed model leaves the value out.
import type { ErrorObject } from 'ajv';
import { LEVEL_LABELS, type DocumentKind } from './types';

export const NON_DECREASING = 'nonDecreasing';
export const RISING_RANGE = 'risingRange';

const STEP_NAMES = ['0→1', '1→2', '2→3', '3→4', '4→5'];

export function formatRuleErrors(kind: DocumentKind, value: unknown, schemaErrors: ErrorObject[]): ErrorObject[] {
  if (kind !== 'catalog' || !isRecord(value) || !Array.isArray(value.skills)) return [];
  const rejected = (path: string) => schemaErrors.some((e) => e.instancePath === path || e.instancePath.startsWith(`${path}/`));
  const out: ErrorObject[] = [];
  value.skills.forEach((skill: unknown, i: number) => {
    if (!isRecord(skill)) return;
    const hoursPath = `/skills/${i}/effort/hours`;
    const hours = isRecord(skill.effort) ? skill.effort.hours : undefined;
    if (Array.isArray(hours) && !rejected(hoursPath)) {
      for (let k = 1; k < hours.length; k++) {
        const [lower, step] = [hours[k - 1] as number, hours[k] as number];
        if (step >= lower) continue;
        out.push(error(NON_DECREASING, `${hoursPath}/${k}`, '#/properties/skills/items/properties/effort/properties/hours',
          `effort step ${STEP_NAMES[k]} (${step} h) is cheaper than ${STEP_NAMES[k - 1]} (${lower} h): steps never get cheaper as the level rises`));
      }
    }
    if (!Array.isArray(skill.resources)) return;
    skill.resources.forEach((resource: unknown, j: number) => {
      const levelsPath = `/skills/${i}/resources/${j}/levels`;
      const levels = isRecord(resource) ? resource.levels : undefined;
      if (!Array.isArray(levels) || levels.length !== 2 || rejected(levelsPath)) return;
      const [from, to] = levels.map(levelNumber);
      if (from === undefined || to === undefined || from < to) return;
      out.push(error(RISING_RANGE, levelsPath, '#/properties/skills/items/properties/resources/items/properties/levels',
        `levels [${levels.join(', ')}] must rise: [from, to] takes a learner from one level up to a higher one, e.g. [${Math.min(from, 4)}, ${Math.min(from, 4) + 1}]`));
    });
  });
  return out;
}

function levelNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const index = LEVEL_LABELS.indexOf(v as (typeof LEVEL_LABELS)[number]);
  return index >= 0 ? index : undefined;
}

function error(keyword: string, instancePath: string, schemaPath: string, message: string): ErrorObject {
  return { keyword, instancePath, schemaPath, params: {}, message };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
