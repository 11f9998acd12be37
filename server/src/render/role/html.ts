// The role report and the role comparison as HTML: the candidate report's page, sections, nav and
// blocks (html-components.ts) over their own outlines; no chart, the skills matrix is a block.
import type { ReportDocument } from '../document';
import { escapeHtml } from '../escape';
import { blocksHtml, collapsibleSection, htmlPage, sectionNav } from '../html-components';

/** Short nav labels for the role report's sections (and the comparison's); the full title is the tooltip. */
const NAV_LABEL: Record<string, string> = {
  summary: 'Summary', candidates: 'Candidates', matrix: 'Matrix', coverage: 'Coverage', ladder: 'Ladder', notes: 'Notes', requirements: 'Requirements',
};

export function outlineHtml(doc: ReportDocument, embedded: boolean): string {
  const parts = [
    '<header class="report-header">',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    `<p class="meta">${escapeHtml(doc.meta)}</p>`,
    '</header>',
    sectionNav(doc.sections.map((s) => ({ id: s.id, label: NAV_LABEL[s.id] ?? s.title, title: s.title }))),
  ];
  for (const section of doc.sections) {
    const body = section.empty !== undefined
      ? `<p class="empty">${escapeHtml(section.empty)}</p>`
      : blocksHtml(section.blocks, { scope: section.id, headingLevel: 3, interactive: embedded, chart: () => '' });
    parts.push(collapsibleSection(section.id, section.title, body));
  }
  return htmlPage({ title: doc.title, embedded }, parts.join('\n'));
}
