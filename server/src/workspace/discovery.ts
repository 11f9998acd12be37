// Which files make up a workspace on disk: every `*.skills.yaml` / `*.skills.yml` under the root, read
// through the file-system policy, minus ignored folders and nested workspaces (see root.ts). One
// implementation for every front end, so the CLI and the language server see the same set of files.
import { basename, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { FileSystemPolicy, Skipped } from './fs-policy';
import { ALWAYS_IGNORED_FOLDERS, isSkillsFile } from '../protocol/skills-files';
import { isWorkspaceRoot } from './root';


export interface DiscoveryOptions {
  /** Globs relative to the root (the config's `ignore`). */
  ignore?: readonly string[];
  /**
   * Nested folders holding their own `.skillgap.yaml` or `.git` are workspaces of their own and are
   * left out ('exclude', the default); 'include' walks into them (a root chosen with --workspace).
   */
  nestedRoots?: 'exclude' | 'include';
}

export interface Discovered {
  /** Absolute paths (as walked from the root), sorted, each real file once. */
  files: string[];
  /** Paths not read, and why (links leaving the root, loops, devices…). */
  skipped: Skipped[];
  /** Nested workspace roots that were left out. */
  nestedRoots: string[];
}

/** Posix path relative to the root, as ignore globs are written. */
function rootRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** A matcher for a workspace's ignore globs (files and folders). */
function ignoreMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const match = picomatch([...patterns], { dot: true });
  return (relPath) => match(relPath);
}

/**
 * Whether discovery from `root` would leave `path` out by name: a folder on the way is never searched
 * (node_modules, .git) or `ignore` matches the file or a folder on the way. For one file announced
 * later (a file watcher), so it is taken or left as a walk of the root would.
 */
export function isLeftOut(root: string, path: string, ignore: readonly string[] = []): boolean {
  const ignored = ignoreMatcher(ignore);
  const rel = rootRelative(root, path);
  if (rel === '' || rel.startsWith('..')) return true;
  const parts = rel.split('/');
  for (let i = 0; i < parts.length; i++) {
    if (i < parts.length - 1 && (ALWAYS_IGNORED_FOLDERS as readonly string[]).includes(parts[i])) return true;
    if (ignored(parts.slice(0, i + 1).join('/'))) return true;
  }
  return false;
}

export function discoverSkillsFiles(policy: FileSystemPolicy, options: DiscoveryOptions = {}): Discovered {
  const root = policy.root;
  const ignored = ignoreMatcher(options.ignore ?? []);
  const nestedRoots: string[] = [];
  const { files, skipped } = policy.walk(root, {
    include: (path) => isSkillsFile(basename(path)) && !ignored(rootRelative(root, path)),
    skipDirectory: (path) => {
      if ((ALWAYS_IGNORED_FOLDERS as readonly string[]).includes(basename(path))) return true;
      if (ignored(rootRelative(root, path))) return true;
      if (options.nestedRoots !== 'include' && isWorkspaceRoot(path)) { nestedRoots.push(path); return true; }
      return false;
    },
  });
  return { files, skipped, nestedRoots: nestedRoots.sort() };
}
