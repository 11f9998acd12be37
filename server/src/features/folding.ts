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
  // Open blocks, outermost first: each line is pushed once and popped once, so this is linear in the text
  // (a staircase of indentation or long runs of blank lines cost no more than their length).
  const open: { start: number; indent: number; column: number; keyOnly: boolean }[] = [];
  let lastContentLine = -1;
  const holds = (block: (typeof open)[number], line: Line) =>
    line.indent > block.column || (block.keyOnly && line.dash && line.indent === block.indent && block.column === block.indent);
  const closeBlocks = (next: Line | undefined) => {
    while (open.length > 0 && (next === undefined || !holds(open[open.length - 1], next))) {
      const block = open.pop()!;
      if (lastContentLine > block.start) out.push({ startLine: block.start, endLine: lastContentLine });
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    if (line.comment) {
      // A run of comments at one indentation, read once (each line is also looked at for region markers).
      let end = i;
      while (end + 1 < lines.length && lines[end + 1].comment && lines[end + 1].indent === line.indent) end++;
      for (let k = i; k <= end; k++) {
        const text = table.lineText(k);
        if (REGION_START.test(text)) regions.push(k);
        else if (REGION_END.test(text) && regions.length > 0) out.push({ startLine: regions.pop()!, endLine: k, kind: 'region' });
      }
      if (end > i) out.push({ startLine: i, endLine: end, kind: 'comment' });
      i = end;
      continue;
    }
    // A docMarker ends every block; any other content line ends the blocks that do not hold it.
    closeBlocks(line.docMarker ? undefined : line);
    if (line.docMarker) continue;
    // A list item's content is indented past its dash; a key's, past the key, or a list at the key's column.
    open.push({ start: i, indent: line.indent, column: line.dash ? line.indent + 1 : line.indent, keyOnly: !line.dash && /:\s*(#.*)?$/.test(table.lineText(i)) });
    lastContentLine = i;
  }
  closeBlocks(undefined);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
