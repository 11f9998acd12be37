// What a computation read from the catalog, so that a catalog edit re-checks only the files whose
// results can change. The Workspace records one file's diagnostics and reports; every lookup the
// checks and the analysis make (SkillCatalog.resolve and get, and the analysis' cached resolutions)
// notes the normalized name it looked up and the entries it reached.

export class CatalogReads {
  /** Normalized names looked up: the file depends on which entries they resolve to. */
  readonly keys = new Set<string>();
  /** Entries reached (or ids looked up and not found): the file depends on their fields. */
  readonly ids = new Set<string>();
  /** A lookup found nothing, so its did-you-mean depends on every name in the catalog. */
  suggested = false;
}

let current: CatalogReads | undefined;

/** Runs `compute` noting its catalog reads in `reads` (undefined: noting nothing, e.g. work shared by many files). */
export function recordCatalogReads<T>(reads: CatalogReads | undefined, compute: () => T): T {
  const outer = current;
  current = reads;
  try {
    return compute();
  } finally {
    current = outer;
  }
}

export function noteKey(key: string): void {
  current?.keys.add(key);
}

export function noteId(id: string): void {
  current?.ids.add(id);
}

export function noteSuggested(): void {
  if (current) current.suggested = true;
}

/** Notes, in the current record, everything `reads` holds (work done once, reused by a file). */
export function noteReads(reads: CatalogReads): void {
  if (!current || current === reads) return;
  for (const key of reads.keys) current.keys.add(key);
  for (const id of reads.ids) current.ids.add(id);
  if (reads.suggested) current.suggested = true;
}
