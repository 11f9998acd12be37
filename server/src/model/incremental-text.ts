// Text and position helpers for incremental re-parsing: where an edit is, how many line breaks it
// adds, reading a slice of the file with the file's line numbers, and moving reused results down.
import { LineTable } from './ranges';
import type { Diagnostic, ParsedDocument, Position } from './types';

export interface Edit {
  /** First offset where the old and new texts differ. */
  start: number;
  /** End of the replaced span in the old text, and of its replacement in the new text. */
  oldEnd: number;
  newEnd: number;
}

/** The smallest span whose replacement turns `before` into `after` (common prefix and suffix kept). */
export function findEdit(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  // Whole blocks first: V8 compares substrings natively, ~10× faster than a loop over characters.
  let start = 0;
  while (start + BLOCK <= shorter && before.substr(start, BLOCK) === after.substr(start, BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = shorter - start;
  let suffix = 0;
  while (suffix + BLOCK <= room && before.substr(before.length - suffix - BLOCK, BLOCK) === after.substr(after.length - suffix - BLOCK, BLOCK)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

const BLOCK = 4096;

/** Line breaks ending in [from, to): \n, \r\n (counted at its \n) and a lone \r, as LineTable counts them. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** How many lines an edit adds (negative: removes). A \r just before the edit may pair with what follows. */
export function lineDelta(before: string, after: string, edit: Edit): number {
  const from = edit.start - 1;
  return countBreaks(after, from, edit.newEnd) - countBreaks(before, from, edit.oldEnd);
}

export function isLineStart(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const c = text.charCodeAt(offset - 1);
  return c === 10 || (c === 13 && text.charCodeAt(offset) !== 10);
}

/** A `---` document marker at `offset`: at a line start, followed by a space, a tab, a line break or the end. */
export function isDocumentMarker(text: string, offset: number): boolean {
  if (!isLineStart(text, offset) || !text.startsWith('---', offset)) return false;
  const next = text.charCodeAt(offset + 3);
  return Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13;
}

/** A LineTable for a slice of a file whose first line is line `firstLine` of the file. */
export class ShiftedLines extends LineTable {
  constructor(text: string, private readonly firstLine: number) {
    super(text);
  }

  override position(offset: number): Position {
    const p = super.position(offset);
    return { line: p.line + this.firstLine, character: p.character };
  }

  override lineEnd(line: number): number {
    return super.lineEnd(line - this.firstLine);
  }

  override lineStart(line: number): number {
    return super.lineStart(line - this.firstLine);
  }
}

/**
 * Moves every position reachable from `value` by `delta` lines, in place, when its line is at least
 * `fromLine`. Typed documents and their strings never share a Position between two ranges (only a
 * range's start may be its end: an empty range); diagnostics do (a fix reuses its diagnostic's range),
 * so for those pass `seen`, which makes each Position move once — a Set costs 2–3× the walk.
 */
export function shiftPositions(value: unknown, delta: number, fromLine: number, seen?: Set<object>): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) shiftPositions(v, delta, fromLine, seen);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.line === 'number' && typeof o.character === 'number') {
    if (o.line >= fromLine && !seen?.has(o)) {
      seen?.add(o);
      o.line += delta;
    }
    return;
  }
  if (!seen && o.start !== undefined && o.start === o.end) {
    shiftPositions(o.start, delta, fromLine);
    return;
  }
  for (const key in o) shiftPositions(o[key], delta, fromLine, seen);
}

/**
 * Moves whole documents; the positions a diagnostic may share with them (a missing or unknown `kind`
 * is reported on the document's kindRange object) are added to `seen`, so shiftDiagnostics skips them.
 */
export function shiftDocuments(documents: ParsedDocument[], delta: number, seen: Set<object>): void {
  for (const d of documents) {
    shiftPositions(d, delta, -Infinity);
    seen.add(d.kindRange.start).add(d.kindRange.end);
  }
}

const FIRST_ON_LINE = /\(first on line (\d+)\)$/;

/**
 * Moves diagnostics (all at or after `fromLine`) down, and the line a duplicate-key message quotes when
 * that line moved too (the first key may sit before the edit: a root key repeated after a long list).
 */
export function shiftDiagnostics(diagnostics: Diagnostic[], delta: number, fromLine: number, seen: Set<object>): void {
  if (delta === 0) return;
  for (const d of diagnostics) {
    shiftPositions(d, delta, -Infinity, seen);
    if (d.data?.yamlCode === 'DUPLICATE_KEY') {
      d.message = d.message.replace(FIRST_ON_LINE, (whole, n: string) => (Number(n) - 1 >= fromLine ? `(first on line ${Number(n) + delta})` : whole));
    }
  }
}

/** Index of the last element whose key is ≤ value (-1 when none), for arrays sorted by key. */
export function lastAtOrBefore<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
