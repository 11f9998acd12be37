// The catalog the rest of the product resolves skill names against: a base (the built-in entries)
// plus any workspace layers. Resolution is one Map lookup on the normalized name (see normalize.ts
// and the precedence rules in name-index.ts). The base's fuzzy index and completion tiers are built
// on first use (or by warmUp) and shared by every catalog layered over it; layers live in small
// overlay maps, so `withLayers` costs time in proportion to the layers, not to the 20,000+ built-in names.

import { isDeepStrictEqual } from 'node:util';
import type { SkillEntry } from './types';
import { FuzzyIndex, PREFIX_LENGTH } from './fuzzy-index';
import { loadBuiltinEntries } from './builtin';
import { type CatalogLayer, completeEntry, overrideEntry } from './layers';
import { normalizeSkillName } from './normalize';
import { type KeyRecords, type NameRecord, type NameStore, forEachName, nameStore, recordList, winningRecords } from './name-index';
import { osaDistance } from './edit-distance';
import { NON_ENGINEERING_CATEGORIES } from './categories';
import { noteId, noteKey, noteSuggested } from './reads';

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

/** A catalog updated in place of a fresh composition (SkillCatalog.updateLayers) and what changed. */
export interface LayerUpdate {
  catalog: SkillCatalog;
  /** Normalized names whose records changed: lookups of them may resolve differently. */
  keys: ReadonlySet<string>;
  /** Ids of the entries added, removed or changed (their fields may differ). */
  ids: ReadonlySet<string>;
  /** Some changed entry's prerequisites differ (the `requires` graph changed). */
  requiresChanged: boolean;
}

/** Each of `ids` is stated by at most one entry of the layers. */
function definedOnce(layers: readonly CatalogLayer[], ids: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  for (const layer of layers) {
    for (const e of layer.skills) {
      if (!ids.has(e.id)) continue;
      if (seen.has(e.id)) return false;
      seen.add(e.id);
    }
  }
  return true;
}

function sameRecords(a: readonly NameRecord[], b: readonly NameRecord[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i].id && r.text === b[i].text && r.kind === b[i].kind && r.rank === b[i].rank);
}

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
    /** What a catalog with the same overlay names (and the same ids: size) already worked out. */
    same?: { extraKeys?: readonly string[]; size?: number },
  ) {
    this.extraKeys = same?.extraKeys ?? [...overlayNames.keys()].filter((key) => !base.names.has(key));
    if (same?.size !== undefined) {
      this.size = same.size;
    } else {
      let added = 0;
      for (const id of overlayById.keys()) if (!base.byId.has(id)) added++;
      this.size = base.byId.size + added;
    }
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
   * The catalog `withLayers(next)` would give on the catalog beneath this one, when this one is that
   * catalog `withLayers(previous)`: computed from the layer entries that differ (compared by identity,
   * so unchanged entries must be the same objects), in time proportional to them and to the layers'
   * size, not to the built-in catalog's. Undefined when the change cannot be applied exactly in place —
   * layers added, removed or renamed, a changed id defined in two layers (or in a catalog beneath the
   * layers), a changed name shared with another workspace entry (the order of a name's records would
   * then depend on history) — and the caller composes afresh.
   */
  updateLayers(previous: readonly CatalogLayer[], next: readonly CatalogLayer[]): LayerUpdate | undefined {
    if (previous.length !== next.length || this.topRank !== previous.length) return undefined;
    const removed: SkillEntry[] = [];
    const added: { entry: SkillEntry; rank: number }[] = [];
    for (let l = 0; l < next.length; l++) {
      const [before, after] = [previous[l], next[l]];
      if (before === after) continue;
      if (before.id !== after.id || before.file !== after.file) return undefined;
      const [x, y] = [before.skills, after.skills];
      let start = 0;
      while (start < x.length && start < y.length && x[start] === y[start]) start++;
      let endX = x.length;
      let endY = y.length;
      while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) { endX--; endY--; }
      removed.push(...x.slice(start, endX));
      for (const entry of y.slice(start, endY)) added.push({ entry, rank: l + 1 });
    }
    const ids = new Set([...removed.map((e) => e.id), ...added.map((a) => a.entry.id)]);
    if (ids.size === 0) return { catalog: this, keys: new Set(), ids, requiresChanged: false };
    if (!definedOnce(previous, ids) || !definedOnce(next, ids)) return undefined;

    const { base } = this;
    const overlayById = new Map(this.overlayById);
    const oldMerged = new Map<string, SkillEntry>();
    for (const entry of removed) oldMerged.set(entry.id, this.overlayById.get(entry.id)!);
    const newMerged = new Map<string, { entry: SkillEntry; rank: number }>();
    for (const { entry, rank } of added) {
      const beneath = base.byId.get(entry.id);
      newMerged.set(entry.id, { entry: beneath ? overrideEntry(beneath, entry) : completeEntry(entry), rank });
    }
    for (const id of oldMerged.keys()) if (!newMerged.has(id)) overlayById.delete(id);

    // Names: the common edit (a description, a resource) leaves every record as it was.
    const recordsOf = (entry: SkillEntry | undefined, rank: number) => {
      const out: NameRecord[] = [];
      if (entry) forEachName(entry, (key, text, kind) => out.push({ id: entry.id, text, kind, rank }));
      return out;
    };
    const previousRank = new Map<string, number>();
    previous.forEach((layer, l) => { for (const e of layer.skills) if (ids.has(e.id)) previousRank.set(e.id, l + 1); });
    const rankOf = (id: string) => previousRank.get(id) ?? 0;
    let namesSame = true;
    for (const id of ids) {
      const before = recordsOf(oldMerged.get(id), oldMerged.has(id) ? rankOf(id) : 0);
      const after = newMerged.get(id);
      if (!sameRecords(before, recordsOf(after?.entry, after?.rank ?? 0))) { namesSame = false; break; }
    }

    let overlayNames = this.overlayNames;
    const keys = new Set<string>();
    if (!namesSame) {
      // Every name the change touches is recomputed from the base by replaying the changed entries in
      // layer order, which is what a fresh composition does to it when no other workspace entry states it.
      const touched = new Set<string>();
      for (const [, entry] of oldMerged) forEachName(entry, (key) => touched.add(key));
      for (const [, { entry }] of newMerged) {
        const beneath = base.byId.get(entry.id);
        if (beneath) forEachName(beneath, (key) => touched.add(key));
        forEachName(entry, (key) => touched.add(key));
      }
      for (const key of touched) {
        if (recordList(this.overlayNames.get(key)).some((r) => r.rank > 0 && !ids.has(r.id))) return undefined;
      }
      const replayed = new Map<string, KeyRecords>();
      const store = nameStore(replayed, base.names);
      for (const [id, { entry, rank }] of newMerged) {
        const beneath = base.byId.get(id);
        if (beneath) forEachName(beneath, (key) => store.removeEntry(key, id));
        forEachName(entry, (key, text, kind) => store.add(key, { id, text, kind, rank }));
      }
      const names = new Map(this.overlayNames);
      for (const key of touched) {
        const value = replayed.get(key);
        // Composed afresh, a name holds an overlay value only if some layer entry states it.
        if (value !== undefined && recordList(value).some((r) => r.rank > 0)) names.set(key, value);
        else names.delete(key);
        if (!sameRecords(recordList(this.overlayNames.get(key) ?? base.names.get(key)), recordList(names.get(key) ?? base.names.get(key)))) keys.add(key);
      }
      overlayNames = names;
    }

    // Entries: in layer order, as withLayers inserts them (the order entries() lists them in).
    for (const [id, { entry }] of newMerged) overlayById.set(id, entry);
    let ordered = overlayById;
    const sameIds = removed.length === added.length && removed.every((e) => newMerged.has(e.id) && rankOf(e.id) === newMerged.get(e.id)!.rank);
    if (!sameIds) {
      ordered = new Map();
      for (const layer of next) for (const e of layer.skills) if (!ordered.has(e.id)) ordered.set(e.id, overlayById.get(e.id)!);
    }
    const requiresChanged = [...ids].some((id) => !isDeepStrictEqual(oldMerged.get(id)?.requires ?? [], newMerged.get(id)?.entry.requires ?? []));
    // An item read again but written the same (a whole document re-read) changed nothing.
    const changed = new Set([...ids].filter((id) => !isDeepStrictEqual(oldMerged.get(id), newMerged.get(id)?.entry)));
    const same = { ...(namesSame ? { extraKeys: this.extraKeys } : {}), ...(sameIds ? { size: this.size } : {}) };
    return { catalog: new SkillCatalog(base, ordered, overlayNames, this.topRank, same), keys, ids: changed, requiresChanged };
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
    noteId(id);
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
    const key = normalizeSkillName(written);
    noteKey(key);
    const winners = this.winners(key);
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
    noteSuggested();
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
