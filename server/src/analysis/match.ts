// How well a candidate matches a set of effective requirements (DESIGN §3):
//   match = Σ wᵢ·min(haveᵢ, needᵢ)/needᵢ ÷ Σ wᵢ;  any unmet must-have ⇒ not ready, whatever the match.
// An `anyOf` requirement is judged on its best-held alternative (the plan may close it on another:
// plan-gaps.ts picks the one quickest to close).

import type { Candidate, Priority } from '../model/types';
import type { Readiness } from './report-model';
import type { EffectiveRequirement } from './requirements';
import { candidateSkills, compareText, levelOf, type HeldSkill, type SkillLookup, type SkillRef } from './skills';

export const PRIORITY_RANK: Record<Priority, number> = { must: 0, should: 1, nice: 2 };

export interface RequirementMatch {
  requirement: EffectiveRequirement;
  /** The alternative judged: the highest held; ties go to the first by name. */
  skill: SkillRef;
  current: number;
  met: boolean;
  /** min(current, level) / level; 1 for a level-0 requirement. */
  score: number;
}

interface Strength {
  skill: SkillRef;
  level: number;
  required?: number;
  reason: 'meets-requirement' | 'beyond-role';
}

export interface MatchResult {
  /** The exact match ratio, 0–1. */
  ratio: number;
  /** The ratio as a percentage rounded half up to an integer. */
  percent: number;
  readiness: Readiness;
  mustHaves: { met: number; total: number };
  experience: { years?: number; required?: number; met: boolean | null };
  requirements: RequirementMatch[];
  unmetMustHaves: RequirementMatch[];
  strengths: Strength[];
  held: Map<string, HeldSkill>;
}

// Levels are 0–5, so scaling every need to 60 keeps the sum in integers when weights are integers.
const COMMON_LEVEL_MULTIPLE = 60;

export function analyzeMatch(
  candidate: Candidate,
  requirements: EffectiveRequirement[],
  catalog: SkillLookup,
  options: { minYears?: number } = {},
): MatchResult {
  const held = candidateSkills(candidate, catalog);
  const matches = requirements.map((r) => judge(r, held));

  let numerator = 0;
  let denominator = 0;
  for (const m of matches) {
    const need = m.requirement.level;
    const share = need === 0 ? COMMON_LEVEL_MULTIPLE : (Math.min(m.current, need) * COMMON_LEVEL_MULTIPLE) / need;
    numerator += m.requirement.weight * share;
    denominator += m.requirement.weight * COMMON_LEVEL_MULTIPLE;
  }
  const ratio = denominator === 0 ? 1 : numerator / denominator;
  const percent = denominator === 0 ? 100 : Math.round((100 * numerator) / denominator);

  const musts = matches.filter((m) => m.requirement.priority === 'must');
  const unmetMustHaves = musts.filter((m) => !m.met);
  const years = candidate.experienceYears?.value;
  const required = options.minYears;
  const experience = {
    ...(years !== undefined ? { years } : {}),
    ...(required !== undefined ? { required } : {}),
    met: years !== undefined && required !== undefined ? years >= required : null,
  };
  return {
    ratio,
    percent,
    readiness: unmetMustHaves.length === 0 && experience.met !== false ? 'ready' : 'not-ready',
    mustHaves: { met: musts.length - unmetMustHaves.length, total: musts.length },
    experience,
    requirements: matches,
    unmetMustHaves,
    strengths: strengthsOf(held, matches),
    held,
  };
}

function judge(requirement: EffectiveRequirement, held: Map<string, HeldSkill>): RequirementMatch {
  const ranked = [...requirement.alternatives].sort(
    (a, b) => levelOf(held, b.key) - levelOf(held, a.key) || compareText(a.name, b.name),
  );
  const skill = ranked[0];
  const current = levelOf(held, skill.key);
  const need = requirement.level;
  return { requirement, skill, current, met: current >= need, score: need === 0 ? 1 : Math.min(current, need) / need };
}

/** A skill held at competent (3) or more, or at least at the level the role asks (DESIGN §3.1). */
const STRENGTH_LEVEL = 3;

function strengthsOf(held: Map<string, HeldSkill>, matches: RequirementMatch[]): Strength[] {
  const strengths: Strength[] = [];
  for (const h of held.values()) {
    if (h.level < 1) continue;
    const naming = matches.filter((m) => m.requirement.alternatives.some((a) => a.key === h.ref.key));
    if (naming.length === 0) {
      if (h.level >= STRENGTH_LEVEL) strengths.push({ skill: h.ref, level: h.level, reason: 'beyond-role' });
      continue;
    }
    const required = Math.max(...naming.map((m) => m.requirement.level));
    if (h.level >= required) strengths.push({ skill: h.ref, level: h.level, required, reason: 'meets-requirement' });
  }
  const order = { 'meets-requirement': 0, 'beyond-role': 1 } as const;
  return strengths.sort((a, b) => order[a.reason] - order[b.reason] || b.level - a.level || compareText(a.skill.name, b.skill.name));
}
