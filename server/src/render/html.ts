// The HTML report: one self-contained document for both the VS Code webview and export. No external
// request of any kind; every string from the files goes through escapeHtml; links only for http(s).

import type { ReportModel } from '../analysis/report-model';
import { levelsChart, roadmapChart } from './charts';
import { buildDocument } from './content';
import type { Block, Inline, Matrix, ReportDocument, Table } from './document';
import { escapeHtml } from './escape';
import { REPORT_CSS } from './html-style';

export interface HtmlOptions {
  /** For the VS Code webview: compact layout, clickable source rows (with a nonce). */
  embedded?: boolean;
  /** Allows the one inline script (row -> reveal line in the editor); without it the page has no script. */
  nonce?: string;
  /** The webview's `cspSource`, allowed for styles. */
  cspSource?: string;
}

export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  return htmlDocument(buildDocument(model), options, { levels: () => levelsChart(model), roadmap: () => roadmapChart(model) });
}

/** Any report document (the candidate report, the role report) as one self-contained page. */
export function htmlDocument(doc: ReportDocument, options: HtmlOptions = {}, charts: Partial<Charts> = {}): string {
  const body: string[] = [
    '<header class="report-header">',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    `<p class="meta">${escapeHtml(doc.meta)}</p>`,
    '<nav class="toc" aria-label="Sections"><ol>',
    ...doc.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`),
    '</ol></nav>',
    '</header>',
  ];
  for (const section of doc.sections) {
    const headingId = `${section.id}-heading`;
    body.push(`<section id="${escapeHtml(section.id)}" aria-labelledby="${escapeHtml(headingId)}">`);
    body.push(`<h2 id="${escapeHtml(headingId)}">${escapeHtml(section.title)}</h2>`);
    body.push(section.empty !== undefined
      ? `<p class="empty">${escapeHtml(section.empty)}</p>`
      : blocks(section.blocks, section.id, 3, charts, options.nonce !== undefined));
    body.push('</section>');
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body${options.embedded === true ? ' class="embedded"' : ''}>`,
    '<main>',
    ...body,
    '</main>',
    options.nonce === undefined ? '' : `<script nonce="${escapeHtml(options.nonce)}">${REVEAL_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].filter((line) => line !== '').join('\n') + '\n';
}

function contentSecurityPolicy(options: HtmlOptions): string {
  const styles = ["'unsafe-inline'", options.cspSource].filter((s) => s !== undefined).join(' ');
  const scripts = options.nonce === undefined ? "'none'" : `'nonce-${options.nonce}'`;
  return `default-src 'none'; style-src ${styles}; img-src data:; script-src ${scripts}`;
}

/** Webview only: a row with a source asks the extension to reveal that line (message contract below). */
const REVEAL_SCRIPT = `
(function () {
  if (typeof acquireVsCodeApi !== 'function') return;
  var vscode = acquireVsCodeApi();
  function reveal(row) {
    vscode.postMessage({ type: 'reveal', skill: row.dataset.skill, file: row.dataset.file, line: Number(row.dataset.line) });
  }
  document.addEventListener('click', function (event) {
    var row = event.target instanceof Element ? event.target.closest('tr[data-line]') : null;
    if (row && !(event.target instanceof Element && event.target.closest('a'))) reveal(row);
  });
  document.addEventListener('keydown', function (event) {
    var row = event.target instanceof Element ? event.target.closest('tr[data-line]') : null;
    if (row && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); reveal(row); }
  });
})();
`;

type Charts = Record<'levels' | 'roadmap', () => string>;

const NO_CHART = () => '';

function blocks(list: Block[], scope: string, headingLevel: number, charts: Partial<Charts>, interactive: boolean): string {
  return list.map((block) => {
    switch (block.kind) {
      case 'paragraph': return `<p>${inline(block.content)}</p>`;
      case 'notice': return `<p class="notice tone-${block.tone}" role="note">${inline(block.content)}</p>`;
      case 'facts': return `<dl class="facts">${block.items.map((item) => `<div${item.emphasis === undefined ? '' : ` class="${item.emphasis}"`}><dt>${escapeHtml(item.label)}</dt><dd>${inline(item.value)}</dd></div>`).join('')}</dl>`;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
      }
      case 'table': return table(block.table, interactive);
      case 'chart': return `<figure class="chart-figure">${(charts[block.chart] ?? NO_CHART)()}</figure>`;
      case 'matrix': return matrix(block.matrix, interactive);
      case 'subsection': {
        const id = `${scope}-${block.id}`;
        const level = Math.min(headingLevel, 6);
        return `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-heading"><h${level} id="${escapeHtml(id)}-heading">${escapeHtml(block.title)}</h${level}>` +
          `${blocks(block.blocks, id, headingLevel + 1, charts, interactive)}</section>`;
      }
    }
  }).join('\n');
}

/** Rows with a source carry data-skill/data-file/data-line; focusable only when the reveal script runs. */
function table(t: Table, interactive: boolean): string {
  const cls = (column: Table['columns'][number] | undefined) => {
    const names = [column?.numeric === true ? 'num' : '', column?.nowrap === true ? 'nowrap' : ''].filter((c) => c !== '');
    return names.length === 0 ? '' : ` class="${names.join(' ')}"`;
  };
  const head = t.columns.map((c) => `<th scope="col"${cls(c)}>${escapeHtml(c.title)}</th>`).join('');
  const rows = t.rows.map((row) => {
    const source = row.source === undefined ? openAttributes(row.open, interactive)
      : ` data-skill="${escapeHtml(row.source.skill)}" data-file="${escapeHtml(row.source.file)}" data-line="${row.source.line}"${interactive ? ' tabindex="0"' : ''}`;
    const cells = row.cells.map((cell, i) => (i === 0
      ? `<th scope="row">${inline(cell)}</th>`
      : `<td${cls(t.columns[i])}>${inline(cell)}</td>`)).join('');
    return `<tr${source}>${cells}</tr>`;
  }).join('\n');
  return `<div class="table-wrap"><table><caption>${escapeHtml(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

/** A row that opens another report (a candidate's, from the role report) when clicked in the webview. */
function openAttributes(open: Table['rows'][number]['open'], interactive: boolean): string {
  return open === undefined ? '' : ` data-open-file="${escapeHtml(open.file)}" data-open-role="${escapeHtml(open.role)}"${interactive ? ' tabindex="0"' : ''}`;
}

/**
 * The heatmap: a real table (every cell states its figure and mark in text, and in full in its
 * aria-label and title) in a focusable region that scrolls on its own, so the page never scrolls
 * sideways; a legend; and the matrix in sentences, the text alternative to the colours.
 */
function matrix(m: Matrix, interactive: boolean): string {
  const focus = interactive ? ' tabindex="0"' : '';
  const head = m.columns.map((c) => {
    const source = c.source === undefined ? '' : ` data-file="${escapeHtml(c.source.file)}" data-line="${c.source.line}"${focus}`;
    return `<th scope="col"${source}><span class="matrix-col" title="${escapeHtml(`${c.title} (${c.detail})`)}">${escapeHtml(c.title)}</span><span class="matrix-detail">${escapeHtml(c.detail)}</span></th>`;
  }).join('');
  const rows = m.rows.map((r) => {
    const cells = r.cells.map((c) => {
      const source = c.source === undefined ? '' : ` data-file="${escapeHtml(c.source.file)}" data-line="${c.source.line}"${focus}`;
      return `<td class="heat heat-${c.heat}" aria-label="${escapeHtml(c.label)}" title="${escapeHtml(c.label)}"${source}>${escapeHtml(c.text)}${c.option === undefined ? '' : ` <span class="matrix-option">${escapeHtml(c.option)}</span>`}</td>`;
    }).join('');
    return `<tr><th scope="row"${openAttributes(r.open, interactive)}>${inline(r.header)}</th>${cells}</tr>`;
  }).join('\n');
  const caption = escapeHtml(m.caption);
  return `<div class="matrix-wrap" role="region" aria-label="${caption}" tabindex="0"><table class="matrix"><caption>${caption}</caption>` +
    `<thead><tr><th scope="col" class="matrix-corner">${escapeHtml(m.corner)}</th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>` +
    `<p class="matrix-legend">${inline(m.legend)}</p>` +
    `<details class="matrix-words"><summary>The matrix in words</summary><ul>${m.inWords.map((w) => `<li>${inline(w)}</li>`).join('')}</ul></details>`;
}

function inline(content: Inline): string {
  return content.map((span) => {
    let html = escapeHtml(span.text);
    if (span.strong === true) html = `<strong>${html}</strong>`;
    if (span.tone !== undefined) html = `<span class="tone-${span.tone}">${html}</span>`;
    if (span.href !== undefined) html = `<a href="${escapeHtml(span.href)}" rel="noopener noreferrer" target="_blank">${html}</a>`;
    return html;
  }).join('');
}
