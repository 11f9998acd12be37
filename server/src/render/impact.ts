// Change impact as a pull-request comment (Markdown: short, the biggest changes first, the rest in a
// collapsed <details>), as terminal text, or as JSON (the model). Words and layout only.

import type { DiagnosticFact, ImpactModel, PairChange, PairStanding } from '../analysis/impact';
import { escapeMarkdownInline, escapeTerminal } from './escape';
import { readinessLabel } from './format';

/** Rows shown before the details. */
const SHORT_ROWS = 10;

export type ImpactFormat = 'markdown' | 'json' | 'text';

export function renderImpact(format: ImpactFormat, model: ImpactModel): string {
  switch (format) {
    case 'markdown': return impactMarkdown(model);
    case 'text': return impactText(model);
    case 'json': return JSON.stringify(model, null, 2) + '\n';
  }
}

const arrow = <T>(before: T | undefined, after: T | undefined, show: (x: T) => string) =>
  before === undefined ? show(after!) : after === undefined ? `${show(before)} → —` : show(before) === show(after) ? show(after) : `${show(before)} → ${show(after)}`;

function figures(c: PairChange) {
  const { before: b, after: a } = c;
  return {
    match: arrow(b, a, (s: PairStanding) => `${s.percent}%`),
    readiness: arrow(b, a, (s: PairStanding) => readinessLabel(s.readiness)),
    mustHaves: arrow(b, a, (s: PairStanding) => `${s.mustHaves.met} of ${s.mustHaves.total}`),
    ready: arrow(b, a, (s: PairStanding) => s.readyText),
  };
}

function where(d: DiagnosticFact): string {
  return `${d.file}:${d.line}:${d.column}`;
}

function impactMarkdown(model: ImpactModel): string {
  const cell = (s: string) => escapeMarkdownInline(s, true) || ' ';
  const { changes, diagnostics, summary } = model;
  const out = ['## Skillgap: change impact', '', `**${escapeMarkdownInline(model.base.label)} → ${escapeMarkdownInline(model.head.label)}.** ${escapeMarkdownInline(summary.headline)}`];
  const row = (c: PairChange, withFile: boolean) => {
    const f = figures(c);
    return `| ${cell(c.candidate)} | ${withFile ? `${cell(c.file)} | ` : ''}${cell(c.roleTitle)} | ${cell(c.verdict)} | ${cell(f.match)} | ${cell(f.readiness)} | ${cell(f.mustHaves)} | ${cell(f.ready)} |`;
  };
  if (changes.length > 0) {
    out.push('', '| Candidate | Role | Change | Match | Readiness | Must-haves met | Ready |', '| --- | --- | --- | ---: | --- | --- | --- |',
      ...changes.slice(0, SHORT_ROWS).map((c) => row(c, false)));
    if (changes.length > SHORT_ROWS) out.push('', `…and ${changes.length - SHORT_ROWS} more in the details.`);
  }
  const introduced = diagnostics.introduced.length;
  if (changes.length > 0 || introduced > 0 || diagnostics.resolved.length > 0) {
    const what = [changes.length > 0 ? `${changes.length} change${changes.length === 1 ? '' : 's'} with their files` : '', introduced > 0 ? `${introduced} new diagnostic${introduced === 1 ? '' : 's'}` : '',
      diagnostics.resolved.length > 0 ? `${diagnostics.resolved.length} resolved` : ''].filter((p) => p !== '');
    out.push('', `<details><summary>Details: ${what.join(', ')}</summary>`, '');
    if (changes.length > 0) {
      out.push('| Candidate | File | Role | Change | Match | Readiness | Must-haves met | Ready |', '| --- | --- | --- | --- | ---: | --- | --- | --- |',
        ...changes.map((c) => row(c, true)), '');
    }
    const list = (title: string, ds: DiagnosticFact[]) => {
      if (ds.length === 0) return;
      out.push(`**${title}**`, '', ...ds.map((d) => `- \`${escapeMarkdownInline(where(d)).replace(/`/g, '')}\` ${d.severity} \`${d.code}\`: ${escapeMarkdownInline(d.message)}`), '');
    };
    list('New diagnostics', diagnostics.introduced);
    list('Resolved diagnostics', diagnostics.resolved);
    out.push('</details>');
  }
  return out.join('\n').trimEnd() + '\n';
}

function impactText(model: ImpactModel): string {
  const clean = escapeTerminal;
  const out = [`Change impact: ${clean(model.base.label)} → ${clean(model.head.label)}`, clean(model.summary.headline)];
  for (const c of model.changes) {
    const f = figures(c);
    out.push('', `${clean(c.candidate)} · ${clean(c.roleTitle)} (${clean(c.file)}): ${c.verdict}`,
      `  match ${f.match} · ${clean(f.readiness)} · must-haves met ${f.mustHaves} · ${f.ready}`);
  }
  const list = (title: string, ds: DiagnosticFact[]) => {
    if (ds.length === 0) return;
    out.push('', `${title}:`, ...ds.map((d) => `  ${clean(where(d))}  ${d.severity}  ${d.code}  ${clean(d.message)}`));
  };
  list('New diagnostics', model.diagnostics.introduced);
  list('Resolved diagnostics', model.diagnostics.resolved);
  return out.join('\n') + '\n';
}
