// Offsets → 0-based line/UTF-16 character positions. One table per text, binary search per lookup,
// so converting every node of a large file stays O(n log n).
import type { Position, Range } from './types';

export class LineTable {
  /** Offset at which each line starts. Line breaks are \n, \r\n and a lone \r, as in LSP. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) this.starts.push(i + 1);
      else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    // An offset between the \r and \n of a CRLF (the yaml parser reports some errors there) is not a
    // valid position: it is the end of the line.
    const between = clamped > this.starts[lo] && this.text.charCodeAt(clamped) === 10 && this.text.charCodeAt(clamped - 1) === 13;
    return { line: lo, character: clamped - this.starts[lo] - (between ? 1 : 0) };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The offset of a position, clamped to the text and to the position's line. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  /**
   * The nearest position inside the text: a line past the end is the end of the last line, a character
   * past the line's end its end, fractions rounded down, negatives 0. A client's position is clamped
   * before any work, so `line: 2147483647` costs nothing (a walk up from it took minutes).
   */
  clamp(position: Position): Position {
    const whole = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
    const line = Math.min(whole(position.line), this.starts.length - 1);
    return { line, character: Math.min(whole(position.character), this.lineEnd(line) - this.starts[line]) };
  }

  /** The text of a line, without its line break. */
  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }
}

/** The newest texts' line tables: hover, completion and the position clamp ask for the same text's lines on every request. */
const recentTables: LineTable[] = [];
const RECENT_TABLES = 2;

/** A line table of `text`, shared with other callers (a LineTable is never changed after it is built). */
export function linesOfText(text: string): LineTable {
  const known = recentTables.find((t) => t.text === text);
  if (known) return known;
  const table = new LineTable(text);
  recentTables.unshift(table);
  if (recentTables.length > RECENT_TABLES) recentTables.pop();
  return table;
}
