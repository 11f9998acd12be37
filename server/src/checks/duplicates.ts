// duplicate-skill: the same skill twice in one list, also when written under two names.
import { normalizeSkillName, type SkillCatalog } from '../catalog';
import type { Diagnostic, Range, Spanned } from '../model/types';
import { coded } from '../model/diagnostic-codes';

export interface ListedSkill { name: Spanned<string>; itemRange: Range }

/** Key that identifies a skill: its catalog id, or its normalized text when unknown. */
function skillKey(written: string, catalog: SkillCatalog): string {
  const r = catalog.resolve(written);
  if (r.status === 'exact' || r.status === 'alias') return `id:${r.entry.id}`;
  return `text:${normalizeSkillName(written)}`;
}

export function checkDuplicateSkills(items: readonly ListedSkill[], catalog: SkillCatalog, lines: Lines, file: string): Diagnostic[] {
  const first = new Map<string, ListedSkill>();
  const out: Diagnostic[] = [];
  for (const item of items) {
    const key = skillKey(item.name.value, catalog);
    const earlier = first.get(key);
    if (!earlier) { first.set(key, item); continue; }
    const r = catalog.resolve(item.name.value);
    const display = r.status === 'exact' || r.status === 'alias' ? r.entry.name : item.name.value;
    const line = earlier.name.range.start.line + 1;
    const as = earlier.name.value === item.name.value ? '' : ` as '${earlier.name.value}'`;
    out.push({
      range: item.name.range, ...coded('duplicate-skill'),
      message: `${display} is listed twice (${as ? `${as.trim()} ` : ''}on line ${line})`,
      data: { firstLine: earlier.name.range.start.line },
      related: [{ file, range: earlier.name.range, message: `first listed here as '${earlier.name.value}'` }],
      fixes: [{ title: `Remove this ${display} entry`, edits: [{ range: removal(item.itemRange, lines), newText: '' }], preferred: true }],
    });
  }
  return out;
}

type Lines = { text(line: number): string; count: number };

/** What to delete to remove a list item: its whole lines in a block list, the item and one separator in a flow one. */
function removal(range: Range, lines: Lines): Range {
  const before = lines.text(range.start.line).slice(0, range.start.character);
  const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  const after = range.end.line === lastLine ? lines.text(lastLine).slice(range.end.character) : '';
  // Alone on its lines (a block item, or a flow item with only its comma after it): the lines go.
  return /^\s*-?\s*$/.test(before) && /^\s*,?\s*(#.*)?$/.test(after) ? wholeLines(range, lines) : flowItem(range, lines);
}

/**
 * The item and the comma before it (`[A, B, C]` → `[A, C]`), or after it when no comma precedes on the
 * way back to the previous item (`[B, C]` → `[C]`): deleting the item alone left `[A, , C]`, a syntax error.
 */
function flowItem(range: Range, lines: Lines): Range {
  // Back over blanks (across line breaks) to a comma.
  let line = range.start.line;
  let character = range.start.character;
  for (;;) {
    const text = lines.text(line).slice(0, character);
    const trimmed = text.trimEnd();
    if (trimmed.endsWith(',')) return { start: { line, character: trimmed.length - 1 }, end: range.end };
    if (trimmed !== '' || line === 0) break;
    line--;
    character = lines.text(line).length;
  }
  // Else forward: the comma after the item and the blanks after it, on the item's last line.
  const rest = lines.text(range.end.line).slice(range.end.character);
  const after = /^\s*,[ \t]*/.exec(rest);
  return after ? { start: range.start, end: { line: range.end.line, character: range.end.character + after[0].length } } : range;
}

/**
 * The item's lines, from the start of its first line to the start of the line after it; on the last
 * line of a file without a final line break, from the end of the line before (that break goes instead).
 */
function wholeLines(range: Range, lines: Lines): Range {
  // Only widen to whole lines when the item is alone on them (a block list item).
  const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  if (lastLine + 1 < lines.count) return { start: { line: range.start.line, character: 0 }, end: { line: lastLine + 1, character: 0 } };
  const end = { line: lastLine, character: lines.text(lastLine).length };
  if (range.start.line === 0) return { start: { line: 0, character: 0 }, end };
  return { start: { line: range.start.line - 1, character: lines.text(range.start.line - 1).length }, end };
}
