// The catalog the rest of the product resolves skill names against: a base (the built-in entries)
// plus any workspace layers. Resolution is one Map lookup on the normalized name (see normalize.ts
// and the precedence rules in name-index.ts). The base's fuzzy index and completion tiers are built
// on first use (or by warmUp) and shared by every catalog layered over it; layers live in small
// overlay maps, so `withLayers` costs time in proportion to the layers, not to the 20,000+ built-in names.

import type { SkillEntry } from './types';
import { FuzzyIndex, PREFIX_LENGTH } from './fuzzy-index';
import { loadBuiltinEntries } from './builtin';
import { type CatalogLayer, completeEntry, overrideEntry } from './layers';
import { normalizeSkillName } from './normalize';
import { type KeyRecords, type NameRecord, type NameStore, forEachName, nameStore, winningRecords } from './name-index';
import { osaDistance } from './edit-distance';
import { NON_ENGINEERING_CATEGORIES } from './categories';

export type Resolution =
  | { status: 'exact'; entry: SkillEntry; matchedBy: 'id' | 'name' }
  | { status: 'alias'; entry: SkillEntry; alias: string }
  | { status: 'ambiguous'; entries: SkillEntry[] }
  | { status: 'unknown'; suggestions: SkillEntry[] };

export interface Suggestion { entry: SkillEntry; name: string; distance: number }
/** A completion: the entry, its canonical name as label, and the alias that matched when the name did not. */
export interface Completion { entry: SkillEntry; label: string; alias?: string }

/**
 * Largest edit distance a did-you-mean may bridge, by the length of the normalized name: none for
 * abbreviations of up to 3 characters (one edit of "SRE" is another acronym, "SPE"), 1 up to 5 ("Scrum" is
 * not "CRM"), 2 up to 9, 3 from 10. Two or more edits must also keep the first character ("A/B testing" is
 * not "Testing"); see suggest() for the other rules.
 */
export function maxSuggestionDistance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/** A name the query is the start of may add at most this many characters ("javasc" → JavaScript, not "monitoring" → "monitoring of satellites"). */
function maxPrefixExtension(length: number): number {
  return Math.max(4, Math.floor(length / 2));
}

/** Built-in entries in a non-engineering category are suggested only for a one-edit typo. */
function isEngineering(entry: SkillEntry): boolean {
  return entry.origin.catalog !== 'builtin' || !NON_ENGINEERING_CATEGORIES.has(entry.category);
}

/** Shortest name for which a prefix relation alone ("kubernetescluster" ⊃ "kubernetes") makes a suggestion. */
const MIN_PREFIX_LENGTH = PREFIX_LENGTH;
/** Shortest completion prefix for which names merely containing it are offered too. */
const MIN_CONTAINS_LENGTH = 3;

interface CompletionItem { key: string; record: NameRecord; tier: number }

/** The entries and names of a base catalog, fixed once built. */
class Base {
  readonly keys: readonly string[];
  private fuzzyIndex?: FuzzyIndex;
  private tiers?: readonly (readonly string[])[];

  constructor(readonly byId: ReadonlyMap<string, SkillEntry>, readonly names: ReadonlyMap<string, KeyRecords>) {
    this.keys = [...names.keys()];
  }

  fuzzy(): FuzzyIndex {
    return (this.fuzzyIndex ??= new FuzzyIndex(this.keys));
  }

  /**
   * The keys grouped by the best tier among the entries they name (see entryTier): completion ranks by
   * tier first, so it reads tier 0 (a few hundred curated/hot names), and the rest only if it needs more.
   */
  keysByTier(): readonly (readonly string[])[] {
    if (!this.tiers) {
      const tiers: string[][] = [[], [], []];
      for (const key of this.keys) {
        let best = 2;
        for (const record of winningRecords(this.names.get(key))) best = Math.min(best, entryTier(this.byId.get(record.id)!));
        tiers[best].push(key);
      }
      this.tiers = tiers;
    }
    return this.tiers;
  }
}

let builtinCatalog: SkillCatalog | undefined;

export class SkillCatalog {
  private entryList?: SkillEntry[];
  /** Keys added by layers (not in the base's indexes): few, searched directly. */
  private readonly extraKeys: readonly string[];
  readonly size: number;

  private constructor(
    private readonly base: Base,
    private readonly overlayById: ReadonlyMap<string, SkillEntry>,
    private readonly overlayNames: ReadonlyMap<string, KeyRecords>,
    private readonly topRank: number,
  ) {
    this.extraKeys = [...overlayNames.keys()].filter((key) => !base.names.has(key));
    let added = 0;
    for (const id of overlayById.keys()) if (!base.byId.has(id)) added++;
    this.size = base.byId.size + added;
  }

  /** The shipped catalog, loaded once. */
  static builtin(): SkillCatalog {
    return (builtinCatalog ??= SkillCatalog.fromEntries(loadBuiltinEntries()));
  }

  /** A base catalog of these entries (rank 0); a repeated id overrides the earlier entry. */
  static fromEntries(entries: readonly SkillEntry[]): SkillCatalog {
    const byId = new Map<string, SkillEntry>();
    const names = new Map<string, KeyRecords>();
    const store = nameStore(names);
    for (const entry of entries) applyEntry(byId, store, entry, 0);
    return new SkillCatalog(new Base(byId, names), new Map(), new Map(), 0);
  }

  /** A new catalog: these workspace layers over this one, later layers winning. This catalog is unchanged. */
  withLayers(layers: readonly CatalogLayer[]): SkillCatalog {
    const { base } = this;
    const overlayById = new Map(this.overlayById);
    const overlayNames = new Map(this.overlayNames);
    const byId = { get: (id: string) => overlayById.get(id) ?? base.byId.get(id), set: (id: string, e: SkillEntry) => overlayById.set(id, e) };
    const names = nameStore(overlayNames, base.names);
    let rank = this.topRank;
    for (const layer of layers) {
      rank++;
      for (const entry of layer.skills) applyEntry(byId, names, entry, rank);
    }
    return new SkillCatalog(base, overlayById, overlayNames, rank);
  }

  /**
   * Builds now what suggest and complete would build on first use (tens of ms for the built-in
   * catalog), so a server can do it while idle instead of on the user's first typo.
   */
  warmUp(): void {
    this.base.fuzzy().withPrefix('warm');
    this.base.keysByTier();
  }

  /** Distinct normalized names (ids, names and aliases) that resolve to something. */
  get nameCount(): number {
    return this.base.names.size + this.extraKeys.length;
  }

  get(id: string): SkillEntry | undefined {
    return this.overlayById.get(id) ?? this.base.byId.get(id);
  }

  /** Base entries in their order (overridden ones replaced), then entries added by layers. */
  entries(): readonly SkillEntry[] {
    if (!this.entryList) {
      const list = [...this.base.byId.values()].map((e) => this.overlayById.get(e.id) ?? e);
      for (const [id, e] of this.overlayById) if (!this.base.byId.has(id)) list.push(e);
      this.entryList = list;
    }
    return this.entryList;
  }

  resolve(written: string): Resolution {
    const winners = this.winners(normalizeSkillName(written));
    if (winners.length === 0) return { status: 'unknown', suggestions: this.suggest(written, 3).map((s) => s.entry) };
    if (winners.length > 1) return { status: 'ambiguous', entries: winners.map((r) => this.get(r.id)!) };
    const record = winners[0];
    const entry = this.get(record.id)!;
    if (record.kind === 'alias') return { status: 'alias', entry, alias: record.text };
    // Writing the id itself (or a name only the id spells) is matching by id.
    const matchedBy = written.trim() === entry.id || record.kind === 'id' ? 'id' : 'name';
    return { status: 'exact', entry, matchedBy };
  }

  /**
   * Did-you-mean: entries whose names are within an edit distance (OSA, over normalized names) scaled by
   * length (maxSuggestionDistance), then names that the written text starts with or that start with it
   * (adding at most maxPrefixExtension characters). Two or more edits must keep the first character; a
   * built-in entry of a non-engineering category (categories.ts) is offered only at one edit. Ranked
   * by distance, then engineering categories first, then curated/hot entries, then shorter name, then
   * alphabetically; one suggestion per entry. `distance` is the edit distance (for a prefix relation: the
   * difference in length).
   */
  suggest(written: string, limit = 3): Suggestion[] {
    const query = normalizeSkillName(written);
    if (query === '' || limit <= 0) return [];
    const maxDistance = maxSuggestionDistance(query.length);
    const found = new Map<string, number>(); // key → rank key (distance, or after every distance for prefixes)
    const fuzzy = this.base.fuzzy();
    const offer = (key: string, d: number) => {
      if (d >= 2 && key[0] !== query[0]) return;
      found.set(key, d);
    };
    for (const hit of fuzzy.search(query, maxDistance)) offer(fuzzy.keys[hit.key], hit.distance);
    for (const key of this.extraKeys) {
      if (Math.abs(key.length - query.length) > maxDistance) continue;
      const d = osaDistance(query, key);
      if (d <= maxDistance) offer(key, d);
    }
    const prefixPenalty = maxDistance + 1;
    const addPrefix = (key: string) => {
      if (!found.has(key)) found.set(key, prefixPenalty + Math.abs(key.length - query.length));
    };
    for (let length = query.length - 1; length >= MIN_PREFIX_LENGTH; length--) {
      const key = query.slice(0, length);
      if (this.lookup(key) !== undefined) addPrefix(key);
    }
    if (query.length >= MIN_PREFIX_LENGTH) {
      const longest = query.length + maxPrefixExtension(query.length);
      for (const key of fuzzy.withPrefix(query)) if (key.length <= longest) addPrefix(key);
      for (const key of this.extraKeys) if (key.startsWith(query) && key.length <= longest) addPrefix(key);
    }

    const best = new Map<string, Suggestion & { rankKey: number }>();
    for (const [key, rankKey] of found) {
      for (const record of this.winners(key)) {
        const entry = this.get(record.id)!;
        if (!isEngineering(entry) && rankKey > 1) continue;
        const name = record.kind === 'alias' ? record.text : entry.name;
        const distance = rankKey > maxDistance ? rankKey - prefixPenalty : rankKey;
        const candidate = { entry, name, distance, rankKey };
        const known = best.get(entry.id);
        if (!known || compareSuggestions(candidate, known) < 0) best.set(entry.id, candidate);
      }
    }
    return [...best.values()]
      .sort(compareSuggestions)
      .slice(0, limit)
      .map(({ entry, name, distance }) => ({ entry, name, distance }));
  }

  /**
   * Skills for editor completion, one item per entry, labelled with its canonical name: entries with a name
   * or alias equal to the prefix (normalized), then those with one starting with it, then (for 3+
   * characters) those with one containing it. Within a group: curated/hot entries first, entries matched by
   * their canonical name before those matched only by an alias, then shorter, then alphabetical. `alias` is
   * the alias that matched when the name did not ("py" → Python, alias "py"). Ids are not offered.
   */
  complete(prefix: string, limit = 50): Completion[] {
    const query = normalizeSkillName(prefix);
    const chosen: CompletionItem[] = [];
    const chosenEntries = new Set<string>();
    const addGroup = (keyGroups: Iterable<readonly string[]>, matches: (key: string) => boolean) => {
      const room = limit - chosen.length;
      if (room <= 0) return;
      const bestByEntry = new Map<string, CompletionItem>();
      const offer = (key: string) => {
        for (const item of this.completionItems(key)) {
          if (chosenEntries.has(item.record.id)) continue;
          const known = bestByEntry.get(item.record.id);
          if (!known || compareCompletions(item, known) < 0) bestByEntry.set(item.record.id, item);
        }
      };
      let tier = 0;
      for (const keys of keyGroups) {
        // Ranked by tier first: once `room` entries of better tiers are in, later tiers cannot enter.
        if (bestByEntry.size >= room && [...bestByEntry.values()].filter((item) => item.tier < tier).length >= room) break;
        tier++;
        for (const key of keys) if (!this.overlayNames.has(key) && matches(key)) offer(key);
      }
      for (const key of this.overlayNames.keys()) if (matches(key)) offer(key);
      for (const item of [...bestByEntry.values()].sort(compareCompletions).slice(0, room)) {
        chosen.push(item);
        chosenEntries.add(item.record.id);
      }
    };
    addGroup([[query]], (key) => key === query);
    const starts = (key: string) => key.startsWith(query);
    addGroup(query.length >= PREFIX_LENGTH ? [this.base.fuzzy().withPrefix(query)] : this.base.keysByTier(), starts);
    if (query.length >= MIN_CONTAINS_LENGTH) {
      addGroup([this.base.fuzzy().containing(query)], (key) => key.includes(query));
    }
    return chosen.map(({ record }) => {
      const entry = this.get(record.id)!;
      return record.kind === 'alias' ? { entry, label: entry.name, alias: record.text } : { entry, label: entry.name };
    });
  }

  private completionItems(key: string): CompletionItem[] {
    return this.winners(key)
      .filter((record) => record.kind !== 'id')
      .map((record) => ({ key, record, tier: entryTier(this.get(record.id)!) }));
  }

  private lookup(key: string): KeyRecords | undefined {
    return this.overlayNames.get(key) ?? this.base.names.get(key);
  }

  private winners(key: string): readonly NameRecord[] {
    return key === '' ? [] : winningRecords(this.lookup(key));
  }
}

function applyEntry(
  byId: { get(id: string): SkillEntry | undefined; set(id: string, entry: SkillEntry): void },
  names: NameStore,
  entry: SkillEntry,
  rank: number,
): void {
  const known = byId.get(entry.id);
  let merged = entry;
  if (known) {
    merged = overrideEntry(known, entry);
    forEachName(known, (key) => names.removeEntry(key, known.id));
  } else if (rank > 0) {
    merged = completeEntry(entry);
  }
  byId.set(merged.id, merged);
  forEachName(merged, (key, text, kind) => names.add(key, { id: merged.id, text, kind, rank }));
}

/** 0: hand-curated, O*NET hot or from the workspace; 1: other technology sources; 2: the rest (ESCO only). */
function entryTier(entry: SkillEntry): number {
  const { source } = entry;
  if (source.curated || entry.hot || entry.origin.catalog !== 'builtin') return 0;
  if (entry.inDemand || source.linguist || source.devicon || source.onet || source.simpleIcons) return 1;
  return 2;
}

function compareSuggestions(a: Suggestion & { rankKey: number }, b: Suggestion & { rankKey: number }): number {
  return (
    a.rankKey - b.rankKey ||
    Number(!isEngineering(a.entry)) - Number(!isEngineering(b.entry)) ||
    entryTier(a.entry) - entryTier(b.entry) ||
    a.name.length - b.name.length ||
    compareText(a.name, b.name) ||
    compareText(a.entry.id, b.entry.id)
  );
}

function compareCompletions(a: CompletionItem, b: CompletionItem): number {
  return (
    a.tier - b.tier ||
    Number(a.record.kind === 'alias') - Number(b.record.kind === 'alias') ||
    a.record.text.length - b.record.text.length ||
    compareText(a.record.text, b.record.text) ||
    compareText(a.record.id, b.record.id)
  );
}

/** Code-unit order: deterministic, independent of the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
