// Which entry a normalized name stands for. Every name of every entry is kept as a record with the
// rank of the layer that (last) stated it (0 = built-in, 1… = workspace layers in order); a lookup
// decides among a key's records:
//   1. the highest rank wins outright (a workspace layer is more specific than what it extends);
//   2. within that rank, an id or canonical name beats an alias of another entry;
//   3. still more than one entry → ambiguous (reported, never guessed).

import type { SkillEntry } from './types';
import { normalizeSkillName } from './normalize';

export type NameKind = 'name' | 'id' | 'alias';

export interface NameRecord {
  id: string;        // the entry's id
  text: string;      // the name as the catalog writes it
  kind: NameKind;
  rank: number;
}

const STRENGTH: Record<NameKind, number> = { name: 0, id: 1, alias: 2 };

/** What a key maps to: nearly always one record (stored bare: 20,000 fewer arrays), else a list. */
export type KeyRecords = NameRecord | readonly NameRecord[];

export function recordList(value: KeyRecords | undefined): readonly NameRecord[] {
  if (value === undefined) return [];
  return isRecord(value) ? [value] : value;
}

function isRecord(value: KeyRecords): value is NameRecord {
  return (value as NameRecord).id !== undefined;
}

/** Calls `visit` with each name of the entry and its normalized key (empty keys skipped). */
export function forEachName(entry: SkillEntry, visit: (key: string, text: string, kind: NameKind) => void): void {
  const visitText = (text: string, kind: NameKind) => {
    const key = normalizeSkillName(text);
    if (key !== '') visit(key, text, kind);
  };
  visitText(entry.name, 'name');
  visitText(entry.id, 'id');
  for (const alias of entry.aliases) visitText(alias, 'alias');
}

/** Where records are read from and written to. */
export interface NameStore {
  get(key: string): KeyRecords | undefined;
  /** Adds a record; an entry has one record per key, the strongest kind (name, then id, then alias). */
  add(key: string, record: NameRecord): void;
  removeEntry(key: string, id: string): void;
}

/**
 * A store over `names`; with `base`, a layered one: reads fall through to the base, and writes go to
 * `names` as new values, never changing what the base (or another catalog) may share.
 */
export function nameStore(names: Map<string, KeyRecords>, base?: ReadonlyMap<string, KeyRecords>): NameStore {
  const get = base ? (key: string) => names.get(key) ?? base.get(key) : (key: string) => names.get(key);
  return {
    get,
    add(key, record) {
      const known = get(key);
      if (known === undefined) return void names.set(key, record);
      const list = recordList(known);
      const same = list.findIndex((r) => r.id === record.id);
      if (same < 0) {
        if (!base && !isRecord(known)) (known as NameRecord[]).push(record); // our own list: append
        else names.set(key, [...list, record]);
      } else if (STRENGTH[record.kind] < STRENGTH[list[same].kind]) {
        names.set(key, list.length === 1 ? record : list.map((r, i) => (i === same ? record : r)));
      }
    },
    removeEntry(key, id) {
      const list = recordList(get(key));
      if (list.some((r) => r.id === id)) names.set(key, list.filter((r) => r.id !== id));
    },
  };
}

/** The records that decide what a key means (see the rules above); empty when the key is unknown. */
export function winningRecords(value: KeyRecords | undefined): readonly NameRecord[] {
  if (value === undefined) return [];
  if (isRecord(value)) return [value];
  if (value.length <= 1) return value;
  let top = -1;
  for (const r of value) top = Math.max(top, r.rank);
  const ranked = value.filter((r) => r.rank === top);
  const canonical = ranked.filter((r) => r.kind !== 'alias');
  return canonical.length > 0 ? canonical : ranked;
}
