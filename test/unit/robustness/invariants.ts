// What must hold for ANY input: diagnostics (and their fixes' edits) point inside the text they
// belong to, and carry a code from the contract. Returns the violations as readable strings so a
// failing fuzz case says what is wrong where.
import { LineTable } from '../../../server/src/model/ranges';
import { DIAGNOSTIC_CODE_LIST } from '../../../server/src/model/diagnostic-codes';
import type { Diagnostic, Range } from '../../../server/src/model/types';

const KNOWN_CODES: ReadonlySet<string> = new Set(DIAGNOSTIC_CODE_LIST);

/** Why `range` is not a valid range of `text` (0 ≤ line < lineCount, character ≤ line length, start ≤ end), or undefined. */
export function rangeProblem(text: string, range: Range): string | undefined {
  const lines = new LineTable(text);
  const lineLength = (line: number) => lines.lineEnd(line) - lines.lineStart(line);
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `${name} is not integral: ${JSON.stringify(p)}`;
    if (p.line < 0 || p.line >= lines.lineCount) return `${name} line ${p.line} outside 0..${lines.lineCount - 1}`;
    if (p.character < 0 || p.character > lineLength(p.line)) return `${name} character ${p.character} outside 0..${lineLength(p.line)} on line ${p.line}`;
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ordered ? undefined : `start after end: ${JSON.stringify(range)}`;
}

/**
 * Every violation in `diagnostics` of `file` (whose text is `text`). Fix edits for other files are
 * checked against `textOf(thatFile)`; an edit to a file the caller does not know is a violation too.
 */
export function diagnosticProblems(text: string, diagnostics: readonly Diagnostic[], textOf: (file: string) => string | undefined = () => undefined): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.code} '${d.message}'`;
    if (!KNOWN_CODES.has(d.code)) out.push(`${where}: unknown code`);
    if (typeof d.message !== 'string' || d.message.trim() === '') out.push(`${where}: empty message`);
    const bad = rangeProblem(text, d.range);
    if (bad) out.push(`${where}: ${bad}`);
    for (const fix of d.fixes ?? []) {
      for (const edit of fix.edits) {
        const target = edit.file === undefined ? text : textOf(edit.file);
        if (target === undefined) { out.push(`${where}: fix '${fix.title}' edits unknown file ${edit.file}`); continue; }
        const badEdit = rangeProblem(target, edit.range);
        if (badEdit) out.push(`${where}: fix '${fix.title}' edit ${badEdit}`);
      }
    }
  }
  return out;
}

/** Runs `call`, returning its value (or what it threw) and how long it took. */
export function timed<T>(call: () => T): { value?: T; error?: unknown; ms: number } {
  const start = performance.now();
  try {
    const value = call();
    return { value, ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}
