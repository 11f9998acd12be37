// A role's effective requirements: what it inherits through `extends` plus its own. A nearer role
// restates a skill to raise (or lower) it; the restatement replaces every inherited requirement that
// shares a skill with it, in the place of the first one it replaces.

import type { Priority, Requirement, Role } from '../model/types';
import { PRIORITY_WEIGHT } from '../model/types';
import { resolveSkill, type SkillLookup, type SkillRef } from './skills';

export interface RoleWithFile { role: Role; file: string }

/** Level assumed for a requirement written without one. */
export const DEFAULT_REQUIRED_LEVEL = 3;

export interface EffectiveRequirement {
  /** The requirement as written, for diagnostics that point at its range. */
  requirement: Requirement;
  file: string;
  /** Id of the role that states it (the target role or an ancestor). */
  roleId: string;
  /** Set when the requirement comes from an ancestor through `extends`. */
  inheritedFrom?: string;
  anyOf: boolean;
  /** The skills, resolved; several for `anyOf`. Duplicates (two aliases of one skill) removed. */
  alternatives: SkillRef[];
  level: number;
  levelIsDefault: boolean;
  priority: Priority;
  weight: number;
}

export function roleIdOf(r: RoleWithFile): string {
  return r.role.id?.value ?? r.file;
}

export function effectiveRequirements(
  role: RoleWithFile,
  ancestors: RoleWithFile[],
  catalog: SkillLookup,
): EffectiveRequirement[] {
  let result: EffectiveRequirement[] = [];
  // Farthest ancestor first, so each nearer role overrides what it inherits.
  for (const source of [...ancestors].reverse().concat([role])) {
    const ownId = roleIdOf(source);
    const own = source.role.requirements
      .map((req) => toEffective(req, source.file, ownId, source === role ? undefined : ownId, catalog))
      .filter((r) => r.alternatives.length > 0);
    const inherited = new Set(result);
    for (const req of own) {
      const keys = new Set(req.alternatives.map((a) => a.key));
      const overridden = (r: EffectiveRequirement) => inherited.has(r) && r.alternatives.some((a) => keys.has(a.key));
      const first = result.findIndex(overridden);
      if (first < 0) result.push(req);
      else result = result.flatMap((r, i) => (i === first ? [req] : overridden(r) ? [] : [r]));
    }
  }
  return result;
}

function toEffective(req: Requirement, file: string, roleId: string, inheritedFrom: string | undefined, catalog: SkillLookup): EffectiveRequirement {
  const alternatives: SkillRef[] = [];
  for (const written of req.skills) {
    const ref = resolveSkill(catalog, written.value);
    if (!alternatives.some((a) => a.key === ref.key)) alternatives.push(ref);
  }
  return {
    requirement: req,
    file,
    roleId,
    ...(inheritedFrom !== undefined ? { inheritedFrom } : {}),
    anyOf: req.anyOf,
    alternatives,
    level: req.level?.value ?? DEFAULT_REQUIRED_LEVEL,
    levelIsDefault: req.level === undefined,
    priority: req.priority,
    weight: req.weight?.value ?? PRIORITY_WEIGHT[req.priority],
  };
}
