import { parseSkillsFile } from '../../../server/src/model';
import type { Diagnostic, Range } from '../../../server/src/model';

export function at(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Diagnostics as "line:char-line:char message" (0-based), in file order. */
export function problems(text: string): string[] {
  return parseSkillsFile('test.skills.yaml', text).diagnostics.map((d: Diagnostic) => `${at(d.range)} ${d.message}`);
}

/** Lines joined with \n, so expected positions can be read off the array index. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
