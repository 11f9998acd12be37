// The report's prose that is not a figure: recommendations, cited resources, assumptions and
// section notes. Each line is derived from the plan, so it agrees with the tables.

import type { Priority } from '../model/types';
import { levelLabel } from '../model/levels';
import type { ReportModel, ReportResource, Recommendation, SectionId } from './report-model';
import type { MatchResult } from './match';
import { resourceKey, type PlannedGap } from './plan-gaps';
import { effortCurve } from './effort';
import { DEFAULT_REQUIRED_LEVEL } from './requirements';
import type { ReportInput } from './report-input';
import { baseName } from './market';
import { UNSTATED_CANDIDATE_LEVEL } from './skills';

export const SECTION_TITLES: Record<SectionId, string> = {
  'executive-summary': 'Executive summary',
  'candidate-profile': 'Candidate profile',
  'market-requirements': 'Market requirements',
  'market-insights': 'Market insights',
  'technology-stack': 'Technology stack popularity',
  'skill-gap-assessment': 'Skill gap assessment',
  'upskilling-roadmap': 'Upskilling roadmap',
  'recommendations': 'Recommendations',
  'relevant-resources': 'Relevant resources',
  'market-outlook': 'Market outlook',
  'additional-notes': 'Additional notes',
};

export function resourcesOf(planned: PlannedGap[]): ReportResource[] {
  const byKey = new Map<string, ReportResource>();
  for (const p of planned) {
    for (const { resource: r, catalog } of p.resources) {
      const key = resourceKey(r);
      const known = byKey.get(key);
      if (known) { if (!known.skills.includes(p.gap.skill)) known.skills.push(p.gap.skill); continue; }
      byKey.set(key, {
        title: r.title, provider: r.provider,
        ...(r.url !== undefined ? { url: r.url } : {}), ...(r.hours !== undefined ? { hours: r.hours } : {}),
        ...(r.cost !== undefined ? { cost: r.cost } : {}), ...(r.currency !== undefined ? { currency: r.currency } : {}),
        ...(r.certificate !== undefined ? { certificate: r.certificate } : {}),
        skills: [p.gap.skill], catalog,
      });
    }
  }
  return [...byKey.values()];
}

const PRIORITY_WORD: Record<Priority, string> = { must: 'must-have', should: 'should-have', nice: 'nice-to-have' };


export function recommendationsOf(planned: PlannedGap[]): Recommendation[] {
  return planned.map((p, i) => {
    const g = p.gap;
    const cost = p.resources.reduce((sum, r) => sum + r.cost, 0);
    const currencies = [...new Set(p.resources.filter((r) => r.cost > 0).map((r) => r.currency))];
    const what = g.prerequisite
      ? `Learn ${g.skill} to ${levelLabel(g.required)} first: a prerequisite of ${(g.prerequisiteOf ?? []).join(', ')}`
      : `Raise ${g.skill} from ${levelLabel(g.current)} to ${levelLabel(g.required)} (${PRIORITY_WORD[g.priority]})`;
    const how = p.resources.length > 0
      ? `with ${p.resources.map((r) => `${r.resource.title} (${r.resource.provider})`).join(', ')}${g.effortModelHours > 0 ? ` plus ${g.effortModelHours} h of practice` : ''}`
      : `of practice (effort model)`;
    return {
      rank: i + 1,
      text: `${what}: ${g.hours} h ${how}`,
      skills: [g.skill],
      hours: g.hours,
      cost,
      ...(currencies.length === 1 ? { currency: currencies[0] } : {}),
      priority: g.priority,
    };
  });
}

export interface AssumptionFacts {
  hoursPerWeek: number; isDefault: boolean; maxPhaseWeeks: number;
  budget?: { amount: number; currency: string }; marketFile: string; roleFile: string; minYears?: number;
}

export function assumptionsOf(input: ReportInput, match: MatchResult, planned: PlannedGap[], f: AssumptionFacts): string[] {
  const out = ['Skill levels are self-assessed by the candidate on the 0–5 scale (0 none, 1 awareness, 2 novice, 3 competent, 4 proficient, 5 expert).'];
  const unlevelled = input.candidate.skills.filter((s) => !s.level).map((s) => s.skill.value);
  if (unlevelled.length > 0) out.push(`Skills listed without a level count as level ${UNSTATED_CANDIDATE_LEVEL} (awareness): ${unlevelled.join(', ')}.`);
  const defaulted = match.requirements.filter((m) => m.requirement.levelIsDefault).map((m) => m.requirement.alternatives.map((a) => a.name).join(' / '));
  if (defaulted.length > 0) out.push(`Requirements without a level count as level ${DEFAULT_REQUIRED_LEVEL} (competent): ${defaulted.join(', ')}.`);
  const unknown = [...new Set([...match.held.values()].map((h) => h.ref).concat(match.requirements.flatMap((m) => m.requirement.alternatives)).filter((r) => !r.entry).map((r) => r.name))];
  if (unknown.length > 0) out.push(`Not in any catalog, so compared by name as written: ${unknown.join(', ')}.`);
  out.push(f.minYears !== undefined
    ? `Ready means every must-have is met and the role's minimum of ${f.minYears} years of experience is reached.`
    : 'Ready means every must-have is met.');
  if (match.requirements.some((m) => m.requirement.anyOf)) out.push('An anyOf requirement counts the alternative the candidate is strongest in; its gap is planned on that alternative.');
  const modelled = planned.filter((p) => p.gap.effortModelHours > 0);
  if (modelled.length > 0) {
    out.push(`Hours for levels no catalog resource covers come from the effort model: the skill's effort curve in its catalog, else its category's default curve (${modelled.map((p) => `${p.gap.skill}: ${curveText(p)}`).join('; ')}).`);
  }
  if (planned.some((p) => p.resources.length > 0)) {
    out.push(`A resource with levels [a, b] takes a learner from level a to level b; resources are chosen from the candidate's preferred providers first, then free before paid${f.budget ? `, paid ones only within the budget of ${f.budget.amount} ${f.budget.currency}` : ''}.`);
  }
  const assumedCurrency = planned.flatMap((p) => p.resources).filter((r) => r.currencyAssumed);
  if (assumedCurrency.length > 0) out.push(`Costs stated without a currency are taken as ${assumedCurrency[0].currency}: ${assumedCurrency.map((r) => r.resource.title).join(', ')}.`);
  if (f.isDefault) out.push(`The candidate file states no hours per week: the plan assumes ${f.hoursPerWeek} h/week.`);
  if (planned.length > 0) out.push(`Phases group consecutive skills of one category and last at most ${f.maxPhaseWeeks} weeks; a skill that does not fit continues in the next phase.`);
  if (f.marketFile !== f.roleFile) out.push(`Market data is inherited from ${baseName(f.marketFile)}.`);
  return out;
}

function curveText(p: PlannedGap): string {
  const { curve, source } = effortCurve(p.ref.entry, p.ref.category);
  const steps = curve.every((h) => h === curve[0]) ? `${curve[0]} h per level` : `${curve.join(', ')} h for the steps 0→1 … 4→5`;
  return source === 'catalog' ? steps : `${steps}, the default for ${p.ref.category}`;
}

export function sectionsOf(model: ReportModel): ReportModel['sections'] {
  const roleFile = baseName(model.role.file);
  const marketFile = baseName(model.market.file);
  const empty: Partial<Record<SectionId, string | undefined>> = {
    'candidate-profile': model.candidate.skills.length === 0 ? `No skills listed in ${baseName(model.candidate.file)}` : undefined,
    'market-requirements': model.requirements.length === 0 ? `No requirements in ${roleFile}` : undefined,
    'market-insights': model.market.empty,
    'technology-stack': model.stack.length === 0 ? `No technology stack in ${marketFile}` : undefined,
    'skill-gap-assessment': model.gaps.length === 0 ? 'No gaps: every requirement is met' : undefined,
    'upskilling-roadmap': model.roadmap.empty,
    'recommendations': model.recommendations.length === 0 ? 'No gaps: nothing to recommend' : undefined,
    'relevant-resources': model.resources.length === 0
      ? (model.gaps.length === 0 ? 'No gaps: no resources needed' : 'The catalogs list no resources for these gaps; hours come from the effort model')
      : undefined,
    'market-outlook': model.outlook.length === 0 ? `No market trends in ${marketFile}` : undefined,
  };
  return (Object.keys(SECTION_TITLES) as SectionId[]).map((id) => ({
    id, title: SECTION_TITLES[id], ...(empty[id] !== undefined ? { empty: empty[id] } : {}),
  }));
}
