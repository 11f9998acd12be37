// The market sections: figures copied from the role file with their source and date (never
// invented), the stack and the trends marked against the candidate's skills and gaps.

import type { Market } from '../model/types';
import type { MarketSection, ReportModel, StackStatus } from './report-model';
import type { RoleWithFile } from './requirements';
import { isStale } from './dates';
import { resolveSkill, type HeldSkill, type SkillLookup, type SkillRef } from './skills';
import { stackDemand, stackSuggestion, trendSkillNames, trendSkills, trendSkillsText } from './market-signals';

export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** The nearest role in the chain that states market data: a derived role may rely on its parent's. */
export function marketOf(role: RoleWithFile, ancestors: RoleWithFile[]): { market?: Market; file: string } {
  const source = [role, ...ancestors].find((r) => r.role.market);
  return source ? { market: source.role.market, file: source.file } : { file: role.file };
}

export function marketSection(market: Market | undefined, file: string, today: string | undefined): MarketSection {
  if (!market) return { stale: false, file, empty: `No market data in ${baseName(file)}` };
  const asOf = market.asOf?.value;
  const s = market.salary;
  return {
    ...(market.source ? { source: market.source.value } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    stale: asOf !== undefined && today !== undefined ? isStale(asOf, today) : false,
    ...(s && (s.min || s.max)
      ? { salary: { currency: s.currency?.value ?? '', ...(s.min ? { min: s.min.value } : {}), ...(s.max ? { max: s.max.value } : {}), period: s.period?.value ?? 'year' } }
      : {}),
    ...(market.demand ? { demand: market.demand.value } : {}),
    file,
    ...(!s && !market.demand ? { empty: `No salary or demand figures in ${baseName(file)}` } : {}),
  };
}

export interface SkillStanding {
  held: Map<string, HeldSkill>;
  /** Required level by skill key (the highest requirement naming it). */
  required: Map<string, number>;
  gaps: Map<string, { current: number; required: number; priority: string }>;
  strengths: Set<string>;
  /** Keys of skills named as one option of an anyOf requirement. */
  alternatives: Set<string>;
}

export function stackOf(market: Market | undefined, catalog: SkillLookup, standing: SkillStanding): ReportModel['stack'] {
  return (market?.stack ?? []).map(({ value }) => {
    const ref = resolveSkill(catalog, value);
    const level = standing.held.get(ref.key)?.level;
    const required = standing.gaps.get(ref.key)?.required ?? standing.required.get(ref.key);
    const status: StackStatus = standing.gaps.has(ref.key) ? 'gap'
      : level !== undefined && level >= 1 ? 'held'
      : standing.alternatives.has(ref.key) ? 'alternative' : 'optional';
    const demand = stackDemand(ref);
    const suggestion = status === 'optional' ? stackSuggestion(ref) : undefined;
    return {
      skill: value, name: ref.name, ...(ref.id !== undefined ? { id: ref.id } : {}), status,
      ...(level !== undefined ? { level } : {}), ...(required !== undefined ? { required } : {}),
      ...(demand ? { demand } : {}), ...(suggestion ? { suggestion } : {}),
    };
  });
}

export function outlookOf(market: Market | undefined, catalog: SkillLookup, standing: SkillStanding): ReportModel['outlook'] {
  return (market?.trends ?? []).map(({ value: trend }) => {
    const ref = resolveSkill(catalog, trend);
    const id = ref.id !== undefined ? { id: ref.id } : {};
    const skills = trendSkills(ref, catalog, standing);
    const related = skills.length > 0 ? { skills } : {};
    const skillsText = trendSkillsText(skills);
    const own = ownStanding(ref, standing);
    if (own) return { trend, ...id, relation: own.relation, note: skillsText ? `${own.note}. ${skillsText}` : own.note, ...related };
    if (skillsText) {
      const relation = skills.some((s) => s.required !== undefined && (s.level ?? 0) < s.required) ? 'gap' : 'held';
      return { trend, ...id, relation, note: skillsText, ...related };
    }
    const note = skills.length > 0
      ? `Not among your skills or this role's requirements, nor are its skills: ${trendSkillNames(skills)}`
      : `Not among your skills or this role's requirements`;
    return { trend, ...id, relation: 'unrelated', note, ...related };
  });
}

/** The trend as a skill itself: a gap of the plan, a strength, or held. */
function ownStanding(ref: SkillRef, standing: SkillStanding): { relation: 'gap' | 'strength' | 'held'; note: string } | undefined {
  const gap = standing.gaps.get(ref.key);
  if (gap) return { relation: 'gap', note: `A gap in this plan: ${ref.name} from ${gap.current} to ${gap.required} (${gap.priority})` };
  const held = standing.held.get(ref.key);
  if (held && standing.strengths.has(ref.key)) return { relation: 'strength', note: `One of your strengths: ${ref.name} at level ${held.level}` };
  if (held && held.level >= 1) return { relation: 'held', note: `You have ${ref.name} at level ${held.level}` };
  return undefined;
}
