// `skillgap check`: diagnostics of the named files, each resolved against its whole workspace.
import { realpathSync } from 'node:fs';
import type { Diagnostic } from '../model/types';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/fs-policy';
import { RootFinder } from '../workspace/root';
import { problemCounts } from '../checks/cap';
import { UsageError } from './errors';
import { loadWorkspace, type LoadedWorkspace } from './load';
import { formatJson, formatSarif, formatText, type FileDiagnostic } from './output';
import { readStdinText } from './stdin';
import { covers, groupTargets, parseTarget, selects, type Target, type TargetGroup } from './targets';
import { escapeTerminal, useColor } from './terminal';

export interface CheckOptions {
  format?: 'text' | 'json' | 'sarif';
  today?: string;
  /** Today's date from the clock, used when neither --today nor the config sets one. */
  fallbackToday: string;
  maxFileSize?: number;
  quiet?: boolean;
  maxWarnings?: number;
  catalog: string[];
  workspace?: string;
  stdinFilename?: string;
}

export interface CheckRun { exitCode: number; stdout: string; notices: string[] }

/** A workspace loaded for a command, with the files (absolute path, key) the command's paths select. */
export interface SelectedWorkspace { loaded: LoadedWorkspace; selected: [path: string, key: string][] }

export type SelectOptions = Pick<CheckOptions, 'today' | 'fallbackToday' | 'maxFileSize' | 'catalog' | 'workspace' | 'stdinFilename'>;

/**
 * Loads the workspace of every path (a folder's nested workspaces too) and the files the paths select,
 * in path order; a glob or folder that selects nothing is a usage error.
 */
export function loadSelected(paths: string[], opts: SelectOptions): { workspaces: SelectedWorkspace[]; notices: string[] } {
  const cwd = process.cwd();
  const args = paths.length > 0 ? paths : ['.'];
  if (args.filter((a) => a === '-').length > 1) throw new UsageError("'-' (standard input) may be given only once");
  if (opts.stdinFilename !== undefined && !args.includes('-')) throw new UsageError("--stdin-filename goes with '-' (read the file from standard input)");
  const targets = args.map((a) => parseTarget(a, cwd, opts.stdinFilename));
  const stdinTarget = targets.find((t) => t.kind === 'stdin');
  const stdin = stdinTarget ? { path: stdinTarget.path, text: readStdinText(opts.maxFileSize ?? DEFAULT_MAX_FILE_BYTES) } : undefined;

  const finder = new RootFinder();
  const queue: TargetGroup[] = groupTargets(targets, opts.workspace, cwd, finder);
  const done = new Set<string>();
  const workspaces: SelectedWorkspace[] = [];
  const notices: string[] = [];
  const used = new Set<Target>();
  while (queue.length > 0) {
    const group = queue.shift()!;
    // Keyed by the real folder: a root reached again through a link is not checked twice.
    const identity = realFolder(group.root.root);
    if (done.has(identity)) continue;
    done.add(identity);
    const loaded = loadWorkspace(group.root, {
      cwd, today: opts.today, fallbackToday: opts.fallbackToday, maxFileSize: opts.maxFileSize, catalogs: opts.catalog,
      explicitFiles: group.targets.flatMap((t) => (t.kind === 'file' ? [t.path] : [])),
      stdin: group.targets.some((t) => t.kind === 'stdin') ? stdin : undefined,
    });
    notices.push(...loaded.notices);
    // A nested workspace under a folder or glob that was named is loaded as a workspace of its own.
    for (const nested of loaded.nestedRoots) {
      const covering = group.targets.filter((t) => covers(t, nested));
      if (covering.length > 0) queue.push({ root: finder.forFolder(nested), targets: covering });
    }
    const selected = [...loaded.keys].filter(([path]) => group.targets.some((t) => {
      if (!selects(t, path)) return false;
      used.add(t);
      return true;
    }));
    selected.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    workspaces.push({ loaded, selected });
  }
  for (const target of targets) {
    if (used.has(target)) continue;
    if (target.kind === 'glob') throw new UsageError(`no files match '${escapeTerminal(target.arg)}'`);
    if (target.kind === 'folder') throw new UsageError(`no *.skills.yaml or *.skills.yml files under ${escapeTerminal(target.arg)}`);
  }
  return { workspaces, notices };
}

/** Checks the files, returns what to print and the exit code (0 clean, 1 errors or too many warnings). */
export function runCheck(paths: string[], opts: CheckOptions, version: string): CheckRun {
  const cwd = process.cwd();
  const { workspaces, notices } = loadSelected(paths, opts);
  const items: FileDiagnostic[] = [];
  const roots: string[] = [];
  let fileCount = 0;
  const defaults = workspaces[0]?.loaded.config.check;
  for (const { loaded, selected } of workspaces) {
    if (selected.length === 0) continue;
    roots.push(loaded.rootDescription);
    fileCount += selected.length;
    for (const [, key] of selected) {
      for (const diagnostic of loaded.workspace.diagnostics(key)) items.push({ file: key, diagnostic });
    }
  }

  const format = opts.format ?? defaults?.format ?? 'text';
  const maxWarnings = opts.maxWarnings ?? defaults?.maxWarnings;
  const shown = opts.quiet ? items.filter((i) => i.diagnostic.severity === 'error') : items;
  // Counted as problems: a file's `too-many-problems` diagnostic stands for those it does not list.
  const counts = problemCounts(items.map((i) => i.diagnostic));
  const errors = counts.error;
  const warnings = counts.warning;
  const stdout =
    format === 'json' ? formatJson(shown)
    : format === 'sarif' ? formatSarif(shown, version, cwd)
    : formatText(shown, { fileCount, roots, quiet: opts.quiet === true, counts }, useColor(process.stdout));
  let exitCode = errors > 0 ? 1 : 0;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    notices.push(`${warnings} warning${warnings === 1 ? '' : 's'} found, more than the ${maxWarnings} allowed (--max-warnings)`);
    exitCode = 1;
  }
  return { exitCode, stdout, notices };
}

function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
