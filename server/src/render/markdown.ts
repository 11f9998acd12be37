// GitHub-flavoured Markdown. Charts are HTML-only; their data is in the tables that follow them.

import type { ReportModel } from '../analysis/report-model';
import { buildDocument } from './content';
import type { Block, Inline, ReportDocument, Table } from './document';
import { matrixTable } from './document';
import { escapeMarkdownInline, escapeMarkdownLineStart, markdownLink } from './escape';

export function renderMarkdown(model: ReportModel): string {
  return markdownDocument(buildDocument(model));
}

/** Any report document (the candidate report, the role report) as Markdown. */
export function markdownDocument(doc: ReportDocument): string {
  const out: string[] = [`# ${inlineText([{ text: doc.title }])}`, '', line([{ text: doc.subtitle }]), '', line([{ text: doc.meta }])];
  if (doc.banner) {
    out.push('', `> **Warning:** ${inlineText([{ text: doc.banner.title }])}`, '>',
      ...doc.banner.items.map((item) => `> - ${inlineText([{ text: item.where, strong: true }, { text: ` ${item.text}` }])}`));
  }
  for (const section of doc.sections) {
    out.push('', `## ${inlineText([{ text: section.title }])}`, '');
    if (section.empty !== undefined) out.push(line([{ text: section.empty }]));
    else out.push(...blocks(section.blocks, 3));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function blocks(list: Block[], headingLevel: number): string[] {
  const out: string[] = [];
  for (const block of list) {
    if (out.length > 0) out.push('');
    switch (block.kind) {
      case 'paragraph': out.push(line(block.content)); break;
      case 'notice': out.push(`> **${block.tone === 'warn' || block.tone === 'bad' ? 'Warning' : 'Note'}:** ${inlineText(block.content)}`); break;
      case 'facts': out.push(...block.items.map((item) => `- **${inlineText([{ text: item.label }])}:** ${inlineText(item.value)}`)); break;
      case 'list': out.push(...block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${line(item)}`)); break;
      case 'table': out.push(...table(block.table)); break;
      case 'matrix': out.push(...table(matrixTable(block.matrix)), '', line(block.matrix.legend)); break;
      case 'chart': out.pop(); break;                                // nothing to draw; drop the blank line
      case 'subsection': out.push(`${'#'.repeat(headingLevel)} ${inlineText([{ text: block.title }])}`, '', ...blocks(block.blocks, headingLevel + 1)); break;
    }
  }
  return out;
}

function table(t: Table): string[] {
  const cell = (content: Inline) => inlineText(content, true) || ' ';
  return [
    `*${inlineText([{ text: t.caption }])}*`,
    '',
    `| ${t.columns.map((c) => cell([{ text: c.title }])).join(' | ')} |`,
    `| ${t.columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`,
    ...t.rows.map((row) => `| ${row.cells.map(cell).join(' | ')} |`),
  ];
}

function line(content: Inline): string {
  return escapeMarkdownLineStart(inlineText(content));
}

function inlineText(content: Inline, inTableCell = false): string {
  return content.map((span) => {
    if (span.text === '') return '';
    const out = span.href !== undefined ? markdownLink(span.text, span.href, inTableCell) : escapeMarkdownInline(span.text, inTableCell);
    if (span.strong !== true) return out;
    // Emphasis must hug its text ("**Goals: **" is not bold), so edge spaces go outside the markers.
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(out) ?? ['', '', out, ''];
    return core === '' ? out : `${lead}**${core}**${trail}`;
  }).join('');
}
