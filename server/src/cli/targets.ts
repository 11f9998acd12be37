// What the command line's paths name, grouped by the workspace each belongs to (workspace/root.ts).
import { lstatSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { RootFinder, type WorkspaceRoot } from '../workspace/root';
import { UsageError } from './errors';
import { escapeTerminal } from './terminal';

/** One path argument: a file, a folder (every skills file under it), a glob, or `-` (standard input). */
export type Target =
  | { kind: 'file'; arg: string; path: string }
  | { kind: 'folder'; arg: string; path: string }
  | { kind: 'glob'; arg: string; base: string; matches: (path: string) => boolean }
  | { kind: 'stdin'; arg: '-'; path: string };

export interface TargetGroup { root: WorkspaceRoot; targets: Target[] }

const toPosix = (path: string) => path.split(sep).join('/');

export function parseTarget(arg: string, cwd: string, stdinFilename: string | undefined): Target {
  if (arg === '-') return { kind: 'stdin', arg, path: resolve(cwd, stdinFilename ?? '<stdin>') };
  const scan = picomatch.scan(arg);
  if (scan.isGlob) {
    const base = resolve(cwd, scan.base || '.');
    const match = picomatch(toPosix(resolve(cwd, arg)), { dot: true });
    return { kind: 'glob', arg, base, matches: (path) => match(toPosix(path)) };
  }
  const path = resolve(cwd, arg);
  try {
    lstatSync(path);
  } catch {
    throw new UsageError(`no such file or directory: ${escapeTerminal(arg)}`);
  }
  let isFolder = false;
  try { isFolder = statSync(path).isDirectory(); } catch { /* a dangling link: a file the policy will refuse */ }
  return { kind: isFolder ? 'folder' : 'file', arg, path };
}

/** The folder a target's workspace root is looked for from. */
function startFolder(target: Target): string {
  switch (target.kind) {
    case 'folder': return target.path;
    case 'glob': return target.base;
    case 'file': case 'stdin': return dirname(target.path);
  }
}

/** Groups targets by workspace root (all under one root when --workspace is given). */
export function groupTargets(targets: Target[], workspace: string | undefined, cwd: string, finder = new RootFinder()): TargetGroup[] {
  const groups = new Map<string, TargetGroup>();
  for (const target of targets) {
    const root = workspace !== undefined ? RootFinder.chosen(resolve(cwd, workspace)) : finder.forFolder(startFolder(target));
    const group = groups.get(root.root) ?? { root, targets: [] };
    group.targets.push(target);
    groups.set(root.root, group);
  }
  return [...groups.values()];
}

/** Whether a loaded file (absolute path) is one the targets ask to report on. */
export function selects(target: Target, path: string): boolean {
  switch (target.kind) {
    case 'file': case 'stdin': return path === target.path;
    case 'folder': return path === target.path || path.startsWith(target.path.endsWith(sep) ? target.path : target.path + sep);
    case 'glob': return target.matches(path);
  }
}

/** Whether a nested workspace root lies under what a target names (its files are then reported too). */
export function covers(target: Target, folder: string): boolean {
  const base = target.kind === 'glob' ? target.base : target.kind === 'folder' ? target.path : undefined;
  return base !== undefined && (folder === base || folder.startsWith(base.endsWith(sep) ? base : base + sep));
}
