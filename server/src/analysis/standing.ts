// Where a candidate stands against a role: the match (DESIGN §3) and the roadmap's readiness
// (§3.1), without the rest of the report. The role report and change impact need this for every
// candidate of a role, so the role's effective requirements are worked out once (RoleFacts) and
// each candidate costs one match and one plan.

import type { Candidate } from '../model/types';
import { analyzeMatch, type MatchResult } from './match';
import { planRoadmap, minYearsOf } from './report';
import type { AnalysisOptions } from './report-input';
import type { Roadmap } from './report-model';
import { effectiveRequirements, roleIdOf, type EffectiveRequirement, type RoleWithFile } from './requirements';
import type { SkillLookup } from './skills';

/** A role with its `extends` ancestors (nearest first), as the workspace resolves it. */
export interface ResolvedRole { role: RoleWithFile; ancestors: RoleWithFile[] }

/** What every candidate is measured against: computed once per role. */
export interface RoleFacts {
  id: string;
  title: string;
  requirements: EffectiveRequirement[];
  minYears?: number;
}

export function roleFacts(target: ResolvedRole, catalog: SkillLookup): RoleFacts {
  const id = roleIdOf(target.role);
  const minYears = minYearsOf(target.role, target.ancestors);
  return {
    id,
    title: target.role.role.title?.value ?? id,
    requirements: effectiveRequirements(target.role, target.ancestors, catalog),
    ...(minYears !== undefined ? { minYears } : {}),
  };
}

export interface Standing {
  match: MatchResult;
  roadmap: Roadmap;
}

export function standingOf(candidate: Candidate, role: RoleFacts, catalog: SkillLookup, options: AnalysisOptions = {}): Standing {
  const years = role.minYears !== undefined ? { minYears: role.minYears } : {};
  const match = analyzeMatch(candidate, role.requirements, catalog, years);
  const roadmap = planRoadmap(match, candidate, catalog, { title: role.title, ...years }, options);
  return { match, roadmap };
}
