// What the language server reads from disk, always through the file-system policy
// (workspace/fs-policy.ts, SECURITY.md): a file inside a workspace folder is read under that folder's
// rules (no link leading out of it, regular files only, size checked before reading); a catalog the
// user named in the settings may lie anywhere, but is still read only as a regular, size-checked file.
// Never blocks: a FIFO or device is refused, not opened for reading.
import { sep } from 'node:path';
import { describeRefusal, FileSystemPolicy, readNamedFile, type ReadOutcome } from '../workspace/fs-policy';

export class Disk {
  private readonly policies = new Map<string, FileSystemPolicy | null>();

  /** `folders`: the workspace folders now; `maxFileBytes`: the size limit now (both may change). */
  constructor(private readonly folders: () => readonly string[], private readonly maxFileBytes: () => number) {}

  /** The workspace folder holding a path (the innermost, if folders nest). */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders()) {
      if (isInside(path, folder) && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /** The rules of one folder; undefined when the folder itself cannot be resolved (gone, unreadable). */
  policy(folder: string): FileSystemPolicy | undefined {
    const max = this.maxFileBytes();
    const key = `${max}\0${folder}`;
    if (!this.policies.has(key)) {
      let policy: FileSystemPolicy | null = null;
      try { policy = new FileSystemPolicy(folder, max); } catch { /* the folder is gone: nothing in it is read */ }
      this.policies.set(key, policy);
    }
    return this.policies.get(key) ?? undefined;
  }

  /**
   * Reads a path. `named`: the user named it in the settings, so outside the workspace folders it is
   * read as a named file; otherwise a path outside every folder is not read at all.
   */
  read(path: string, named = false): ReadOutcome {
    const folder = this.folderOf(path);
    if (folder !== undefined) {
      const policy = this.policy(folder);
      if (policy) return policy.readText(path);
    }
    if (named) return readNamedFile(path, this.maxFileBytes());
    return { kind: 'refused', path, refusal: { reason: 'outside-root', target: path } };
  }

  /** Why a path was not read, for the log and messages. */
  describe(outcome: Extract<ReadOutcome, { kind: 'refused' }>): string {
    const folder = this.folderOf(outcome.path);
    if (folder === undefined && outcome.refusal.reason === 'outside-root') return 'it is outside the workspace folders';
    return describeRefusal(outcome.refusal, folder ?? 'the workspace folders');
  }

  /** Folders come and go: their policies are rebuilt when next needed. */
  forgetPolicies(): void {
    this.policies.clear();
  }
}

export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}
