import { LineTable } from '../../../server/src/model/ranges';
import type { Fix } from '../../../server/src/model/types';

/** Applies one fix's edits for `file` to its text, the way an editor would (last edit first). */
export function applyFix(text: string, fix: Fix, file?: string): string {
  const lines = new LineTable(text);
  const offset = (p: { line: number; character: number }) => lines.lineStart(p.line) + p.character;
  const edits = fix.edits.filter((e) => e.file === file).map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText }));
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
