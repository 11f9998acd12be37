// Workspace catalog documents: duplicate-id for skill ids, and cycles in `requires`.
import type { SkillCatalog } from '../catalog';
import type { CatalogDoc, Diagnostic } from '../model/types';
import type { CheckContext } from './context';

export function checkCatalogDoc(doc: CatalogDoc, file: string, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const skill of doc.skills) {
    const defs = ctx.catalogSkillDefinitions(skill.id.value);
    const first = defs[0];
    if (defs.length > 1 && !(first.file === file && first.range.start.line === skill.id.range.start.line && first.range.start.character === skill.id.range.start.character)) {
      out.push({
        range: skill.id.range, severity: 'error', code: 'duplicate-id',
        message: `Skill id '${skill.id.value}' is already defined in ${first.file}:${first.range.start.line + 1}`,
        related: [{ file: first.file, range: first.range, message: 'first definition' }],
      });
    }
    for (const req of skill.requires) {
      const loop = requiresLoop(skill.id.value, req.skill.value, ctx.catalog);
      if (loop) {
        out.push({
          range: req.skill.range, severity: 'error', code: 'cycle',
          message: `requires loops: ${loop.join(' → ')}`,
          data: { cycle: loop },
        });
      }
    }
  }
  return out;
}

/** The loop through `from` when `from` requires `to` and `to` leads back to `from`, by catalog ids. */
function requiresLoop(from: string, to: string, catalog: SkillCatalog): string[] | undefined {
  const idOf = (written: string) => {
    const byId = catalog.get(written);
    if (byId) return byId.id;
    const r = catalog.resolve(written);
    return r.status === 'exact' || r.status === 'alias' ? r.entry.id : undefined;
  };
  const start = idOf(to);
  const origin = idOf(from) ?? from;
  if (start === undefined) return undefined;
  // Depth-first search with the path kept, visiting each id once: bounded by the catalog's size.
  const visited = new Set<string>();
  const path: string[] = [];
  const walk = (id: string): boolean => {
    if (id === origin) return true;
    if (visited.has(id)) return false;
    visited.add(id);
    path.push(id);
    for (const r of catalog.get(id)?.requires ?? []) {
      const next = idOf(r.skill);
      if (next !== undefined && walk(next)) return true;
    }
    path.pop();
    return false;
  };
  return walk(start) ? [origin, ...path, origin] : undefined;
}
