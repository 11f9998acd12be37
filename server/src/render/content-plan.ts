// The plan's sections of the outline: skill gap assessment, upskilling roadmap, recommendations and
// relevant resources. Every figure is the model's; the words say where each comes from, so the gap
// table, the roadmap, the recommendations and the totals can be checked against one another by hand.

import type { Gap, ItemResource, Phase, ReportModel, RoadmapItem } from '../analysis/report-model';
import { deadlineNote } from '../analysis/wording';
import type { Block, Inline, TableRow } from './document';
import { text } from './document';
import { PRIORITY_LABEL, dateRange, formatHours, formatMoney, formatNumber, levelLabel, safeHttpUrl, weeksRange } from './format';

export function gapStep(gap: { current: number; required: number }): string {
  return `${levelLabel(gap.current)} → ${levelLabel(gap.required)}`;
}

/** Where a gap is written: the candidate's own line when they list the skill, else the requirement. */
function gapSource(model: ReportModel, gap: Gap): TableRow['source'] {
  const held = model.candidate.skills.find((s) => (gap.id !== undefined && s.id === gap.id) || s.name === gap.skill);
  if (held !== undefined) return { skill: gap.id ?? gap.skill, file: model.candidate.file, line: held.line };
  const req = model.requirements.find((r) => r.skills.includes(gap.skill) || (gap.id !== undefined && r.ids.includes(gap.id)));
  return req === undefined ? undefined : { skill: gap.id ?? gap.skill, file: model.role.file, line: req.line };
}

function itemsOf(model: ReportModel, skill?: string): RoadmapItem[] {
  return model.roadmap.phases.flatMap((p) => p.items).filter((i) => skill === undefined || i.skill === skill);
}

/** Why a gap is there and what it shares: the anyOf it closes, its dependents, a resource counted under another skill. */
function gapNotes(model: ReportModel, gap: Gap): string {
  const notes: string[] = [];
  const anyOf = model.requirements.find((r) => r.anyOf && r.plannedOn === gap.skill);
  if (anyOf !== undefined) notes.push(`the option of ${anyOf.skills.slice(0, -1).join(', ')} or ${anyOf.skills.at(-1)} planned`);
  const shared = new Set(itemsOf(model, gap.skill).flatMap((i) => i.resources).filter((r) => r.countedUnder !== undefined).map((r) => `${r.title} is counted under ${r.countedUnder}`));
  notes.push(...shared);
  if (gap.prerequisite) notes.push(`prerequisite of ${gap.prerequisiteOf.join(', ')}`);
  else if (gap.prerequisiteOf.length > 0) notes.push(`needed first by ${gap.prerequisiteOf.join(', ')}`);
  return notes.join('; ');
}

export function skillGapAssessment(model: ReportModel): Block[] {
  const blocks: Block[] = [];
  if (model.requirements.length > 0) blocks.push({ kind: 'chart', chart: 'requirements' });
  if (model.gaps.length === 0) {
    blocks.push({ kind: 'paragraph', content: [text('No gaps: every requirement is met.', { tone: 'good' })] });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    table: {
      caption: 'Skill gaps, in roadmap order; hours = resource hours + practice/self-study hours',
      columns: [
        { title: 'Skill' }, { title: 'Required', nowrap: true }, { title: 'Current', nowrap: true }, { title: 'Gap', numeric: true },
        { title: 'Priority', nowrap: true }, { title: 'Hours', numeric: true }, { title: 'Notes', wide: true },
      ],
      rows: model.gaps.map((g) => ({
        cells: [
          [text(g.skill, { strong: true })], [text(levelLabel(g.required))], [text(levelLabel(g.current))], [text(formatNumber(g.gap))],
          [text(g.prerequisite ? 'Prerequisite' : PRIORITY_LABEL[g.priority])],
          [text(`${formatNumber(g.hours)} = ${formatNumber(g.resourceHours)} + ${formatNumber(g.practiceHours)}`)], [text(gapNotes(model, g))],
        ],
        source: gapSource(model, g),
      })),
    },
  });
  return blocks;
}

/** "45 h of Machine Learning Specialization (its levels 2 → 3 of 1 → 3), 30 h of practice/self-study". */
function itemHow(item: RoadmapItem): string {
  const parts = item.resources.map((r) => {
    const part = r.used[0] === r.levels[0] && r.used[1] === r.levels[1] ? 'all of it' : `levels ${r.used[0]} → ${r.used[1]} of its ${r.levels[0]} → ${r.levels[1]}`;
    return r.countedUnder === undefined
      ? `${formatHours(r.hours)} of ${r.title} (${part})`
      : `${r.title} (${part}; ${r.hours > 0 ? `${formatHours(r.hours)} more here, ` : ''}counted under ${r.countedUnder})`;
  });
  if (item.practiceHours > 0 || parts.length === 0) parts.push(`${formatHours(item.practiceHours)} of practice/self-study`);
  return parts.join(', ');
}

function itemWeeks(item: RoadmapItem): string {
  const dates = dateRange(item.startDate, item.endDate);
  return `${weeksRange(item.startWeek, item.endWeek).toLowerCase()}${dates === undefined ? '' : ` (${dates})`}`;
}

/** "147 USD (as of 2026-11, coursera.org/pricing)": a price is a dated claim, shown with when and where it was read. */
function priceText(r: Pick<ItemResource, 'price' | 'cost' | 'currency' | 'costAsOf' | 'costSource'>, fallbackCurrency: string): string {
  if (r.price === 'not-stated') return 'price not stated';
  const price = r.price === 'free' ? 'free' : formatMoney(r.cost ?? 0, r.currency ?? fallbackCurrency);
  const claim = [r.costAsOf === undefined ? undefined : `as of ${r.costAsOf}`, r.costSource].filter((x) => x !== undefined);
  return claim.length === 0 ? price : `${price} (${claim.join(', ')})`;
}

function resourceLine(r: ItemResource, fallbackCurrency: string): Inline {
  const href = safeHttpUrl(r.url);
  const parts: string[] = [r.provider];
  if (r.countedUnder !== undefined) parts.push(`counted under ${r.countedUnder}`);
  else {
    parts.push(`${formatHours(r.fullHours)} in full${r.hours !== r.fullHours ? `, ${formatHours(r.hours)} counted here` : ''}`);
    parts.push(priceText(r, fallbackCurrency));
  }
  if (r.certificate === true) parts.push('certificate');
  if (r.alsoCovers.length > 0) parts.push(`also covers ${r.alsoCovers.join(', ')}`);
  const line: Inline = [text(r.title, { href }), text(` — ${parts.join(' · ')}`)];
  if (href === undefined && r.url !== undefined) line.push(text(` (${r.url})`));
  return line;
}

function phaseBlocks(model: ReportModel, phase: Phase): Block[] {
  const dates = dateRange(phase.startDate, phase.endDate);
  const blocks: Block[] = [
    { kind: 'paragraph', content: [text(weeksRange(phase.startWeek, phase.endWeek), { strong: true }), text(`${dates === undefined ? '' : ` (${dates})`} · ${formatHours(phase.hours)}`)] },
    { kind: 'paragraph', content: [text('Items', { strong: true })] },
    {
      kind: 'list', ordered: false,
      items: phase.items.map((item) => [
        text(item.skill, { strong: true }),
        text(` ${gapStep({ current: item.from, required: item.to })}${item.prerequisite ? ` · prerequisite of ${item.prerequisiteOf.join(', ')}` : ''}` +
          ` · ${itemWeeks(item)} · ${formatHours(item.hours)}: ${itemHow(item)}`),
      ]),
    },
  ];
  const first = phase.items.flatMap((i) => i.resources).filter((r) => r.countedUnder === undefined);
  blocks.push({ kind: 'paragraph', content: [text('Resources', { strong: true })] });
  blocks.push(first.length === 0
    ? { kind: 'paragraph', content: [text('No catalog resource first used here: practice/self-study, with the evidence projects below.')] }
    : { kind: 'list', ordered: false, items: first.map((r) => resourceLine(r, model.roadmap.cost.currency)) });
  if (phase.deliverables.length > 0) {
    blocks.push({ kind: 'paragraph', content: [text('Deliverables', { strong: true })] });
    blocks.push({ kind: 'list', ordered: false, items: phase.deliverables.map((d) => [text(d.kind === 'certificate' ? 'Certificate: ' : 'Project: ', { strong: true }), text(d.text), text(` · ${d.skill}`, { tone: 'muted' })]) });
  }
  const review = phase.review;
  blocks.push({ kind: 'paragraph', content: [text('Review checkpoint', { strong: true }), text(` — end of week ${review.week}${review.date === undefined ? '' : ` (${review.date})`}: ${review.text}`)] });
  return blocks;
}

/** "147 USD of a 300 USD budget (within budget)": every currency the plan spends in, each against its budget, and the resources whose price is not stated. */
export function costFigures(model: ReportModel): string {
  const costs = model.roadmap.costs.length > 0 ? model.roadmap.costs : [model.roadmap.cost];
  const parts = costs.map((c) => formatMoney(c.total, c.currency) + (c.budget === undefined ? ''
    : ` of a ${formatMoney(c.budget, c.currency)} budget (${c.withinBudget === false ? 'over budget' : 'within budget'})`));
  const unpriced = model.roadmap.priceNotStated;
  const notStated = unpriced === 0 ? '' : `, plus ${unpriced} resource${unpriced === 1 ? '' : 's'} whose price is not stated`;
  const budgeted = costs.some((c) => c.budget !== undefined);
  if (!budgeted && costs.every((c) => c.total === 0)) return `nothing to pay${notStated}; no budget stated`;
  return `${parts.join(' and ')}${notStated}${budgeted ? '' : '; no budget stated'}`;
}

function costText(model: ReportModel): string {
  return `Cost ${costFigures(model)}.`;
}

export function upskillingRoadmap(model: ReportModel): Block[] {
  const { roadmap } = model;
  if (roadmap.empty !== undefined) return [{ kind: 'paragraph', content: [text(roadmap.empty)] }];
  const blocks: Block[] = [
    { kind: 'paragraph', content: [text(model.summary.headline, { strong: true })] },
    {
      kind: 'paragraph',
      content: [text(`${roadmap.totalWeeks}-week plan at ${formatNumber(roadmap.hoursPerWeek)} h/week: ${formatHours(roadmap.totalHours)} in total, ` +
        `${formatHours(roadmap.readyHours)} of them for the must-haves${roadmap.endDate === undefined ? '' : `, ending ${roadmap.endDate}`}. ` +
        `Must-haves come first, then should-haves, then nice-to-haves; items run back to back, and one may start in the week the previous one ends. ${costText(model)}`)],
    },
  ];
  if (roadmap.deadline !== undefined) {
    blocks.push({ kind: 'notice', tone: roadmap.deadline.ready === 'over' ? 'warn' : 'muted', content: [text(deadlineNote(roadmap.deadline))] });
  }
  blocks.push({ kind: 'chart', chart: 'roadmap' });
  blocks.push({
    kind: 'table',
    table: {
      caption: 'Roadmap phases',
      columns: [{ title: 'Phase' }, { title: 'Weeks', nowrap: true }, { title: 'Dates', nowrap: true }, { title: 'Hours', numeric: true }, { title: 'Skills', wide: true }],
      rows: roadmap.phases.map((p) => ({
        cells: [[text(p.title)], [text(weeksRange(p.startWeek, p.endWeek))], [text(dateRange(p.startDate, p.endDate) ?? '–')], [text(formatNumber(p.hours))], [text(p.items.map((i) => i.skill).join(', '))]],
      })),
    },
  });
  for (const phase of roadmap.phases) {
    blocks.push({ kind: 'subsection', id: `phase-${phase.index}`, title: `Phase ${phase.index}: ${phase.title}`, blocks: phaseBlocks(model, phase) });
  }
  return blocks;
}

function recommendationCost(r: ReportModel['recommendations'][number], currency: string): string {
  const money = r.cost > 0 ? formatMoney(r.cost, r.currency ?? currency) : undefined;
  const unpriced = r.priceNotStated > 0 ? `${r.priceNotStated} resource${r.priceNotStated === 1 ? '' : 's'} whose price is not stated` : undefined;
  if (money !== undefined && unpriced !== undefined) return `${money} plus ${unpriced}`;
  return money ?? unpriced ?? 'no cost';
}

export function recommendations(model: ReportModel): Block[] {
  const currency = model.roadmap.cost.currency;
  const blocks: Block[] = [];
  if (model.recommendations.length > 0) {
    blocks.push({
      kind: 'list', ordered: true,
      items: model.recommendations.map((r) => [text(r.text), text(` — ${recommendationCost(r, currency)}`, { tone: 'muted' })]),
    });
  } else {
    blocks.push({ kind: 'paragraph', content: [text('No actions: nothing to close.')] });
  }
  blocks.push({ kind: 'paragraph', content: [text('Totals: ', { strong: true }), text(`${formatHours(model.roadmap.totalHours)} in ${model.roadmap.totalWeeks} weeks. ${costText(model)}`)] });
  return blocks;
}

export function relevantResources(model: ReportModel): Block[] {
  if (model.resources.length === 0) return [{ kind: 'paragraph', content: [text('The plan cites no catalog resources.')] }];
  return [{
    kind: 'table',
    table: {
      caption: 'Resources cited by the roadmap (from catalogs only), each counted once',
      columns: [{ title: 'Resource' }, { title: 'Provider' }, { title: 'Skills' }, { title: 'Hours counted (of)', numeric: true }, { title: 'Cost', numeric: true }, { title: 'Certificate' }, { title: 'Catalog' }],
      rows: model.resources.map((r) => {
        const href = safeHttpUrl(r.url);
        const title: Inline = [text(r.title, { href })];
        if (href === undefined && r.url !== undefined) title.push(text(` (${r.url})`));
        return {
          cells: [title, [text(r.provider)], [text(r.skills.join(', '))], [text(r.hours === r.fullHours ? formatNumber(r.hours) : `${formatNumber(r.hours)} (of ${formatNumber(r.fullHours)})`)],
            [text(priceText(r, model.roadmap.cost.currency))], [text(r.certificate === true ? 'yes' : 'no')], [text(r.catalog)]],
        };
      }),
    },
  }];
}
