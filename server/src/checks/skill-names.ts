// unknown-skill, alias, ambiguous-skill: how each written skill name resolves in the catalog.
import type { SkillCatalog } from '../catalog';
import type { Diagnostic, Fix, Spanned, TextEdit } from '../model/types';
import type { WorkspaceCatalogDoc } from './context';
import { appendAfter } from './list-edit';
import { LineTable } from '../model/ranges';
import { coded } from '../model/diagnostic-codes';
import { lineBreakOf, yamlScalar } from '../model/yaml-scalar';

export function checkSkillName(
  name: Spanned<string>,
  catalog: SkillCatalog,
  addToCatalog: (written: string) => Fix | undefined,
): Diagnostic | undefined {
  const written = name.value;
  const r = catalog.resolve(written);
  switch (r.status) {
    case 'exact':
      if (r.matchedBy === 'name' && written.trim() !== r.entry.name) {
        return {
          range: name.range, ...coded('alias'),
          message: `'${written}' is spelt '${r.entry.name}' in the catalog`,
          data: { skill: r.entry.id, canonical: r.entry.name },
          fixes: [replace(name, r.entry.name, true)],
        };
      }
      return undefined;
    case 'alias':
      return {
        range: name.range, ...coded('alias'),
        message: `${written} is an alias of ${r.entry.name}`,
        data: { skill: r.entry.id, canonical: r.entry.name },
        fixes: [replace(name, r.entry.name, true)],
      };
    case 'ambiguous': {
      const names = r.entries.map((e) => e.name);
      return {
        range: name.range, ...coded('ambiguous-skill'),
        message: `'${written}' is ambiguous: it names ${listOr(names)}; write the one you mean`,
        data: { candidates: r.entries.map((e) => e.id) },
        fixes: r.entries.map((e) => replace(name, e.name, false)),
      };
    }
    case 'unknown': {
      const suggestions = r.suggestions.map((e) => e.name);
      const fixes = suggestions.map((s, i) => replace(name, s, i === 0));
      const add = addToCatalog(written);
      if (add) fixes.push(add);
      return {
        range: name.range, ...coded('unknown-skill'),
        message: suggestions.length > 0
          ? `Unknown skill '${written}' — did you mean ${listOr(suggestions)}?`
          : `Unknown skill '${written}': not in the built-in catalog or any workspace catalog`,
        data: { suggestions },
        fixes,
      };
    }
  }
}

function replace(name: Spanned<string>, newName: string, preferred: boolean): Fix {
  return { title: `Replace with '${newName}'`, edits: [{ range: name.range, newText: yamlScalar(newName) }], preferred };
}

function listOr(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Offers to append an unknown skill to the first workspace catalog, when there is one. */
export function addToCatalogFix(catalogs: readonly WorkspaceCatalogDoc[], file: string, text: (file: string) => string | undefined): (written: string) => Fix | undefined {
  return (written) => {
    const target = catalogs.find((c) => c.doc.skills.length > 0);
    const source = target && text(target.file);
    if (!target || source === undefined) return undefined;
    const lines = new LineTable(source);
    const place = appendAfter(target.doc.skills[target.doc.skills.length - 1].range, (l) => source.slice(lines.lineStart(l), lines.lineEnd(l)));
    if (!place) return undefined;
    const { indent, flow, at } = place;
    const id = slugOf(written);
    const eol = lineBreakOf(source);
    const entry = flow
      ? `${eol}${indent}- { id: ${id}, name: ${yamlScalar(written)}, category: Other }`
      : `${eol}${indent}- id: ${id}${eol}${indent}  name: ${yamlScalar(written)}${eol}${indent}  category: Other`;
    const edit: TextEdit = { ...(target.file === file ? {} : { file: target.file }), range: { start: at, end: at }, newText: entry };
    return { title: `Add '${written}' to the ${target.doc.id?.value ?? target.file} catalog`, edits: [edit] };
  };
}

/** A kebab-case id for a new catalog entry, spelling out the symbols that tell skills apart. */
function slugOf(written: string): string {
  return written.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/\+/g, '-plus').replace(/#/g, '-sharp').replace(/&/g, '-and-')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'skill';
}
