// Terminal text: headings, aligned columns, word wrapping at `width`; ANSI colour only when asked.

import type { ReportModel } from '../analysis/report-model';
import { buildDocument } from './content';
import type { Block, Inline, ReportDocument, Span, Table, Tone } from './document';
import { matrixKey, matrixTable } from './document';
import { escapeTerminal } from './escape';

export interface TextOptions {
  color?: boolean;
  /** Wrap width in columns (default 100, at least 40). */
  width?: number;
}

interface Style { color: boolean }
interface Line { text: string; width: number }       // rendered text (maybe with ANSI) and its visible width

const TONE_CODE: Record<Tone, [string, string]> = { good: ['32', '39'], bad: ['31', '39'], warn: ['33', '39'], muted: ['2', '22'] };

export function renderText(model: ReportModel, options: TextOptions = {}): string {
  return textDocument(buildDocument(model), options);
}

/** Any report document (the candidate report, the role report) as terminal text. */
export function textDocument(doc: ReportDocument, options: TextOptions = {}): string {
  const width = Math.max(40, Math.floor(options.width ?? 100));
  const style: Style = { color: options.color === true };
  const out: string[] = [
    paint(clean(doc.title).toUpperCase(), style, '1', '22'),
    ...wrap([{ text: doc.subtitle }], width, style).map((l) => l.text),
    ...wrap([{ text: doc.meta, tone: 'muted' }], width, style).map((l) => l.text),
  ];
  if (doc.banner) {
    out.push('', ...hanging('! ', [{ text: doc.banner.title, tone: 'bad', strong: true }], width, style));
    for (const item of doc.banner.items) out.push(...hanging('  ', [{ text: item.where, strong: true }, { text: ` ${item.text}` }], width, style));
  }
  doc.sections.forEach((section, i) => {
    const heading = `${i + 1}. ${clean(section.title)}`;
    out.push('', paint(heading, style, '1', '22'), '═'.repeat(Math.min(width, visibleWidth(heading))));
    if (section.empty !== undefined) out.push(...wrap([{ text: section.empty, tone: 'muted' }], width, style).map((l) => l.text));
    else out.push(...blocks(section.blocks, width, style));
  });
  return out.map((line) => line.trimEnd()).join('\n') + '\n';
}

function blocks(list: Block[], width: number, style: Style): string[] {
  const out: string[] = [];
  for (const block of list) {
    if (block.kind === 'chart') continue;                          // its data is in the next table
    if (out.length > 0) out.push('');
    switch (block.kind) {
      case 'paragraph': out.push(...lines(wrap(block.content, width, style))); break;
      case 'notice': out.push(...hanging(block.tone === 'warn' || block.tone === 'bad' ? '! ' : 'Note: ', block.content.map((s) => ({ ...s, tone: s.tone ?? block.tone })), width, style)); break;
      case 'facts': {
        const labelWidth = Math.max(...block.items.map((item) => visibleWidth(clean(item.label)))) + 2;
        for (const item of block.items) out.push(...hanging(clean(item.label).padEnd(labelWidth), item.value, width, style));
        break;
      }
      case 'list': block.items.forEach((item, i) => out.push(...hanging(block.ordered ? `${i + 1}. ` : '• ', item, width, style, 2))); break;
      case 'table': out.push(...table(block.table, width, style)); break;
      case 'matrix': {
        // Numbered columns, one space apart, no anyOf option names: a matrix fits a terminal; the key, legend and sentences say the rest.
        const m = block.matrix;
        out.push(...table(matrixTable(m, true), width, style, 1), '', ...lines(wrap(matrixKey(m), width, style)), '', ...lines(wrap(m.legend, width, style)), '');
        for (const row of m.inWords) out.push(...hanging('• ', row, width, style, 2));
        break;
      }
      case 'subsection': out.push(paint(clean(block.title), style, '1', '22'), '─'.repeat(Math.min(width, visibleWidth(clean(block.title)))), ...blocks(block.blocks, width, style)); break;
    }
  }
  return out;
}

/** A prefix (bullet, label) followed by wrapped text whose later lines align under the first. */
function hanging(prefix: string, content: Inline, width: number, style: Style, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  const inner = indent + visibleWidth(prefix);
  return wrap(content, width - inner, style).map((l, i) => (i === 0 ? pad + prefix : ' '.repeat(inner)) + l.text);
}

function table(t: Table, width: number, style: Style, gap = 2): string[] {
  const plain = (cell: Inline) => cell.map(spanText).join('');
  const widths = t.columns.map((c, i) => Math.max(visibleWidth(c.title), ...t.rows.map((r) => visibleWidth(plain(r.cells[i] ?? [])))));
  const budget = width - gap * (widths.length - 1);
  // Narrow the widest column until the table fits (cells then wrap), never below 6 columns.
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= 6) break;
    widths[widest]--;
  }
  const row = (cells: Inline[]): string[] => {
    const wrapped = cells.map((cell, i) => wrap(cell, widths[i], style));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const result: string[] = [];
    for (let k = 0; k < height; k++) {
      result.push(wrapped.map((w, i) => {
        const l = w[k] ?? { text: '', width: 0 };
        const fill = ' '.repeat(Math.max(0, widths[i] - l.width));
        return t.columns[i]?.numeric === true ? fill + l.text : l.text + fill;
      }).join(' '.repeat(gap)));
    }
    return result;
  };
  return [
    ...lines(wrap([{ text: t.caption, tone: 'muted' }], width, style)),
    ...row(t.columns.map((c) => [{ text: c.title, strong: true }])),
    widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap)),
    ...t.rows.flatMap((r) => row(r.cells)),
  ];
}

function spanText(span: Span): string {
  return clean(span.href !== undefined && span.href !== span.text ? `${span.text} <${span.href}>` : span.text);
}

/** Strings from the files may hold ESC sequences or line breaks: shown as visible escapes (`\x1b`, `\n`). */
const clean = escapeTerminal;

interface Piece { text: string; span: Span }

const PLAIN: Span = { text: ' ' };

/** Greedy word wrap over styled spans; words longer than the width are split. */
function wrap(content: Inline, width: number, style: Style): Line[] {
  const words: Piece[][] = [];
  const spaceBefore: boolean[] = [];
  let pendingSpace = false;
  for (const span of content) {
    for (const part of spanText(span).replace(/\s+/g, ' ').split(/( )/)) {
      if (part === '') continue;
      if (part === ' ') { pendingSpace = true; continue; }
      if (pendingSpace || words.length === 0) { words.push([]); spaceBefore.push(pendingSpace && words.length > 1); }
      words[words.length - 1].push({ text: part, span });
      pendingSpace = false;
    }
  }
  const out: Line[] = [];
  let current: Piece[] = [];
  let currentWidth = 0;
  const flush = () => { out.push(render(current, style)); current = []; currentWidth = 0; };
  words.forEach((word, i) => {
    const wordWidth = word.reduce((sum, p) => sum + visibleWidth(p.text), 0);
    const space = current.length > 0 && spaceBefore[i] ? 1 : 0;
    let pendingGap = false;
    if (current.length > 0 && currentWidth + space + wordWidth > width) flush();
    else if (space === 1) { pendingGap = true; currentWidth++; }
    for (const piece of word) {
      for (const ch of Array.from(piece.text)) {
        if (currentWidth >= width) { flush(); pendingGap = false; }
        const last = current[current.length - 1];
        // A space inside one span keeps that span's style, so a coloured phrase is painted once.
        const gap = pendingGap ? ' ' : '';
        if (last !== undefined && last.span === piece.span) last.text += gap + ch;
        else {
          if (gap !== '') current.push({ text: gap, span: PLAIN });
          current.push({ text: ch, span: piece.span });
        }
        pendingGap = false;
        currentWidth++;
      }
    }
  });
  if (current.length > 0 || out.length === 0) flush();
  return out;
}

function render(pieces: Piece[], style: Style): Line {
  return {
    text: pieces.map((p) => {
      let s = p.text;
      if (p.span.tone !== undefined) s = paint(s, style, ...TONE_CODE[p.span.tone]);
      return p.span.strong === true ? paint(s, style, '1', '22') : s;
    }).join(''),
    width: pieces.reduce((sum, p) => sum + visibleWidth(p.text), 0),
  };
}

function lines(list: Line[]): string[] {
  return list.map((l) => l.text);
}

function paint(value: string, style: Style, on: string, off: string): string {
  return style.color ? `\u001b[${on}m${value}\u001b[${off}m` : value;
}

/** Columns a string takes: one per code point (the report's text is not East Asian wide). */
function visibleWidth(value: string): number {
  return Array.from(value).length;
}
