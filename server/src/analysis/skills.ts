// How the analysis names skills: every written name goes through the catalog, so aliases and
// spellings of one skill ("MLOps", "Machine Learning Operations") meet on one key. Names the catalog
// does not know stay as written and meet on their normalized text.

import type { SkillEntry } from '../catalog/types';
import { normalizeSkillName } from '../catalog/normalize';
import { noteId, noteKey } from '../catalog/reads';
import type { Candidate } from '../model/types';

/**
 * What the analysis needs from a catalog: `SkillCatalog` (server/src/catalog) satisfies it. Kept
 * structural so the analysis can be exercised against any catalog layer stack.
 */
export interface SkillLookup {
  resolve(written: string): { status: string; entry?: SkillEntry };
  get(id: string): SkillEntry | undefined;
}

const UNCATEGORISED = 'Other';

export interface SkillRef {
  /** Identity for comparisons: the catalog id, or "?" + normalized text for unknown names. */
  key: string;
  id?: string;
  name: string;          // canonical name, or the text as written when unknown
  category: string;
  entry?: SkillEntry;
}

function refOfEntry(entry: SkillEntry): SkillRef {
  return { key: entry.id, id: entry.id, name: entry.name, category: entry.category || UNCATEGORISED, entry };
}

// Catalogs are immutable (layering makes a new one), so a name resolves the same way for the life
// of the catalog; caching matters because resolving an unknown name also computes did-you-means.
// A cached answer is noted as a read (catalog/reads.ts) as the lookup would have been.
const resolved = new WeakMap<SkillLookup, Map<string, { ref: SkillRef; key: string }>>();

/** Ambiguous names are not guessed (the diagnostics report them): they compare as written. */
export function resolveSkill(catalog: SkillLookup, written: string): SkillRef {
  let cache = resolved.get(catalog);
  if (!cache) resolved.set(catalog, (cache = new Map()));
  const known = cache.get(written);
  if (known) {
    noteKey(known.key);
    if (known.ref.id !== undefined) noteId(known.ref.id);
    return known.ref;
  }
  const found = catalog.resolve(written);
  const key = normalizeSkillName(written);
  const ref = (found.status === 'exact' || found.status === 'alias') && found.entry
    ? refOfEntry(found.entry)
    : { key: `?${key}`, name: written.trim(), category: UNCATEGORISED };
  cache.set(written, { ref, key });
  return ref;
}

/** A prerequisite is named by catalog id; an id missing from the catalog is resolved like any name. */
export function resolveId(catalog: SkillLookup, id: string): SkillRef {
  const entry = catalog.get(id);
  return entry ? refOfEntry(entry) : resolveSkill(catalog, id);
}

/** Level assumed for a candidate skill listed without one: listed, so at least awareness. */
export const UNSTATED_CANDIDATE_LEVEL = 1;

export interface HeldSkill {
  ref: SkillRef;
  level: number;
  years?: number;
  written: string;
  line: number;
  levelIsDefault: boolean;
}

/**
 * The candidate's skills by key. A skill written twice (under two aliases) counts once, at the
 * higher level; the first entry keeps its place.
 */
export function candidateSkills(candidate: Candidate, catalog: SkillLookup): Map<string, HeldSkill> {
  const held = new Map<string, HeldSkill>();
  for (const s of candidate.skills) {
    const ref = resolveSkill(catalog, s.skill.value);
    const level = s.level?.value ?? UNSTATED_CANDIDATE_LEVEL;
    const known = held.get(ref.key);
    if (known && known.level >= level) continue;
    held.set(ref.key, {
      ref,
      level,
      years: s.years?.value ?? known?.years,
      written: known?.written ?? s.skill.value,
      line: known?.line ?? s.range.start.line,
      levelIsDefault: s.level === undefined,
    });
  }
  return held;
}

export function levelOf(held: Map<string, HeldSkill>, key: string): number {
  return held.get(key)?.level ?? 0;
}

/** Plain code-unit order, so results never depend on the runtime's locale. */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
