// Builds the format-neutral outline (document.ts) of the eleven report sections from the report model.
// Every figure is read from the model; this file chooses words and order, never arithmetic.

import type { ReportModel, ReportRequirement, SectionId } from '../analysis/report-model';
import { deadlineNote, weeksText } from '../analysis/wording';
import type { Block, DocumentSection, Inline, InputErrorBanner, ReportDocument, Span, TableRow } from './document';
import { text } from './document';
import { PRIORITY_LABEL, formatHours, formatMoney, formatNumber, formatYears, groupThousands, levelLabel, readinessLabel, safeHttpUrl } from './format';
import type { Priority } from '../model/types';
import { costFigures, gapStep, recommendations, relevantResources, skillGapAssessment, upskillingRoadmap } from './content-plan';

type SectionBuilder = (model: ReportModel) => Block[];

export function buildDocument(model: ReportModel): ReportDocument {
  const files = model.notes.provenance.files;
  const today = model.generatedFor.today;
  return {
    title: `Skill gap report: ${model.candidate.name}`,
    subtitle: `${model.candidate.name} against ${model.role.title} (${model.role.id})`,
    meta: (today === undefined ? '' : `Report date ${today} · `) + `from ${files.length > 0 ? files.join(', ') : model.candidate.file}`,
    ...(model.inputErrors.length > 0 ? { banner: inputErrorBanner(model.inputErrors) } : {}),
    sections: model.sections.map((section): DocumentSection => ({
      id: section.id,
      title: section.title,
      empty: section.empty,
      blocks: section.empty === undefined ? (BUILDERS[section.id]?.(model) ?? []) : [],
    })),
  };
}

function inputErrorBanner(errors: ReportModel['inputErrors']): InputErrorBanner {
  const n = errors.length;
  return {
    title: `The files this report was built from have ${n} error${n === 1 ? '' : 's'}: parts of them were not read, so figures may be wrong or missing. Fix ${n === 1 ? 'it' : 'them'} first:`,
    items: errors.map((e) => ({ where: `${e.file}:${e.line}:${e.column}`, text: `${e.code}: ${e.message}`, source: { file: e.file, line: e.line - 1 } })),
  };
}

const BUILDERS: Record<SectionId, SectionBuilder> = {
  'executive-summary': executiveSummary,
  'candidate-profile': candidateProfile,
  'market-requirements': marketRequirements,
  'market-insights': marketInsights,
  'technology-stack': technologyStack,
  'skill-gap-assessment': skillGapAssessment,
  'upskilling-roadmap': upskillingRoadmap,
  'recommendations': recommendations,
  'relevant-resources': relevantResources,
  'market-outlook': marketOutlook,
  'additional-notes': additionalNotes,
};

function experienceText(model: ReportModel): string {
  const { years, required, met } = model.match.experience;
  const have = years === undefined ? 'not stated' : formatYears(years);
  if (required === undefined) return `${have} (the role states no minimum)`;
  const verdict = met === true ? ' (met)' : met === false ? ' (not met)' : '';
  return `${have} vs ${formatNumber(required)} required${verdict}`;
}

function executiveSummary(model: ReportModel): Block[] {
  const { match, candidate, role, roadmap } = model;
  const gaps = model.summary.largestGaps;
  const unmet = match.mustHaves.total - match.mustHaves.met;
  const blocks: Block[] = [
    { kind: 'paragraph', content: [text(candidate.name, { strong: true }), text(` assessed against `), text(role.title, { strong: true }), text(` (${role.id}).`)] },
    { kind: 'paragraph', content: [text(model.summary.headline, { strong: true })] },
    {
      kind: 'facts',
      items: [
        { label: 'Match', value: [text(`${match.percent}%`, { strong: true })], emphasis: 'key' },
        { label: 'Readiness', value: [text(readinessLabel(match.readiness), { strong: true, tone: match.readiness === 'ready' ? 'good' : 'bad' })], emphasis: 'key' },
        { label: 'Must-haves met', value: [text(`${match.mustHaves.met} of ${match.mustHaves.total}`, { tone: unmet === 0 ? 'good' : 'bad' })], emphasis: 'key' },
        { label: 'Experience', value: [text(experienceText(model), { tone: match.experience.met === false ? 'bad' : undefined })] },
        { label: 'Largest gaps', value: gaps.length === 0 ? [text('none')] : joinInline(gaps.map((gap) => [text(gap.skill, { strong: true }), text(` ${gapStep(gap)} (${PRIORITY_LABEL[gap.priority].toLowerCase()}, ${formatHours(gap.hours)})`)]), ', '), emphasis: 'wide' },
        { label: 'Full plan', value: roadmap.empty === undefined ? [text(`${roadmap.totalWeeks} weeks at ${formatNumber(roadmap.hoursPerWeek)} h/week, ${formatHours(roadmap.totalHours)}; ${costFigures(model)}`)] : [text(roadmap.empty)] },
      ],
    },
  ];
  if (roadmap.deadline !== undefined) {
    blocks.push({ kind: 'notice', tone: roadmap.deadline.ready === 'over' ? 'warn' : 'muted', content: [text(deadlineNote(roadmap.deadline))] });
  }
  if (match.readiness === 'not-ready' && unmet > 0) {
    blocks.push({ kind: 'paragraph', content: [text('Not ready while any must-have is unmet, whatever the match percentage.')] });
  }
  if (model.comparison.length > 0) {
    blocks.push({
      kind: 'table',
      table: {
        caption: 'Other target roles of this candidate',
        columns: [{ title: 'Role' }, { title: 'Match', numeric: true }, { title: 'Readiness' }, { title: 'Must-haves met', numeric: true }, { title: 'Must-haves in', numeric: true }],
        rows: model.comparison.map((other) => ({
          cells: [[text(`${other.title} (${other.roleId})`)], [text(`${other.percent}%`)], [text(readinessLabel(other.readiness))],
            [text(`${other.mustHavesMet} of ${other.mustHavesTotal}`)], [text(other.readyWeek === 0 ? 'met now' : weeksText(other.readyWeek))]],
          selectRole: other.roleId,
        })),
      },
    });
  }
  return blocks;
}

function candidateProfile(model: ReportModel): Block[] {
  const c = model.candidate;
  const facts: { label: string; value: Inline }[] = [{ label: 'Name', value: [text(c.name)] }];
  if (c.headline !== undefined) facts.push({ label: 'Headline', value: [text(c.headline)] });
  facts.push({ label: 'Experience', value: [text(c.experienceYears === undefined ? 'not stated' : formatYears(c.experienceYears))] });
  if (c.education.length > 0) {
    facts.push({ label: 'Education', value: [text(c.education.map((e) => [e.degree, e.institution, e.year === undefined ? undefined : String(e.year)].filter((part) => part !== undefined).join(', ')).join('; '))] });
  }
  facts.push({ label: 'Availability', value: [text(`${formatNumber(c.hoursPerWeek)} h/week${c.hoursPerWeekIsDefault ? ' (default: not stated in the file)' : ''}`)] });
  if (c.start !== undefined) facts.push({ label: 'Start', value: [text(c.start)] });
  if (c.deadlineWeeks !== undefined) facts.push({ label: 'Deadline', value: [text(`${c.deadlineWeeks} weeks`)] });
  if (c.providers.length > 0) facts.push({ label: 'Preferred providers', value: [text(c.providers.join(', '))] });
  if (c.budget !== undefined) facts.push({ label: 'Budget', value: [text(formatMoney(c.budget.amount, c.budget.currency))] });

  const blocks: Block[] = [{ kind: 'facts', items: facts }];
  if (c.summary !== undefined) blocks.push({ kind: 'paragraph', content: [text(c.summary)] });
  blocks.push(c.skills.length === 0
    ? { kind: 'paragraph', content: [text(`No skills listed in ${c.file}.`)] }
    : {
      kind: 'table',
      table: {
        caption: `Skills held (from ${c.file})`,
        columns: [{ title: 'Skill' }, { title: 'Level', nowrap: true }, { title: 'Years', numeric: true }, { title: 'Category' }],
        rows: c.skills.map((s) => ({
          cells: [s.skill === s.name ? [text(s.name)] : [text(s.name), text(` (written as ${s.skill})`, { tone: 'muted' })], [text(levelLabel(s.level))], [text(s.years === undefined ? '–' : formatNumber(s.years))], [text(s.category ?? '–')]],
          source: { skill: s.id ?? s.name, file: c.file, line: s.line },
        })),
      },
    });
  blocks.push({
    kind: 'subsection', id: 'strengths', title: 'Strengths',
    blocks: [model.strengths.length === 0
      ? { kind: 'paragraph', content: [text('No skill reaches what the role asks yet.')] }
      : {
        kind: 'list', ordered: false,
        items: model.strengths.map((s) => [
          text(s.name, { strong: true }),
          text(` ${levelLabel(s.level)}`),
          text(s.reason === 'meets-requirement' && s.required !== undefined ? ` — the role asks ${levelLabel(s.required)}` : ' — beyond what the role asks'),
        ]),
      }],
  });
  return blocks;
}

function requirementSkills(req: ReportRequirement): string {
  if (!req.anyOf) return req.skills.join(', ');
  return `${req.skills.length > 1 ? req.skills.slice(0, -1).join(', ') + ' or ' + req.skills[req.skills.length - 1] : req.skills.join('')} (any of)`;
}

function marketRequirements(model: ReportModel): Block[] {
  const priorities: Priority[] = ['must', 'should', 'nice'];
  const blocks: Block[] = [];
  if (model.role.extends.length > 0) {
    blocks.push({ kind: 'paragraph', content: [text(`${model.role.title} extends ${model.role.extends.join(', ')}; inherited requirements are marked.`)] });
  }
  if (model.role.minYears !== undefined) {
    blocks.push({ kind: 'paragraph', content: [text(`Experience: at least ${formatYears(model.role.minYears)}.`)] });
  }
  for (const priority of priorities) {
    const reqs = model.requirements.filter((r) => r.priority === priority);
    if (reqs.length === 0) continue;
    blocks.push({
      kind: 'subsection', id: `requirements-${priority}`, title: `${PRIORITY_LABEL[priority]} requirements`,
      blocks: [{
        kind: 'table',
        table: {
          caption: `${PRIORITY_LABEL[priority]} requirements of ${model.role.title}`,
          columns: [{ title: 'Skill' }, { title: 'Required', nowrap: true }, { title: 'Current', nowrap: true }, { title: 'Met' }, { title: 'Weight', numeric: true }, { title: 'Inherited from' }],
          rows: reqs.map((r): TableRow => ({
            cells: [
              [text(requirementSkills(r))], [text(levelLabel(r.level))], [text(levelLabel(r.current))],
              [text(r.met ? 'yes' : 'no', { tone: r.met ? 'good' : 'bad' })], [text(formatNumber(r.weight))], [text(r.inheritedFrom ?? '–')],
            ],
            source: { skill: r.ids[0] ?? r.skills[0] ?? '', file: model.role.file, line: r.line },
          })),
        },
      }],
    });
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', content: [text(`${model.role.title} states no requirements.`)] });
  return blocks;
}

function linkOrText(label: string): Span {
  const href = safeHttpUrl(label);
  return href === undefined ? text(label) : text(label, { href });
}

function salaryText(salary: NonNullable<ReportModel['market']['salary']>): string {
  const { min, max, currency, period } = salary;
  const range = min !== undefined && max !== undefined ? `${groupThousands(min)}–${groupThousands(max)}`
    : min !== undefined ? `from ${groupThousands(min)}` : max !== undefined ? `up to ${groupThousands(max)}` : 'no figure';
  return `${range} ${currency} per ${period}`;
}

function marketInsights(model: ReportModel): Block[] {
  const m = model.market;
  if (m.empty !== undefined) return [{ kind: 'paragraph', content: [text(m.empty)] }];
  const blocks: Block[] = [{
    kind: 'facts',
    items: [
      { label: 'Salary', value: [text(m.salary === undefined ? `not stated in ${m.file}` : salaryText(m.salary))] },
      { label: 'Demand', value: [text(m.demand ?? `not stated in ${m.file}`)] },
      { label: 'Source', value: [m.source === undefined ? text('not stated', { tone: 'warn' }) : linkOrText(m.source)] },
      { label: 'As of', value: [text(m.asOf ?? 'not stated', { tone: m.stale || m.asOf === undefined ? 'warn' : undefined })] },
      { label: 'From', value: [text(m.file)] },
    ],
  }];
  if (m.stale) blocks.push({ kind: 'notice', tone: 'warn', content: [text(`Market data as of ${m.asOf ?? 'an unknown date'} is more than 12 months old.`)] });
  return blocks;
}

const STACK_STATUS = {
  held: { label: 'Held', tone: 'good' }, gap: { label: 'Gap', tone: 'bad' },
  alternative: { label: 'Alternative', tone: 'muted' }, optional: { label: 'Optional', tone: 'muted' },
} as const;

function technologyStack(model: ReportModel): Block[] {
  if (model.stack.length === 0) return [{ kind: 'paragraph', content: [text(`No technology stack in ${model.market.file}.`)] }];
  const blocks: Block[] = [{
    kind: 'table',
    table: {
      caption: `Technology stack of ${model.role.title}`,
      columns: [{ title: 'Technology' }, { title: 'Status' }, { title: 'Your level', nowrap: true }, { title: 'Required', nowrap: true }, { title: 'Public demand signal' }],
      rows: model.stack.map((s) => ({
        cells: [[text(s.name)], [text(STACK_STATUS[s.status].label, { tone: STACK_STATUS[s.status].tone })],
          [text(s.level === undefined ? '–' : levelLabel(s.level))], [text(s.required === undefined ? '–' : levelLabel(s.required))],
          [text(s.demand?.text ?? '–', s.demand ? {} : { tone: 'muted' })]],
      })),
    },
  }];
  const sources = [...new Set(model.stack.flatMap((s) => (s.demand ? [`${s.demand.source}${s.demand.asOf ? `, released ${s.demand.asOf}` : ''}`] : [])))];
  if (sources.length > 0) {
    blocks.push({ kind: 'paragraph', content: [text(`Public demand signals from ${sources.join('; ')} (Technology Skills): a Hot Technology is frequently named in job postings; In Demand counts the occupations, of those listing the technology, in whose postings it is frequently named. – : no signal (not listed there).`, { tone: 'muted' })] });
  }
  const suggestions = model.stack.filter((s) => s.status === 'optional');
  if (suggestions.length > 0) {
    blocks.push({ kind: 'paragraph', content: [text('Optional learning suggestions', { strong: true }), text(' — in the stack, not required by this role (not part of the plan):')] });
    blocks.push({
      kind: 'list', ordered: false,
      items: suggestions.map((s) => {
        const line: Inline = [text(s.name, { strong: true })];
        const r = s.suggestion;
        if (r) {
          const href = safeHttpUrl(r.url);
          line.push(text(' — start with '), text(r.title, { href }), text(` (${[r.provider, r.hours !== undefined ? formatHours(r.hours) : undefined].filter(Boolean).join(', ')})`));
        }
        return line;
      }),
    });
  }
  return blocks;
}

function marketOutlook(model: ReportModel): Block[] {
  if (model.outlook.length === 0) return [{ kind: 'paragraph', content: [text(`No trends in ${model.market.file}.`)] }];
  return [{
    kind: 'list', ordered: false,
    items: model.outlook.map((o) => [
      text(o.trend, { strong: true }),
      text(o.note === '' ? '' : ` — ${o.note}`, { tone: o.relation === 'gap' ? 'bad' : o.relation === 'unrelated' ? 'muted' : 'good' }),
    ]),
  }];
}

function additionalNotes(model: ReportModel): Block[] {
  const { followUp, provenance, assumptions } = model.notes;
  const blocks: Block[] = [];
  if (followUp !== undefined) {
    blocks.push({ kind: 'paragraph', content: [text('Follow-up: ', { strong: true }), text(`review progress at the end of phase ${followUp.afterPhase}, in week ${followUp.week}${followUp.date === undefined ? '' : ` (${followUp.date})`}.`)] });
  }
  blocks.push({ kind: 'paragraph', content: [text('Match formula: ', { strong: true }), text(model.match.formula)] });
  blocks.push(provenanceSubsection(provenance));
  if (assumptions.length > 0) {
    blocks.push({ kind: 'subsection', id: 'assumptions', title: 'Assumptions', blocks: [{ kind: 'list', ordered: false, items: assumptions.map((a) => [text(a)]) }] });
  }
  return blocks;
}

/** Which files and catalogs a report was built from (the candidate report and the role report). */
export function provenanceSubsection(provenance: ReportModel['notes']['provenance']): Block {
  return {
    kind: 'subsection', id: 'provenance', title: 'Provenance',
    blocks: [
      { kind: 'list', ordered: false, items: [
        ...provenance.files.map((f): Inline => [text('File: '), text(f)]),
        ...provenance.catalogs.map((c): Inline => [text('Catalog: '), text(c.id, { strong: true }),
          text(`${c.version === undefined ? '' : ` version ${c.version}`}${c.file === undefined ? '' : ` (${c.file})`}`)]),
      ] },
    ],
  };
}

function joinInline(parts: Inline[], separator: string): Inline {
  return parts.flatMap((part, i) => (i === 0 ? part : [text(separator), ...part]));
}
