// Folding ranges as plain data: one per YAML document (from its `---` line, or its first line), one per
// block that spans lines — a key whose value is indented under it (or a list at the key's own
// indentation, which YAML allows), a list item with lines under its dash — runs of comment lines, and
// `# region` … `# endregion` markers (as the language configuration declares them).
// Read from the text's indentation, line by line: no parse, so it costs nothing on a large file, and
// it is what the editor's own indentation folding would offer, plus documents and comment runs.
import { LineTable } from '../model/ranges';
import type { ParsedFile } from '../model/types';

export interface FoldingRangeData { startLine: number; endLine: number; kind?: 'comment' | 'region' }

const REGION_START = /^\s*#\s*region\b/;
const REGION_END = /^\s*#\s*endregion\b/;

interface Line { indent: number; dash: boolean; comment: boolean; blank: boolean; docMarker: boolean }

function readLine(text: string): Line {
  const indent = text.search(/[^ ]/);
  if (indent < 0 || text.trim() === '') return { indent: 0, dash: false, comment: false, blank: true, docMarker: false };
  const rest = text.slice(indent);
  return {
    indent,
    dash: /^-( |$)/.test(rest),
    comment: rest.startsWith('#'),
    blank: false,
    docMarker: indent === 0 && /^(---|\.\.\.)( |$)/.test(rest),
  };
}

export function foldingRanges(parsed: ParsedFile): FoldingRangeData[] {
  const table = new LineTable(parsed.text);
  const lines: Line[] = [];
  for (let i = 0; i < table.lineCount; i++) lines.push(readLine(table.lineText(i)));
  const out: FoldingRangeData[] = [];
  const lastContent = (from: number, to: number) => {
    let end = to;
    while (end > from && (lines[end].blank || lines[end].docMarker)) end--;
    return end;
  };

  // Documents: from the `---` line (or the first line) to the document's last line with content.
  const starts: number[] = [];
  lines.forEach((l, i) => { if (l.docMarker && /^---/.test(table.lineText(i))) starts.push(i); });
  if (starts[0] !== 0) starts.unshift(0);
  for (let d = 0; d < starts.length; d++) {
    const end = lastContent(starts[d], (starts[d + 1] ?? lines.length) - 1);
    if (end > starts[d] && starts.length > 1) out.push({ startLine: starts[d], endLine: end });
  }

  const regions: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank || line.docMarker) continue;
    if (line.comment && REGION_START.test(table.lineText(i))) regions.push(i);
    else if (line.comment && REGION_END.test(table.lineText(i)) && regions.length > 0) out.push({ startLine: regions.pop()!, endLine: i, kind: 'region' });
    if (line.comment) {
      let end = i;
      while (end + 1 < lines.length && lines[end + 1].comment && lines[end + 1].indent === line.indent) end++;
      if (end > i) out.push({ startLine: i, endLine: end, kind: 'comment' });
      continue;
    }
    // A list item's content is indented past its dash; a key's, past the key, or a list at the key's column.
    const column = line.dash ? line.indent + 1 : line.indent;
    const keyOnly = !line.dash && /:\s*(#.*)?$/.test(table.lineText(i));
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j];
      if (next.docMarker) break;
      if (next.blank || next.comment) continue;
      if (next.indent > column || (keyOnly && next.indent === line.indent && next.dash && column === line.indent)) end = j;
      else break;
    }
    end = lastContent(i, end);
    if (end > i) out.push({ startLine: i, endLine: end });
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
