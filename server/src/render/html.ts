// The HTML report: one self-contained document for both the VS Code webview and export. No external
// request of any kind and no script; the parts are html-components.ts, the look html-style.ts and
// html-theme.ts, the charts charts.ts.

import type { ReportModel, SectionId } from '../analysis/report-model';
import { requirementsChart, roadmapChart } from './charts';
import { buildDocument } from './content';
import type { InputErrorBanner } from './document';
import { escapeHtml } from './escape';
import { blocksHtml, collapsibleSection, htmlPage, sectionNav } from './html-components';

export interface HtmlOptions {
  /** For the VS Code webview: theme colours, VS Code's page padding, focusable source and role rows. */
  embedded?: boolean;
}

/** The section nav's words: one short line even in a side pane (the full title is the link's tooltip). */
const NAV_LABEL: Record<SectionId, string> = {
  'executive-summary': 'Summary',
  'candidate-profile': 'Profile',
  'market-requirements': 'Requirements',
  'market-insights': 'Market',
  'technology-stack': 'Stack',
  'skill-gap-assessment': 'Gaps',
  'upskilling-roadmap': 'Roadmap',
  'recommendations': 'Actions',
  'relevant-resources': 'Resources',
  'market-outlook': 'Outlook',
  'additional-notes': 'Notes',
};

export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const embedded = options.embedded === true;
  const doc = buildDocument(model);
  const chart = (name: 'requirements' | 'roadmap') => (name === 'roadmap' ? roadmapChart(model) : requirementsChart(model));
  const parts: string[] = [
    '<header class="report-header">',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    `<p class="meta">${escapeHtml(doc.meta)}</p>`,
    ...(doc.banner ? [banner(doc.banner, embedded)] : []),
    '</header>',
    sectionNav(model.sections.map((s) => ({ id: s.id, label: NAV_LABEL[s.id], title: s.title }))),
  ];
  for (const section of doc.sections) {
    const body = section.empty !== undefined
      ? `<p class="empty">${escapeHtml(section.empty)}</p>`
      : blocksHtml(section.blocks, { scope: section.id, headingLevel: 3, interactive: embedded, chart });
    parts.push(collapsibleSection(section.id, section.title, body));
  }
  return htmlPage({ title: doc.title, embedded }, parts.join('\n'));
}

/** Errors in the input files, before anything else; in the webview each one reveals its line (media/preview.js). */
function banner(b: InputErrorBanner, interactive: boolean): string {
  const items = b.items.map((item) => `<li data-file="${escapeHtml(item.source.file)}" data-line="${item.source.line}"${interactive ? ' tabindex="0"' : ''}>` +
    `<code>${escapeHtml(item.where)}</code> ${escapeHtml(item.text)}</li>`).join('');
  return `<div class="input-errors" role="alert"><p><strong>${escapeHtml(b.title)}</strong></p><ul>${items}</ul></div>`;
}
