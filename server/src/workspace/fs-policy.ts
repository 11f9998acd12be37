// The one gate between Skillgap and the file system (the CLI uses it; the language server is meant to).
// A repository is untrusted input: it may hold symbolic links to /dev/zero, to `..` or `/`, to files
// outside the checkout, FIFOs, or huge files. The rules, documented in SECURITY.md:
//  - Every path is resolved (all symbolic links followed) before use, and used only when the result lies
//    inside the workspace root. A link inside the root that points inside the root is followed.
//  - Only regular files are read: the file is opened (non-blocking, so a FIFO cannot stall the open),
//    `fstat` on that descriptor decides (no device, FIFO, socket or directory), its size is checked
//    against the limit *before* anything is read, and the read itself is bounded by the limit.
//  - Directories are walked once each, by device and inode, so a link back up (`up -> ..`) is detected
//    as a loop and not walked; each file is read once even when several links lead to it.
// Nothing here knows about the command line or LSP: callers turn refusals into their own messages.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../model/limits';

/** The one default size limit (the model's, the editor setting's). */
export const DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_BYTES;

export type Refusal =
  | { reason: 'missing' }
  | { reason: 'outside-root'; target: string }
  | { reason: 'not-regular'; type: FileType }
  | { reason: 'loop'; target: string }
  | { reason: 'unreadable'; code: string };

type FileType = 'file' | 'directory' | 'FIFO' | 'socket' | 'character device' | 'block device' | 'symbolic link' | 'unknown';

export type ReadOutcome =
  | { kind: 'text'; path: string; real: string; text: string; bytes: number }
  | { kind: 'too-large'; path: string; real: string; bytes: number; maxBytes: number }
  | { kind: 'refused'; path: string; refusal: Refusal };

export interface Skipped { path: string; refusal: Refusal }

export interface WalkOptions {
  /** Which files to return (by path); directories are always entered unless `skipDirectory` says no. */
  include: (path: string) => boolean;
  /** A directory not to enter (ignored folders, nested workspaces); called with its path as walked. */
  skipDirectory?: (path: string) => boolean;
}

export interface WalkResult { files: string[]; skipped: Skipped[] }

function fileType(stats: Stats): FileType {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  if (stats.isSymbolicLink()) return 'symbolic link';
  return 'unknown';
}

/** The file-system rules for one workspace root. */
export class FileSystemPolicy {
  /** The root as given (absolute, not resolved): paths inside it are shown relative to it. */
  readonly root: string;
  /** The root with every symbolic link resolved: containment is decided against this. */
  readonly realRoot: string;

  constructor(root: string, readonly maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
    this.root = resolve(root);
    this.realRoot = realpathSync(this.root);
  }

  /** Whether a resolved (real) path is the root or below it. */
  containsReal(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot.endsWith(sep) ? this.realRoot : this.realRoot + sep);
  }

  /** Whether a path, as written (not resolved), is the root or below it. */
  containsPath(path: string): boolean {
    const rel = relative(this.root, resolve(path));
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  }

  /** The real path of `path` when it, after every link, stays inside the root. */
  resolveInside(path: string): { real: string } | Refusal {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'missing' };
      if (code === 'ELOOP') return { reason: 'loop', target: resolve(path) };
      return { reason: 'unreadable', code };
    }
    return this.containsReal(real) ? { real } : { reason: 'outside-root', target: real };
  }

  /** Reads a file under the rules above; never throws. */
  readText(path: string): ReadOutcome {
    const inside = this.resolveInside(path);
    if (!('real' in inside)) return { kind: 'refused', path, refusal: inside };
    return readRegularFile(inside.real, path, this.maxFileBytes);
  }

  /**
   * Every file under `dir` that `include` accepts, sorted, each real file once; links that leave the
   * root, loops and unreadable directories are listed in `skipped` instead of being followed.
   */
  walk(dir: string, options: WalkOptions): WalkResult {
    const files: string[] = [];
    const skipped: Skipped[] = [];
    const seenDirs = new Set<string>();
    const seenFiles = new Set<string>();
    const start = this.resolveInside(dir);
    if (!('real' in start)) return { files, skipped: [{ path: dir, refusal: start }] };
    // A directory reached a second time (through a link) is a loop or an alias: reported, not walked.
    const firstVisit = (path: string, real: string, stats: Stats): boolean => {
      const id = `${stats.dev}:${stats.ino}`;
      if (seenDirs.has(id)) { skipped.push({ path, refusal: { reason: 'loop', target: real } }); return false; }
      seenDirs.add(id);
      return true;
    };
    const visit = (path: string, real: string): void => {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (e) {
        skipped.push({ path, refusal: { reason: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' } });
        return;
      }
      for (const name of names) {
        const child = join(path, name);
        let link: Stats;
        try {
          link = lstatSync(child);
        } catch {
          continue;                                             // gone meanwhile
        }
        let target = link;
        let childReal = join(real, name);
        if (link.isSymbolicLink()) {
          const inside = this.resolveInside(child);
          if (!('real' in inside)) {
            // Reported when it could matter: a link named like a file we read, or one to a folder
            // (only the target's metadata is looked at, never its content).
            if (options.include(child) || (inside.reason === 'outside-root' && isDirectory(inside.target)) || inside.reason === 'loop') skipped.push({ path: child, refusal: inside });
            continue;
          }
          childReal = inside.real;
          try { target = statSync(inside.real); } catch { continue; }
        }
        if (target.isDirectory()) {
          // The loop check comes first: a link back to the root is a loop, not a nested workspace.
          if (seenDirs.has(`${target.dev}:${target.ino}`)) { skipped.push({ path: child, refusal: { reason: 'loop', target: childReal } }); continue; }
          if (options.skipDirectory?.(child)) continue;
          if (firstVisit(child, childReal, target)) visit(child, childReal);
        } else if (options.include(child)) {
          const id = `${target.dev}:${target.ino}`;
          if (!target.isFile()) skipped.push({ path: child, refusal: { reason: 'not-regular', type: fileType(target) } });
          else if (!seenFiles.has(id)) { seenFiles.add(id); files.push(child); }
        }
      }
    };
    let stats: Stats;
    try { stats = statSync(start.real); } catch (e) { return { files, skipped: [{ path: dir, refusal: { reason: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' } }] }; }
    if (!stats.isDirectory()) return { files, skipped: [{ path: dir, refusal: { reason: 'not-regular', type: fileType(stats) } }] };
    firstVisit(resolve(dir), start.real, stats);
    visit(resolve(dir), start.real);
    files.sort();
    return { files, skipped };
  }
}

/**
 * Opens a path (already resolved and allowed by the caller), checks it is a regular file of at most
 * `maxBytes` on the open descriptor, then reads at most `maxBytes + 1` bytes. Never throws.
 * `shownPath` is what the outcome reports (the path as the user wrote it).
 */
export function readRegularFile(real: string, shownPath: string, maxBytes: number): ReadOutcome {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. O_NOCTTY: a terminal
    // device never becomes our controlling terminal. O_NOFOLLOW: `real` has no links left; if one was
    // swapped in since, refuse rather than follow it.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | constants.O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') return { kind: 'refused', path: shownPath, refusal: { reason: 'missing' } };
    if (code === 'ELOOP') return { kind: 'refused', path: shownPath, refusal: { reason: 'not-regular', type: 'symbolic link' } };
    return { kind: 'refused', path: shownPath, refusal: { reason: 'unreadable', code } };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'refused', path: shownPath, refusal: { reason: 'not-regular', type: fileType(stats) } };
    if (stats.size > maxBytes) return { kind: 'too-large', path: shownPath, real, bytes: stats.size, maxBytes };
    // The file may grow after fstat: read until EOF or one byte past the limit, never more.
    const limit = maxBytes + 1;
    let buffer = Buffer.allocUnsafe(Math.min(limit, stats.size + 1));
    let length = 0;
    while (length < limit) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { kind: 'too-large', path: shownPath, real, bytes: length, maxBytes };
    return { kind: 'text', path: shownPath, real, text: buffer.toString('utf8', 0, length), bytes: length };
  } catch (e) {
    return { kind: 'refused', path: shownPath, refusal: { reason: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' } };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file the user named themselves (a `--catalog` option, a catalog in the editor's settings): read
 * wherever it lies, since that is the user's choice, but only as a regular file, size-checked first.
 */
export function readNamedFile(path: string, maxBytes: number): ReadOutcome {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ELOOP') return { kind: 'refused', path, refusal: { reason: 'loop', target: resolve(path) } };
    return { kind: 'refused', path, refusal: code === 'ENOENT' || code === 'ENOTDIR' ? { reason: 'missing' } : { reason: 'unreadable', code } };
  }
  return readRegularFile(real, path, maxBytes);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** One line saying why a path was not read, for any caller (CLI notice, server log). */
export function describeRefusal(refusal: Refusal, root: string): string {
  switch (refusal.reason) {
    case 'missing': return 'no such file or directory';
    case 'outside-root': return `it resolves to ${refusal.target}, outside the workspace root ${root}`;
    case 'not-regular': return `it is a ${refusal.type}, not a regular file`;
    case 'loop': return `a symbolic link loop (it leads back to ${refusal.target})`;
    case 'unreadable': return `cannot read it (${refusal.code})`;
  }
}
