// HTML building blocks shared by every Skillgap page (the candidate report, and any other report that
// renders the format-neutral outline of document.ts): the page shell with its stylesheet, collapsible
// sections, the sticky section nav, tables that stack in a narrow pane, definition lists and inline text.
// Every string from the files goes through escapeHtml; links only for vetted http(s) URLs.

import type { Block, Inline, Matrix, Table, TableColumn } from './document';
import { escapeHtml } from './escape';
import { REPORT_CSS } from './html-style';
import { themeTokens } from './html-theme';

export interface PageOptions {
  title: string;
  /** For the VS Code webview: theme variables, VS Code's own page padding, focusable rows. */
  embedded: boolean;
}

/** No request of any kind and no script: the webview's one script is added by the extension, with its own policy. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'";

/**
 * A whole document. The one <style> is marked data-skillgap and the content is the one <main>: the webview
 * replaces exactly these two on a live update, and never VS Code's own styles.
 */
export function htmlPage(options: PageOptions, main: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style data-skillgap>${themeTokens(options.embedded)}${REPORT_CSS}</style>`,
    '</head>',
    `<body class="skillgap${options.embedded ? ' embedded' : ''}">`,
    '<main>',
    main,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface NavEntry { id: string; label: string; title: string }

/** One compact line of links that stays at the top of the page; the short label, the full title on hover. */
export function sectionNav(entries: NavEntry[]): string {
  return '<nav class="toc" aria-label="Sections"><ol>' +
    entries.map((e) => `<li><a href="#${escapeHtml(e.id)}"${e.label === e.title ? '' : ` title="${escapeHtml(e.title)}"`}>${escapeHtml(e.label)}</a></li>`).join('') +
    '</ol></nav>';
}

/** A top-level section that the reader can fold; the webview remembers which ones are folded. */
export function collapsibleSection(id: string, title: string, body: string): string {
  const headingId = `${id}-heading`;
  return `<section id="${escapeHtml(id)}" class="report-section" aria-labelledby="${escapeHtml(headingId)}">\n` +
    `<details open data-section="${escapeHtml(id)}"><summary><h2 id="${escapeHtml(headingId)}">${escapeHtml(title)}</h2></summary>\n` +
    `<div class="section-body">\n${body}\n</div></details>\n</section>`;
}

export interface BlockContext {
  /** Prefix of subsection ids (the enclosing section's id). */
  scope: string;
  headingLevel: number;
  /** Rows with a source or a role are focusable and act on Enter (the webview's script handles them). */
  interactive: boolean;
  chart: (name: Extract<Block, { kind: 'chart' }>['chart']) => string;
}

export function blocksHtml(list: Block[], context: BlockContext): string {
  return list.map((block) => {
    switch (block.kind) {
      case 'paragraph': return `<p>${inlineHtml(block.content)}</p>`;
      case 'notice': return `<p class="notice tone-${block.tone}" role="note">${inlineHtml(block.content)}</p>`;
      case 'facts': {
        // Facts with a headline figure are drawn as cards (the executive summary).
        const cards = block.items.some((item) => item.emphasis !== undefined);
        return `<dl class="facts${cards ? ' cards' : ''}">${block.items.map((item) => `<div${item.emphasis === undefined ? '' : ` class="${item.emphasis}"`}><dt>${escapeHtml(item.label)}</dt><dd>${inlineHtml(item.value)}</dd></div>`).join('')}</dl>`;
      }
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
      }
      case 'table': return tableHtml(block.table, context.interactive);
      case 'chart': return context.chart(block.chart);
      case 'matrix': return matrixHtml(block.matrix, context.interactive);
      case 'subsection': {
        const id = `${context.scope}-${block.id}`;
        const level = Math.min(context.headingLevel, 6);
        return `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-heading"><h${level} id="${escapeHtml(id)}-heading">${escapeHtml(block.title)}</h${level}>` +
          `${blocksHtml(block.blocks, { ...context, scope: id, headingLevel: context.headingLevel + 1 })}</section>`;
      }
    }
  }).join('\n');
}

function columnClass(column: TableColumn | undefined, empty: boolean): string {
  const names = [column?.numeric === true ? 'num' : '', column?.nowrap === true ? 'nowrap' : '', column?.wide === true ? 'wide' : '', empty ? 'empty' : '']
    .filter((c) => c !== '');
  return names.length === 0 ? '' : ` class="${names.join(' ')}"`;
}

/** Nothing to say ('–' or no text): hidden where rows are stacked, rather than a label with no value. */
const isEmptyCell = (cell: Inline) => cell.every((span) => span.text === '' || span.text === '–');

/**
 * A table whose rows stack into cards in a narrow pane: each data cell carries its column's title
 * (data-label) for that layout. Rows with a source carry data-skill/data-file/data-line, rows that stand
 * for another role data-role; both are focusable in the webview.
 */
function tableHtml(t: Table, interactive: boolean): string {
  const head = t.columns.map((c) => `<th scope="col"${columnClass(c, false)}>${escapeHtml(c.title)}</th>`).join('');
  const rows = t.rows.map((row) => {
    const attributes = [
      row.source === undefined ? '' : ` data-skill="${escapeHtml(row.source.skill)}" data-file="${escapeHtml(row.source.file)}" data-line="${row.source.line}"`,
      row.selectRole === undefined ? '' : ` data-role="${escapeHtml(row.selectRole)}"`,
      row.open === undefined || row.source !== undefined ? '' : openAttributes(row.open),
      interactive && (row.source !== undefined || row.selectRole !== undefined || row.open !== undefined) ? ' tabindex="0"' : '',
    ].join('');
    const cells = row.cells.map((cell, i) => (i === 0
      ? `<th scope="row">${inlineHtml(cell)}</th>`
      : `<td${columnClass(t.columns[i], isEmptyCell(cell))} data-label="${escapeHtml(t.columns[i]?.title ?? '')}">${inlineHtml(cell)}</td>`)).join('');
    return `<tr${attributes}>${cells}</tr>`;
  }).join('\n');
  return `<table class="stack"><caption>${escapeHtml(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** A row or cell that opens another report (a candidate's, from the role report) in the webview. */
function openAttributes(open: { file: string; role: string }): string {
  return ` data-open-file="${escapeHtml(open.file)}" data-open-role="${escapeHtml(open.role)}"`;
}

/**
 * The heatmap: a real table (every cell states its figure and mark in text, and in full in its
 * aria-label and title) in a focusable region that scrolls on its own, so the page never scrolls
 * sideways; the candidates' names stay in view. Then a legend, and the matrix in sentences: the text
 * alternative to the colours.
 */
function matrixHtml(m: Matrix, interactive: boolean): string {
  const focus = interactive ? ' tabindex="0"' : '';
  const source = (s: { file: string; line: number } | undefined) => (s === undefined ? '' : ` data-file="${escapeHtml(s.file)}" data-line="${s.line}"${focus}`);
  const head = m.columns.map((c) => `<th scope="col"${source(c.source)}><span class="matrix-col" title="${escapeHtml(`${c.title} (${c.detail})`)}">${escapeHtml(c.title)}</span>` +
    `<span class="matrix-detail">${escapeHtml(c.detail)}</span></th>`).join('');
  const rows = m.rows.map((r) => {
    const cells = r.cells.map((c) => `<td class="heat heat-${c.heat}" aria-label="${escapeHtml(c.label)}" title="${escapeHtml(c.label)}"${source(c.source)}>` +
      `${escapeHtml(c.text)}${c.option === undefined ? '' : ` <span class="matrix-option">${escapeHtml(c.option)}</span>`}</td>`).join('');
    return `<tr><th scope="row"${r.open === undefined ? '' : `${openAttributes(r.open)}${focus}`}>${inlineHtml(r.header)}</th>${cells}</tr>`;
  }).join('\n');
  const caption = escapeHtml(m.caption);
  return `<div class="matrix-wrap" role="region" aria-label="${caption}" tabindex="0"><table class="matrix"><caption>${caption}</caption>` +
    `<thead><tr><th scope="col" class="matrix-corner">${escapeHtml(m.corner)}</th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>` +
    `<p class="matrix-legend">${inlineHtml(m.legend)}</p>` +
    `<details class="matrix-words"><summary>The matrix in words</summary><ul>${m.inWords.map((w) => `<li>${inlineHtml(w)}</li>`).join('')}</ul></details>`;
}

function inlineHtml(content: Inline): string {
  return content.map((span) => {
    let html = escapeHtml(span.text);
    if (span.strong === true) html = `<strong>${html}</strong>`;
    if (span.tone !== undefined) html = `<span class="tone-${span.tone}">${html}</span>`;
    if (span.href !== undefined) html = `<a href="${escapeHtml(span.href)}" rel="noopener noreferrer" target="_blank">${html}</a>`;
    return html;
  }).join('');
}
