// The report's prose that is not a figure: recommendations, cited resources, assumptions and
// section notes. Each line is derived from the plan's own numbers, so it agrees with the tables.

import { levelLabel } from '../model/levels';
import type { Gap, ItemResource, ReportModel, ReportResource, Recommendation, Roadmap, RoadmapItem, SectionId } from './report-model';
import type { MatchResult } from './match';
import { DEFAULT_CURVES, FALLBACK_CURVE } from './effort';
import { PAST_PREREQUISITES } from './plan-gaps';
import { DEFAULT_REQUIRED_LEVEL } from './requirements';
import type { ReportInput } from './report-input';
import type { Plan } from './report';
import type { PlannedItem } from './schedule';
import { baseName } from './market';
import { UNSTATED_CANDIDATE_LEVEL } from './skills';
import { PRIORITY_WORD } from './wording';

const SECTION_TITLES: Record<SectionId, string> = {
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

export const MATCH_FORMULA =
  'Match % = Σ wᵢ·min(haveᵢ, needᵢ)/needᵢ ÷ Σ wᵢ over the role\'s requirements (w: must 3, should 2, nice 1 unless a requirement states its weight; an anyOf requirement counts your strongest option). Any unmet must-have, or fewer years than the role\'s minimum, means not ready, whatever the %.';

function resourceId(r: { title: string; provider: string; url?: string }): string {
  return JSON.stringify([r.title, r.provider, r.url ?? '']);
}

/** Every resource the plan uses, once, where it is first used, with the skills it serves. */
export function resourcesOf(items: PlannedItem[]): ReportResource[] {
  const byKey = new Map<string, ReportResource>();
  for (const it of items) {
    it.resources.forEach((r, i) => {
      const key = resourceId(r);
      const known = byKey.get(key);
      if (known) {
        known.hours += r.hours;
        known.fullHours = Math.max(known.fullHours, r.fullHours);   // one course listed under two skills with two estimates
        if (!known.skills.includes(it.part.skill.ref.name)) known.skills.push(it.part.skill.ref.name);
        return;
      }
      byKey.set(key, {
        title: r.title, provider: r.provider, ...(r.url !== undefined ? { url: r.url } : {}),
        hours: r.hours, fullHours: r.fullHours, price: r.price,
        ...(r.cost !== undefined ? { cost: r.cost } : {}), ...(r.currency !== undefined ? { currency: r.currency } : {}),
        ...(r.costAsOf !== undefined ? { costAsOf: r.costAsOf } : {}), ...(r.costSource !== undefined ? { costSource: r.costSource } : {}),
        ...(r.certificate !== undefined ? { certificate: r.certificate } : {}),
        skills: [it.part.skill.ref.name], catalog: it.routes[i].catalog,
      });
    });
  }
  return [...byKey.values()];
}

/** A gap's resources, each once (a skill raised in two tiers uses a resource in both). */
function gapResources(items: readonly RoadmapItem[]): ItemResource[] {
  const byKey = new Map<string, ItemResource>();
  for (const item of items) {
    for (const r of item.resources) {
      const known = byKey.get(resourceId(r));
      if (known) byKey.set(resourceId(r), { ...known, hours: known.hours + r.hours, cost: (known.cost ?? 0) + (r.cost ?? 0) });
      else byKey.set(resourceId(r), r);
    }
  }
  return [...byKey.values()];
}

/** "20 h with AWS Skill Builder (Amazon Web Services) and 40 h of practice/self-study" — the gap table's split. */
function hoursSplitText(gap: Pick<Gap, 'resourceHours' | 'practiceHours'>, resources: ItemResource[]): string {
  const own = resources.filter((r) => r.countedUnder === undefined).map((r) => `${r.title} (${r.provider})`);
  const shared = resources.filter((r) => r.countedUnder !== undefined).map((r) => `${r.title}, counted under ${r.countedUnder}`);
  const parts: string[] = [];
  if (own.length > 0) parts.push(`${gap.resourceHours} h with ${own.join(', ')}`);
  else if (gap.resourceHours > 0) parts.push(`${gap.resourceHours} h more of ${shared.join(', ')}`);
  if (shared.length > 0 && (own.length > 0 || gap.resourceHours === 0)) parts.push(`also covered by ${shared.join(', ')}`);
  if (gap.practiceHours > 0 || parts.length === 0) parts.push(`${gap.practiceHours} h of practice/self-study`);
  return parts.join(' and ');
}

export function recommendationsOf(gaps: Gap[], roadmap: Roadmap): Recommendation[] {
  // Each skill's items, found once (a search of the whole roadmap per gap was quadratic in the gaps).
  const itemsOf = new Map<string, { first: number; tier: number; items: RoadmapItem[] }>();
  roadmap.phases.flatMap((p) => p.items).forEach((item, index) => {
    const known = itemsOf.get(item.skill);
    if (known) { known.items.push(item); known.tier = Math.min(known.tier, item.tier); }
    else itemsOf.set(item.skill, { first: index, tier: item.tier, items: [item] });
  });
  const firstItem = (g: Gap) => itemsOf.get(g.skill)?.first ?? -1;
  const tier = (g: Gap) => itemsOf.get(g.skill)?.tier ?? Infinity;
  return [...gaps]
    .sort((a, b) => tier(a) - tier(b) || firstItem(a) - firstItem(b))
    .map((g, i) => {
      const resources = gapResources(itemsOf.get(g.skill)?.items ?? []);
      const paid = resources.filter((r) => r.price === 'paid' && (r.cost ?? 0) > 0);
      const currencies = [...new Set(paid.map((r) => r.currency!))];
      const what = g.prerequisite
        ? `Learn ${g.skill} to ${levelLabel(g.required)} first, a prerequisite of ${g.prerequisiteOf.join(', ')} (${PRIORITY_WORD[g.priority]} tier)`
        : `Raise ${g.skill} from ${levelLabel(g.current)} to ${levelLabel(g.required)} (${PRIORITY_WORD[g.priority]}${g.prerequisiteOf.length > 0 ? `; needed first by ${g.prerequisiteOf.join(', ')}` : ''})`;
      return {
        rank: i + 1,
        text: `${what}: ${g.hours} h — ${hoursSplitText(g, resources)}`,
        skills: [g.skill],
        hours: g.hours,
        cost: paid.reduce((sum, r) => sum + (r.cost ?? 0), 0),
        ...(currencies.length === 1 ? { currency: currencies[0] } : {}),
        priceNotStated: resources.filter((r) => r.price === 'not-stated' && r.countedUnder === undefined).length,
        priority: g.priority,
      };
    });
}

export interface AssumptionFacts {
  hoursPerWeek: number; isDefault: boolean;
  budget?: { amount: number; currency: string }; marketFile: string; roleFile: string; minYears?: number;
}

function curveText(curve: readonly number[]): string {
  return curve.every((h) => h === curve[0]) ? `${curve[0]} h per level` : `${curve.join(', ')} h`;
}

export function assumptionsOf(input: ReportInput, match: MatchResult, plan: Plan, f: AssumptionFacts): string[] {
  const out = ['Skill levels are self-assessed by the candidate on the 0–5 scale (0 none, 1 awareness, 2 novice, 3 competent, 4 proficient, 5 expert).'];
  const unlevelled = input.candidate.skills.filter((s) => !s.level).map((s) => s.skill.value);
  if (unlevelled.length > 0) out.push(`Skills listed without a level count as level ${UNSTATED_CANDIDATE_LEVEL} (awareness): ${unlevelled.join(', ')}.`);
  const defaulted = match.requirements.filter((m) => m.requirement.levelIsDefault).map((m) => m.requirement.alternatives.map((a) => a.name).join(' / '));
  if (defaulted.length > 0) out.push(`Requirements without a level count as level ${DEFAULT_REQUIRED_LEVEL} (competent): ${defaulted.join(', ')}.`);
  const unknown = [...new Set([...match.held.values()].map((h) => h.ref).concat(match.requirements.flatMap((m) => m.requirement.alternatives)).filter((r) => !r.entry).map((r) => r.name))];
  if (unknown.length > 0) out.push(`Not in any catalog, so compared by name as written: ${unknown.join(', ')}.`);
  out.push(f.minYears !== undefined
    ? `Ready means every must-have is met and the role's minimum of ${f.minYears} years of experience is reached; experience is taken to grow by a year every 52 weeks of the plan.`
    : 'Ready means every must-have is met.');
  if (match.requirements.some((m) => m.requirement.anyOf)) {
    out.push('An anyOf requirement counts the option you are strongest in for the match, and is planned on the option quickest to close.');
  }
  const skills = plan.skills;
  if (skills.length > 0) {
    const source = (category: string) => (DEFAULT_CURVES.some((d) => d.categories.includes(category)) ? `, the default for ${category}` : `, the default for a ${FALLBACK_CURVE.kind}`);
    const curves = skills.map((s) => `${s.ref.name}: ${curveText(s.curve)}${s.curveSource === 'catalog' ? '' : source(s.ref.category)}`);
    out.push(`Hours come from each skill's effort curve, the hours of the steps 0→1 … 4→5 (a gap adds up its steps): ${curves.join('; ')}. A skill without a curve in its catalog takes its category's default (README, "The effort model").`);
    out.push(`Prerequisites (a catalog's requires) are added only for a skill learned from below ${levelLabel(PAST_PREREQUISITES)} to ${levelLabel(PAST_PREREQUISITES)} or above, and only when you do not evidently have them: holding a skill at ${levelLabel(PAST_PREREQUISITES)} or above counts as holding what it requires. They are raised only to the level named, and scheduled with the most urgent skill they unlock.`);
    out.push(`Must-haves and their prerequisites come first, then should-haves, then nice-to-haves; within each, prerequisites first, then the larger weighted gap. Items run back to back at ${f.hoursPerWeek} h/week and one may start in the week the previous one ends, so the plan takes total hours ÷ hours per week, rounded up, in weeks.`);
  }
  if (skills.some((s) => s.route.length > 0)) {
    out.push([
      'A resource with levels [a, b] takes a learner from level a to level b; a gap that needs only part of it counts that part of its hours, in proportion to the effort curve.',
      'For each skill the resources covering the most levels without overlapping are chosen (two courses never cover the same level);',
      'a paid or unpriced course from a provider you did not name is left out where a free resource teaches some of the same levels;',
      `among equal choices, free before price not stated before paid, then ${input.candidate.preferences?.providers.length ? `your preferred providers (${input.candidate.preferences.providers.map((p) => p.value).join(', ')})` : 'preferred providers (none stated)'}, then the lower levels, then fewer hours.`,
      f.budget ? `Paid resources dearer than the budget of ${f.budget.amount} ${f.budget.currency} (or in another currency) are left out; the plan's cost is compared with the budget.` : '',
      'A resource serving several skills is counted once, where it is first used. A resource never makes levels cheaper than the effort curve: where its hours are fewer, practice/self-study makes up the rest, as it does for levels no resource covers.',
    ].filter((s) => s !== '').join(' '));
  }
  const assumedCurrency = plan.schedule.items.flatMap((it) => it.routes).filter((r) => r.price.kind === 'paid' && r.price.currencyAssumed);
  if (assumedCurrency.length > 0) {
    const first = assumedCurrency[0].price;
    out.push(`Costs stated without a currency are taken as ${first.kind === 'paid' ? first.currency : ''}: ${[...new Set(assumedCurrency.map((r) => r.resource.title))].join(', ')}.`);
  }
  if (f.isDefault) out.push(`The candidate file states no hours per week: the plan assumes ${f.hoursPerWeek} h/week.`);
  if (f.marketFile !== f.roleFile) out.push(`Market data is inherited from ${baseName(f.marketFile)}.`);
  return out;
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
      ? (model.gaps.length === 0 ? 'No gaps: no resources needed' : 'The catalogs list no resources for these gaps; the hours are practice/self-study')
      : undefined,
    'market-outlook': model.outlook.length === 0 ? `No market trends in ${marketFile}` : undefined,
  };
  return (Object.keys(SECTION_TITLES) as SectionId[]).map((id) => ({
    id, title: SECTION_TITLES[id], ...(empty[id] !== undefined ? { empty: empty[id] } : {}),
  }));
}
