// Catalog entries found clean (no diagnostic) and what their checks read, so that re-checking a
// 10,000-entry catalog after a keystroke checks the edited entry, not every entry. The Workspace keeps
// one and tells it what each in-place catalog update changed; an entry is re-checked when it is a new
// list item (the incremental parser keeps unchanged items as the same objects), or when a name or
// entry its check read has changed since. Anything else (a catalog composed afresh, a changed
// prerequisite or set of ids: duplicate ids, loops) resets it. (Today the names an entry's check
// resolves are prerequisites, which the loop analysis resolves too, so a change of one resets as well;
// the log keeps this correct should an entry's check come to read more.)
import type { CatalogReads } from '../catalog/reads';

interface Change { keys: ReadonlySet<string>; ids: ReadonlySet<string> }

/** More in-place updates than this since the last reset: reset (the log is scanned per entry). */
const MAX_LOG = 1000;

export class CleanItems {
  private entries = new WeakMap<object, { reads: CatalogReads; seen: number }>();
  private log: Change[] = [];

  reset(): void {
    this.entries = new WeakMap();
    this.log = [];
  }

  /** An in-place catalog update changed these names and entries. */
  changed(keys: ReadonlySet<string>, ids: ReadonlySet<string>): void {
    if (keys.size === 0 && ids.size === 0) return;
    if (this.log.length >= MAX_LOG) this.reset();
    else this.log.push({ keys, ids });
  }

  /** What `item`'s clean check read, when it was found clean and nothing it read has changed since. */
  stillClean(item: object): CatalogReads | undefined {
    const known = this.entries.get(item);
    if (!known) return undefined;
    for (let i = known.seen; i < this.log.length; i++) {
      const { keys, ids } = this.log[i];
      if ((keys.size > 0 && known.reads.suggested) || [...keys].some((k) => known.reads.keys.has(k)) || [...ids].some((id) => known.reads.ids.has(id))) {
        this.entries.delete(item);
        return undefined;
      }
    }
    known.seen = this.log.length;
    return known.reads;
  }

  clean(item: object, reads: CatalogReads): void {
    this.entries.set(item, { reads, seen: this.log.length });
  }
}
