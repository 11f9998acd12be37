// Workspace catalogs as layers over the built-in catalog.
//
// A layer entry whose id is already known overrides that entry field by field: a field the layer
// leaves empty ('' for text, [] for lists, undefined otherwise) keeps the value underneath; aliases
// and sources are merged; if the layer renames the entry, the old name stays as an alias so files
// written against it still resolve. A new id is added as is (name defaults to the id).

import type { CatalogDoc } from '../model/types';
import type { Effort, SkillEntry } from './types';
import { normalizeSkillName } from './normalize';

/** A workspace catalog: its entries, in file order. */
export interface CatalogLayer { id: string; file?: string; skills: SkillEntry[] }

const DEFAULT_CATEGORY = 'Other';
/** Level assumed for a prerequisite written without one: awareness. */
const DEFAULT_PREREQUISITE_LEVEL = 1;

export function overrideEntry(base: SkillEntry, layer: SkillEntry): SkillEntry {
  const name = layer.name || base.name;
  // The old canonical name first: its spelling is kept over an alias that normalizes the same.
  const aliases = uniqueByKey([
    ...(normalizeSkillName(name) !== normalizeSkillName(base.name) ? [base.name] : []),
    ...base.aliases,
    ...layer.aliases,
  ]).filter((alias) => normalizeSkillName(alias) !== normalizeSkillName(name));
  return {
    ...base,
    name,
    aliases,
    category: layer.category || base.category,
    description: layer.description ?? base.description,
    requires: layer.requires.length > 0 ? layer.requires : base.requires,
    effort: layer.effort ?? base.effort,
    evidence: layer.evidence ?? base.evidence,
    resources: layer.resources.length > 0 ? layer.resources : base.resources,
    source: { ...base.source, ...layer.source },
    hot: layer.hot ?? base.hot,
    inDemand: layer.inDemand ?? base.inDemand,
    origin: layer.origin,
  };
}

/** A new entry from a layer, with the defaults for what it leaves empty. */
export function completeEntry(layer: SkillEntry): SkillEntry {
  return { ...layer, name: layer.name || layer.id, category: layer.category || DEFAULT_CATEGORY };
}

/**
 * A parsed `kind: catalog` document as a layer. Prerequisites keep the skill names as written;
 * resolving them (and reporting unknown ones) is the caller's job. The origin range is the list item.
 * `known`: entries made before, by list item; an item the incremental parser kept (the same object)
 * keeps its entry, so that SkillCatalog.updateLayers sees which entries an edit changed.
 */
export function catalogDocToLayer(doc: CatalogDoc, file: string, known?: WeakMap<object, SkillEntry>): CatalogLayer {
  const catalogId = doc.id?.value ?? file;
  const entryOf = (s: CatalogDoc['skills'][number]): SkillEntry => {
    const before = known?.get(s);
    if (before && before.origin.catalog === catalogId && before.origin.file === file) return before;
    const entry = skillEntry(s, catalogId, file);
    known?.set(s, entry);
    return entry;
  };
  return { id: catalogId, file, skills: doc.skills.map(entryOf) };
}

function skillEntry(s: CatalogDoc['skills'][number], catalogId: string, file: string): SkillEntry {
  return {
    id: s.id.value,
    name: s.name?.value ?? '',
    aliases: s.aliases.map((a) => a.value),
    category: s.category?.value ?? '',
    description: s.description?.value,
    requires: s.requires.map((r) => ({ skill: r.skill.value, level: r.level?.value ?? DEFAULT_PREREQUISITE_LEVEL })),
    effort: effortOf(s.effort),
    evidence: s.evidence?.value,
    resources: s.resources.map((r) => r.value),
    source: { ...s.source },
    origin: { catalog: catalogId, file, range: s.range },
  };
}

/** A curve the schema accepted; a rejected one (e.g. a step cheaper than the one below) is left out, so the default applies. */
function effortOf(written: CatalogDoc['skills'][number]['effort']): Effort | undefined {
  if (written?.hours?.length === 5) return { hours: written.hours.map((h) => h.value) };
  if (written?.hoursPerLevel !== undefined) return { hoursPerLevel: written.hoursPerLevel.value };
  return undefined;
}

function uniqueByKey(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = normalizeSkillName(n);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
