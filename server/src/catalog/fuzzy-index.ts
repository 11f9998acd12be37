// Approximate lookup over a fixed list of normalized names.
//
// Candidates come from an inverted index of padded character bigrams ("^d", "do", … "r$"), each
// posting list ordered by name length so a lookup reads only the names whose length is within the
// distance; they are verified with fastest-levenshtein and ranked by OSA distance.
// The filter is the q-gram bound: a substitution, insertion or deletion removes at most 2 of the
// query's bigram occurrences, a transposition 3. We require a name to share at least B − 2·d − 1 of
// the query's B distinct bigrams (and at least one): complete for every name within distance d by
// any path with at most one transposition, and about 20 times fewer names to verify than the bound
// for d transpositions (B − 3·d), which at d = 3 admits nearly every name of similar length.
// Why this and not another index: a SymSpell deletion index at distance 3 would hold millions of
// variants for 20,000+ names (slow to build at start-up); a BK-tree visits much of the tree at d = 2–3.

import { distance as levenshtein } from 'fastest-levenshtein';
import { osaDistance } from './edit-distance';

export interface FuzzyHit { key: number; distance: number }

/** Shortest prefix `withPrefix` answers (shorter ones match too many names to list). */
export const PREFIX_LENGTH = 4;

// Normalized names hold letters and digits only, so control codes can mark the ends.
const START = 1;
const END = 2;

export class FuzzyIndex {
  /** Gram ids: a table for the common case (both code units ASCII), a Map for the rest. */
  private readonly asciiGramIds = new Int32Array(128 * 128).fill(-1);
  private readonly otherGramIds = new Map<number, number>();
  private gramCount = 0;
  /** Postings of gram g: postings[offsets[g] … offsets[g + 1]), key indexes by ascending length. */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly lengths: Int32Array;
  private readonly counts: Uint16Array;
  /** Keys by their first PREFIX_LENGTH characters, for prefix lookups. */
  private prefixBuckets?: Map<string, string[]>;

  constructor(readonly keys: readonly string[]) {
    const count = keys.length;
    this.lengths = Int32Array.from(keys, (k) => k.length);
    // Distinct gram ids of every key, flat: those of key k are keyGrams[gramStart[k] … gramStart[k + 1]).
    const gramStart = new Int32Array(count + 1);
    const keyGrams = new Int32Array(count + keys.reduce((sum, k) => sum + k.length, 0));
    // Per gram id, the last key that used it (there are at most as many ids as bigrams).
    const lastKey = new Int32Array(keyGrams.length).fill(-1);
    let filled = 0;
    for (let k = 0; k < count; k++) {
      const key = keys[k];
      let previous = START;
      for (let i = 0; i <= key.length; i++) {
        const c = i < key.length ? key.charCodeAt(i) : END;
        const id = this.gramId(previous, c, true);
        previous = c;
        if (lastKey[id] === k) continue; // a bigram repeated in one name counts once
        lastKey[id] = k;
        keyGrams[filled++] = id;
      }
      gramStart[k + 1] = filled;
    }
    // Posting lists in one flat array (count, then fill), each in ascending name length.
    const grams = this.gramCount;
    this.offsets = new Int32Array(grams + 1);
    for (let i = 0; i < filled; i++) this.offsets[keyGrams[i] + 1]++;
    for (let g = 0; g < grams; g++) this.offsets[g + 1] += this.offsets[g];
    this.postings = new Int32Array(filled);
    const next = this.offsets.slice(0, grams);
    for (const k of keysByLength(this.lengths)) {
      for (let i = gramStart[k]; i < gramStart[k + 1]; i++) this.postings[next[keyGrams[i]]++] = k;
    }
    this.counts = new Uint16Array(count);
  }

  /** Every key within `maxDistance` (OSA) of `query` that shares a bigram with it, unordered. */
  search(query: string, maxDistance: number): FuzzyHit[] {
    const grams = new Set<number>();
    let previous = START;
    for (let i = 0; i <= query.length; i++) {
      const c = i < query.length ? query.charCodeAt(i) : END;
      const id = this.gramId(previous, c, false);
      previous = c;
      if (id >= 0) grams.add(id);
    }
    const distinctInQuery = new Set(bigramCodes(query)).size;
    const needed = Math.max(1, distinctInQuery - 2 * maxDistance - 1);
    const minLength = query.length - maxDistance;
    const maxLength = query.length + maxDistance;
    const { counts, keys, lengths, postings } = this;
    const touched: number[] = [];
    for (const id of grams) {
      const end = this.offsets[id + 1];
      for (let p = this.firstWithLength(this.offsets[id], end, minLength); p < end; p++) {
        const keyIndex = postings[p];
        if (lengths[keyIndex] > maxLength) break;
        if (counts[keyIndex]++ === 0) touched.push(keyIndex);
      }
    }
    const hits: FuzzyHit[] = [];
    for (const keyIndex of touched) {
      const shared = counts[keyIndex];
      counts[keyIndex] = 0;
      if (shared < needed) continue;
      const key = keys[keyIndex];
      // Levenshtein ≤ 2·OSA, so anything beyond 2·d cannot be within d.
      if (levenshtein(query, key) > 2 * maxDistance) continue;
      const d = osaDistance(query, key);
      if (d <= maxDistance) hits.push({ key: keyIndex, distance: d });
    }
    return hits;
  }

  /** The keys that start with `prefix` (at least PREFIX_LENGTH characters), in index order. */
  withPrefix(prefix: string): string[] {
    if (prefix.length < PREFIX_LENGTH) throw new RangeError(`prefix shorter than ${PREFIX_LENGTH}: ${prefix}`);
    if (!this.prefixBuckets) {
      this.prefixBuckets = new Map();
      for (const key of this.keys) {
        if (key.length < PREFIX_LENGTH) continue;
        const head = key.slice(0, PREFIX_LENGTH);
        const bucket = this.prefixBuckets.get(head);
        if (bucket) bucket.push(key);
        else this.prefixBuckets.set(head, [key]);
      }
    }
    const bucket = this.prefixBuckets.get(prefix.slice(0, PREFIX_LENGTH)) ?? [];
    return prefix.length === PREFIX_LENGTH ? bucket : bucket.filter((key) => key.startsWith(prefix));
  }

  /** The keys that contain `fragment` (at least 2 characters) anywhere, in index order. */
  containing(fragment: string): string[] {
    if (fragment.length < 2) throw new RangeError(`fragment shorter than 2: ${fragment}`);
    const grams = new Set<number>();
    for (let i = 0; i + 1 < fragment.length; i++) {
      const id = this.gramId(fragment.charCodeAt(i), fragment.charCodeAt(i + 1), false);
      if (id < 0) return [];
      grams.add(id);
    }
    // A key containing the fragment has every one of its inner bigrams.
    const { counts, keys, postings } = this;
    const touched: number[] = [];
    for (const id of grams) {
      for (let p = this.offsets[id]; p < this.offsets[id + 1]; p++) {
        if (counts[postings[p]]++ === 0) touched.push(postings[p]);
      }
    }
    const found: number[] = [];
    for (const keyIndex of touched) {
      if (counts[keyIndex] === grams.size && keys[keyIndex].includes(fragment)) found.push(keyIndex);
      counts[keyIndex] = 0;
    }
    return found.sort((a, b) => a - b).map((keyIndex) => keys[keyIndex]);
  }

  /** The id of the bigram (a, b); with `create`, a new id for an unseen bigram, else -1. */
  private gramId(a: number, b: number, create: boolean): number {
    if (a < 128 && b < 128) {
      const slot = a * 128 + b;
      let id = this.asciiGramIds[slot];
      if (id < 0 && create) id = this.asciiGramIds[slot] = this.gramCount++;
      return id;
    }
    const code = a * 65536 + b;
    let id = this.otherGramIds.get(code);
    if (id === undefined) {
      if (!create) return -1;
      id = this.gramCount++;
      this.otherGramIds.set(code, id);
    }
    return id;
  }

  private firstWithLength(from: number, to: number, length: number): number {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lengths[this.postings[mid]] < length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The padded bigrams of a name as numbers (two UTF-16 code units each). */
function bigramCodes(key: string): number[] {
  const codes: number[] = [];
  let previous = START;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : END;
    codes.push(previous * 65536 + c);
    previous = c;
  }
  return codes;
}

/** Key indexes ordered by length (counting sort: stable, linear). */
function keysByLength(lengths: Int32Array): Int32Array {
  let longest = 0;
  for (const length of lengths) longest = Math.max(longest, length);
  const start = new Int32Array(longest + 2);
  for (const length of lengths) start[length + 1]++;
  for (let l = 0; l <= longest; l++) start[l + 1] += start[l];
  const order = new Int32Array(lengths.length);
  lengths.forEach((length, k) => (order[start[length]++] = k));
  return order;
}
