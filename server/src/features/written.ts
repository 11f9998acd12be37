// The skill names and levels a file writes, wherever its documents write them, in file order.
import type { ParsedFile, Spanned } from '../model/types';

/** Candidate skills, requirements (each `anyOf` alternative), a role's market stack, catalog prerequisites. */
export function skillNamesIn(parsed: ParsedFile): Spanned<string>[] {
  const out: Spanned<string>[] = [];
  for (const { doc } of parsed.documents) {
    if (doc?.kind === 'candidate') for (const s of doc.skills) out.push(s.skill);
    else if (doc?.kind === 'role') {
      for (const r of doc.requirements) out.push(...r.skills);
      out.push(...(doc.market?.stack ?? []));
    } else if (doc?.kind === 'catalog') for (const s of doc.skills) for (const r of s.requires) out.push(r.skill);
  }
  return out;
}

/** Levels of candidate skills, requirements and catalog prerequisites (a label written as a word is already its number). */
export function levelsIn(parsed: ParsedFile): Spanned<number>[] {
  const out: Spanned<number>[] = [];
  for (const { doc } of parsed.documents) {
    if (doc?.kind === 'candidate') for (const s of doc.skills) { if (s.level) out.push(s.level); }
    else if (doc?.kind === 'role') for (const r of doc.requirements) { if (r.level) out.push(r.level); }
    else if (doc?.kind === 'catalog') for (const s of doc.skills) for (const r of s.requires) if (r.level) out.push(r.level);
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
