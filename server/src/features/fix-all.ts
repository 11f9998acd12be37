// "Fix all" as plain data: the preferred fix of every diagnostic whose code is marked `fixAll` in the
// registry (alias → canonical name, mojibake → the intended text, a duplicate entry removed), in one
// set of edits to the file itself. Guesses (did-you-mean, add the missing skills, add to a catalog)
// are never applied: they stay quick fixes for the user to choose.
import { DIAGNOSTIC_CODES } from '../model/diagnostic-codes';
import type { Position, Range, TextEdit } from '../model/types';
import type { Workspace } from '../workspace';

export function fixAllEdits(workspace: Workspace, file: string): TextEdit[] {
  if (!workspace.has(file)) return [];
  const candidates: { edits: TextEdit[]; removal: boolean }[] = [];
  for (const diagnostic of workspace.diagnostics(file)) {
    if (!(DIAGNOSTIC_CODES[diagnostic.code] as { fixAll?: true }).fixAll) continue;
    const fix = diagnostic.fixes?.find((f) => f.preferred) ?? diagnostic.fixes?.[0];
    if (!fix || fix.edits.length === 0 || fix.edits.some((e) => e.file !== undefined && e.file !== file)) continue;
    candidates.push({ edits: fix.edits.map((e) => ({ range: e.range, newText: e.newText })), removal: diagnostic.code === 'duplicate-skill' });
  }
  // A removed entry needs no other fix inside it: removals first, then every fix that touches none of them.
  candidates.sort((a, b) => Number(b.removal) - Number(a.removal));
  const accepted: TextEdit[] = [];
  for (const { edits } of candidates) {
    if (edits.some((e) => accepted.some((a) => overlaps(a.range, e.range)))) continue;
    accepted.push(...edits);
  }
  return accepted.sort((a, b) => compare(a.range.start, b.range.start));
}

function overlaps(a: Range, b: Range): boolean {
  return compare(a.start, b.end) < 0 && compare(b.start, a.end) < 0
    || compare(a.start, b.start) === 0;   // two insertions at one place, or two edits of one start
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
