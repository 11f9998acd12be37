// Two roles side by side ("Compare Roles…" in VS Code): the requirements diff, then every candidate's
// match, readiness and ready week in both roles. Words and order only.
import type { ComparedStanding, RoleComparisonModel } from '../../analysis/role-report-model';
import type { Inline, ReportDocument } from '../document';
import { text } from '../document';
import { readinessLabel } from '../format';
import { DIFF_COLUMNS, diffRow } from './content';

function standing(s: ComparedStanding): Inline {
  return [
    text(`${s.percent}%`, { strong: true }),
    text(` · ${readinessLabel(s.readiness)} · ${s.readyText}`, { tone: s.readiness === 'ready' ? 'good' : undefined }),
    ...(s.targets ? [text(' · targets it', { tone: 'muted' })] : []),
  ];
}

export function buildComparisonDocument(model: RoleComparisonModel): ReportDocument {
  const { from, to } = model;
  const who = model.scope === 'all' ? 'every candidate in the workspace' : 'the candidates who target either role';
  return {
    title: `Roles compared: ${from.title} and ${to.title}`,
    subtitle: `${from.title} (${from.id}) → ${to.title} (${to.id}), with ${who}`,
    meta: (model.generatedFor.today === undefined ? '' : `Report date ${model.generatedFor.today} · `) + `from ${[...new Set([from.file, to.file])].join(', ')}`,
    sections: [
      {
        id: 'requirements',
        title: 'Requirements',
        ...(model.rows.length === 0 ? { empty: 'Neither role states requirements.' } : {}),
        blocks: [
          { kind: 'paragraph', content: [text(model.summary, { strong: true })] },
          { kind: 'table', table: { caption: `What ${to.id} asks compared with ${from.id}`, columns: DIFF_COLUMNS, rows: model.rows.map(diffRow) } },
        ],
      },
      {
        id: 'candidates',
        title: 'Candidates in both roles',
        ...(model.candidates.length === 0 ? { empty: `No candidate in the workspace targets ${from.id} or ${to.id}.` } : {}),
        blocks: [{
          kind: 'table',
          table: {
            caption: `Each candidate's match in ${from.title} and in ${to.title}`,
            columns: [{ title: 'Candidate' }, { title: from.title }, { title: to.title }],
            rows: model.candidates.map((c) => ({
              cells: [[text(c.name, { strong: true })], standing(c.from), standing(c.to)],
              open: { file: c.file, role: c.to.targets || !c.from.targets ? to.id : from.id },
            })),
          },
        }],
      },
    ],
  };
}
