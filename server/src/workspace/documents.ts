// Typed documents of a parsed file, by kind.
import type { Candidate, CatalogDoc, ParsedFile, Role } from '../model/types';

export function candidatesOf(parsed: ParsedFile): { candidate: Candidate; docIndex: number }[] {
  return parsed.documents.flatMap((d) => (d.doc?.kind === 'candidate' ? [{ candidate: d.doc, docIndex: d.index }] : []));
}

export function rolesOf(parsed: ParsedFile): { role: Role; docIndex: number }[] {
  return parsed.documents.flatMap((d) => (d.doc?.kind === 'role' ? [{ role: d.doc, docIndex: d.index }] : []));
}

export function catalogsOf(parsed: ParsedFile): { doc: CatalogDoc; docIndex: number }[] {
  return parsed.documents.flatMap((d) => (d.doc?.kind === 'catalog' ? [{ doc: d.doc, docIndex: d.index }] : []));
}

/** Role ids a file points at: candidate targets and role `extends`. */
export function referencedRoleIds(parsed: ParsedFile): Set<string> {
  const ids = new Set<string>();
  for (const { candidate } of candidatesOf(parsed)) for (const t of candidate.targets) ids.add(t.value);
  for (const { role } of rolesOf(parsed)) if (role.extends) ids.add(role.extends.value);
  return ids;
}
