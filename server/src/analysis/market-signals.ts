// What the catalog adds to the role's market data: a public demand signal for each stack technology (with
// its source and date, or none), a learning suggestion for stack technologies the role does not require, and
// the skills a market trend is made of (curated `relatedSkills`) set against the person and the role.
import { demandSignal, demandText, type DemandSignal } from '../catalog';
import type { Resource } from '../model/types';
import type { SkillRef, SkillLookup } from './skills';
import { resolveId } from './skills';
import type { SkillStanding } from './market';

/** The technology's O*NET demand signal with its wording ("Hot Technology in O*NET 29.2 (2025-02); …"). */
export function stackDemand(ref: SkillRef): (DemandSignal & { text: string }) | undefined {
  const signal = ref.entry ? demandSignal(ref.entry) : undefined;
  return signal && { ...signal, text: demandText(signal) };
}

/** The resource to start an optional stack technology with: the catalog's free one from the lowest level. */
export function stackSuggestion(ref: SkillRef): Pick<Resource, 'title' | 'provider' | 'url' | 'hours'> | undefined {
  const resources = ref.entry?.resources ?? [];
  const ranked = [...resources].sort((a, b) =>
    Number(a.cost !== 0) - Number(b.cost !== 0) || (a.levels?.[0] ?? 9) - (b.levels?.[0] ?? 9) || (a.hours ?? Infinity) - (b.hours ?? Infinity));
  const best = ranked[0];
  return best && { title: best.title, provider: best.provider, ...(best.url ? { url: best.url } : {}), ...(best.hours !== undefined ? { hours: best.hours } : {}) };
}

/** One skill of a trend: what the role asks of it (if anything) and what the person has. */
export interface TrendSkill { name: string; id?: string; required?: number; level?: number }

/** The skills a trend is made of (its own catalog entry's `relatedSkills`), in catalog order. */
export function trendSkills(trend: SkillRef, catalog: SkillLookup, standing: SkillStanding): TrendSkill[] {
  return (trend.entry?.relatedSkills ?? []).map((id) => {
    const ref = resolveId(catalog, id);
    const required = standing.required.get(ref.key);
    const level = standing.held.get(ref.key)?.level;
    return { name: ref.name, ...(ref.id !== undefined ? { id: ref.id } : {}), ...(required !== undefined ? { required } : {}), ...(level !== undefined && level >= 1 ? { level } : {}) };
  });
}

/**
 * "Its skills: the role asks Vector Databases (needs 2, you have 0); not yet: LLMs, Prompt Engineering, RAG and 10
 * more": which of the trend's skills the role asks, which the person has, and the rest; undefined when the
 * role asks none of them and the person has none.
 */
export function trendSkillsText(skills: TrendSkill[]): string | undefined {
  const asked = skills.filter((s) => s.required !== undefined);
  const held = skills.filter((s) => s.required === undefined && s.level !== undefined);
  const rest = skills.filter((s) => s.required === undefined && s.level === undefined);
  if (asked.length === 0 && held.length === 0) return undefined;
  const parts: string[] = [];
  if (asked.length > 0) parts.push(`the role asks ${list(asked.map((s) => `${s.name} (needs ${s.required}, you have ${s.level ?? 0})`))}`);
  if (held.length > 0) parts.push(`you have ${list(held.map((s) => `${s.name} (${s.level})`))}`);
  if (rest.length > 0) parts.push(`not yet: ${list(rest.map((s) => s.name), 3)}`);
  return `Its skills: ${parts.join('; ')}`;
}

/** "Explainable AI, Model Evaluation, Model Monitoring and GDPR": a trend's skills when none touches the person or the role. */
export function trendSkillNames(skills: TrendSkill[]): string {
  return list(skills.map((s) => s.name), 4);
}

function list(names: string[], max = names.length): string {
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
