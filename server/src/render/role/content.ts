// The role report's outline (render/document.ts) from its model: summary, candidates, the skills
// matrix, coverage, the career ladder and notes. Words and order only; every figure is the model's.

import type { LadderStep, RequirementDiffRow, RoleCandidate, RoleReportModel, RoleRequirement, RoleSectionId } from '../../analysis/role-report-model';
import type { RequirementChange } from '../../analysis/ladder';
import type { Block, DocumentSection, Heat, Inline, Matrix, ReportDocument, TableRow } from '../document';
import { text } from '../document';
import { provenanceSubsection } from '../content';
import { PRIORITY_LABEL, formatNumber, formatYears, levelLabel, readinessLabel } from '../format';

export function buildRoleDocument(model: RoleReportModel): ReportDocument {
  const today = model.generatedFor.today;
  const files = model.notes.provenance.files;
  return {
    title: `Role report: ${model.role.title}`,
    subtitle: `${model.role.title} (${model.role.id}) against ${model.scope === 'all' ? 'every candidate in the workspace' : 'the candidates who target it'}`,
    meta: (today === undefined ? '' : `Report date ${today} · `) + `from ${files.length > 0 ? files.join(', ') : model.role.file}`,
    sections: model.sections.map((s): DocumentSection => ({
      id: s.id, title: s.title, empty: s.empty,
      blocks: s.empty === undefined ? BUILDERS[s.id](model) : [],
    })),
  };
}

const BUILDERS: Record<RoleSectionId, (model: RoleReportModel) => Block[]> = {
  summary, candidates, matrix: (m) => [{ kind: 'matrix', matrix: matrixOf(m) }], coverage, ladder, notes,
};

function summary(model: RoleReportModel): Block[] {
  const { role, summary: s } = model;
  const blocks: Block[] = [];
  if (role.description !== undefined) blocks.push({ kind: 'paragraph', content: [text(role.description)] });
  blocks.push({ kind: 'paragraph', content: [text(s.headline, { strong: true })] });
  blocks.push({
    kind: 'facts',
    items: [
      { label: model.scope === 'all' ? 'Candidates' : 'Candidates targeting it', value: [text(String(s.candidates), { strong: true })], emphasis: 'key' },
      { label: 'Ready now', value: [text(`${s.ready} of ${s.candidates}`, { strong: true, tone: s.ready > 0 ? 'good' : 'bad' })], emphasis: 'key' },
      { label: 'Coverage', value: [text(`${s.coveragePercent}%`, { strong: true })], emphasis: 'key' },
      { label: 'Requirements met by someone', value: [text(`${s.covered} of ${s.requirements}`)] },
      { label: 'Single points of failure', value: [text(String(s.singlePointsOfFailure), { tone: s.singlePointsOfFailure > 0 ? 'warn' : undefined })] },
      { label: 'Met by nobody', value: [text(String(s.uncovered), { tone: s.uncovered > 0 ? 'bad' : undefined })] },
      { label: 'Experience asked', value: [text(role.minYears === undefined ? 'no minimum' : `at least ${formatYears(role.minYears)}`)] },
      ...(role.extends.length > 0 ? [{ label: 'Ladder', value: [text([...role.extends].reverse().concat(role.id).join(' → '))] }] : []),
    ],
  });
  return blocks;
}

function readyCell(c: RoleCandidate): Inline {
  return [text(c.readyText, { tone: c.readiness === 'ready' ? 'good' : undefined })];
}

function shortOf(model: RoleReportModel, c: RoleCandidate): Inline {
  const unmet = model.requirements.filter((r) => r.priority === 'must' && !c.cells[r.index].met)
    .map((r) => `${cellSkill(r, c)} ${c.cells[r.index].current} → ${r.level}`);
  const years = c.experience.met === false ? [`experience ${formatNumber(c.experience.years ?? 0)} of ${formatNumber(c.experience.required ?? 0)} years`] : [];
  const all = [...unmet, ...years];
  return [text(all.length === 0 ? '—' : all.join(', '))];
}

function cellSkill(r: RoleRequirement, c: RoleCandidate): string {
  return r.anyOf && c.cells[r.index].current === 0 ? r.label : c.cells[r.index].skill;
}

function candidates(model: RoleReportModel): Block[] {
  const all = model.scope === 'all';
  const rows: TableRow[] = model.candidates.map((c) => ({
    cells: [
      [text(c.name, { strong: true })],
      ...(all ? [[text(c.targets ? 'yes' : 'no')]] : []),
      [text(`${c.percent}%`)],
      [text(readinessLabel(c.readiness), { tone: c.readiness === 'ready' ? 'good' : 'bad' })],
      [text(`${c.mustHaves.met} of ${c.mustHaves.total}`)],
      readyCell(c),
      [text(c.readyDate !== undefined && c.readyWeek > 0 ? c.readyDate : '—')],
      shortOf(model, c),
    ],
    open: { file: c.file, role: model.role.id },
  }));
  return [
    { kind: 'paragraph', content: [text('Ready candidates first, then by match. Ready: when the candidate meets every must-have (and the experience asked), from their own plan.')] },
    {
      kind: 'table',
      table: {
        caption: `Candidates against ${model.role.title}`,
        columns: [
          { title: 'Candidate' }, ...(all ? [{ title: 'Targets it' }] : []), { title: 'Match', numeric: true }, { title: 'Readiness' },
          { title: 'Must-haves met', nowrap: true }, { title: 'Ready' }, { title: 'By', nowrap: true }, { title: 'Unmet must-haves', wide: true },
        ],
        rows,
      },
    },
  ];
}

const HEAT_WORD: Record<Heat, string> = {
  bench: 'met, could mentor',
  met: 'met',
  'gap-1': '1 level short',
  'gap-2': '2 levels short',
  'gap-3': '3 or more levels short',
};

function heatOf(gap: number, bench: boolean): Heat {
  if (gap === 0) return bench ? 'bench' : 'met';
  return gap === 1 ? 'gap-1' : gap === 2 ? 'gap-2' : 'gap-3';
}

function matrixOf(model: RoleReportModel): Matrix {
  const reqs = model.requirements;
  return {
    caption: `Skills matrix: ${model.candidates.length} candidate${model.candidates.length === 1 ? '' : 's'} × ${reqs.length} requirement${reqs.length === 1 ? '' : 's'} of ${model.role.title}`,
    corner: 'Candidate',
    columns: reqs.map((r) => ({ title: r.label, detail: `${r.priority} · ${r.level}`, source: { file: r.file, line: r.line } })),
    rows: model.candidates.map((c) => ({
      header: [text(c.name, { strong: true })],
      open: { file: c.file, role: model.role.id },
      cells: reqs.map((r) => {
        const cell = c.cells[r.index];
        const mark = cell.met ? (cell.bench ? '★' : '✓') : `−${cell.gap}`;
        const heat = heatOf(cell.gap, cell.bench);
        return {
          text: `${cell.current} ${mark}`,
          ...(r.anyOf && cell.current > 0 ? { option: cell.skill } : {}),
          label: `${c.name}, ${cellSkill(r, c)}: ${levelLabel(cell.current)} of ${levelLabel(r.level)} required, ${HEAT_WORD[heat]}`,
          heat,
          ...(cell.line !== undefined ? { source: { file: c.file, line: cell.line } } : {}),
        };
      }),
    })),
    legend: [text('Each cell: the candidate\'s level, then ✓ met, ★ met and one level above (could mentor), or −n levels short; an anyOf requirement shows the candidate\'s strongest option. Colours: dark green ★, green ✓, amber 1 short, red 2 short, dark red 3 or more short.')],
    inWords: model.candidates.map((c) => {
      const short = reqs.filter((r) => !c.cells[r.index].met).map((r) => `${cellSkill(r, c)} (${c.cells[r.index].current} of ${r.level}, ${r.priority})`);
      const mentor = reqs.filter((r) => c.cells[r.index].bench).map((r) => cellSkill(r, c));
      const options = reqs.filter((r) => r.anyOf && c.cells[r.index].current > 0).map((r) => `${c.cells[r.index].skill} for ${r.label}`);
      return [
        text(c.name, { strong: true }),
        text(`: meets ${c.requirementsMet} of ${reqs.length}${options.length > 0 ? ` (${options.join('; ')})` : ''}` +
          `${short.length > 0 ? `; short of ${short.join(', ')}` : ''}${mentor.length > 0 ? `; could mentor in ${mentor.join(', ')}` : ''}.`),
      ];
    }),
  };
}

function coverage(model: RoleReportModel): Block[] {
  const n = model.candidates.length;
  const rows: TableRow[] = model.requirements.map((r) => ({
    cells: [
      [text(r.label, { strong: true }), ...(r.anyOf ? [text(' (any one)')] : [])],
      [text(PRIORITY_LABEL[r.priority])],
      [text(levelLabel(r.level))],
      [text(r.inheritedFrom ?? '—')],
      [text(`${r.coverage} of ${n}`, { tone: r.coverage === 0 ? 'bad' : undefined })],
      [text(String(r.bench))],
      [text(r.singlePointOfFailure !== undefined ? `single point of failure: only ${r.singlePointOfFailure.name}` : r.coverage === 0 ? 'nobody meets it' : '', { tone: r.singlePointOfFailure !== undefined ? 'warn' : r.coverage === 0 ? 'bad' : undefined })],
    ],
    source: { skill: r.label, file: r.file, line: r.line },
  }));
  return [{
    kind: 'table',
    table: {
      caption: `Per requirement: who meets it (coverage), who could mentor (bench: one level above, or 5 for a level-5 requirement), and the single points of failure. Inherited requirements name the role they come from.`,
      columns: [{ title: 'Requirement' }, { title: 'Priority' }, { title: 'Level' }, { title: 'Inherited from' }, { title: 'Met by', numeric: true, nowrap: true }, { title: 'Bench', numeric: true }, { title: 'Note', wide: true }],
      rows,
    },
  }];
}

const CHANGE_WORD: Record<RequirementChange, string> = { added: 'Added', raised: 'Raised', lowered: 'Lowered', unchanged: 'Unchanged', removed: 'Dropped' };

/** One row of a requirements diff: the ladder's steps and "Compare Roles". */
export function diffRow(r: RequirementDiffRow): TableRow {
  const priority = r.from !== undefined && r.to !== undefined && r.priorityChanged
    ? `${PRIORITY_LABEL[r.from.priority]} → ${PRIORITY_LABEL[r.to.priority]}`
    : PRIORITY_LABEL[(r.to ?? r.from)!.priority];
  return {
    cells: [
      [text(r.skills.join(' / '), { strong: true }), ...(r.anyOf ? [text(' (any one)')] : [])],
      [text(CHANGE_WORD[r.change], { tone: r.change === 'added' || r.change === 'raised' ? 'warn' : r.change === 'unchanged' ? 'muted' : undefined })],
      [text(r.from === undefined ? '—' : levelLabel(r.from.level))],
      [text(r.to === undefined ? '—' : levelLabel(r.to.level))],
      [text(priority)],
    ],
    ...(r.file !== undefined && r.line !== undefined ? { source: { skill: r.skills.join(' / '), file: r.file, line: r.line } } : {}),
  };
}

export const DIFF_COLUMNS = [{ title: 'Requirement' }, { title: 'Change' }, { title: 'From' }, { title: 'To' }, { title: 'Priority' }];

function ladder(model: RoleReportModel): Block[] {
  return model.ladder.map((step: LadderStep, i): Block => ({
    kind: 'subsection',
    id: `step-${i + 1}`,
    title: `${step.from.title} → ${step.to.title}${step.direction === 'next' ? ' (next step)' : ''}`,
    blocks: [
      { kind: 'paragraph', content: [text(`${step.to.title} (${step.to.id}) extends ${step.from.title} (${step.from.id}): it ${step.summary}.`)] },
      { kind: 'table', table: { caption: `What ${step.to.id} changes from ${step.from.id}`, columns: DIFF_COLUMNS, rows: step.rows.map(diffRow) } },
    ],
  }));
}

function notes(model: RoleReportModel): Block[] {
  const { definitions, provenance } = model.notes;
  return [{ kind: 'list', ordered: false, items: definitions.map((d) => [text(d)]) }, provenanceSubsection(provenance)];
}
