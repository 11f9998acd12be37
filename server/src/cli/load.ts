// Loads one workspace from disk for a command: its config, every skills file under its root (through
// the file-system policy), extra catalogs, and the text read from standard input.
import { relative, resolve, sep } from 'node:path';
import { Workspace } from '../workspace';
import { EMPTY_CONFIG, parseWorkspaceConfig, type WorkspaceConfig } from '../workspace/config';
import { discoverSkillsFiles } from '../workspace/discovery';
import { DEFAULT_MAX_FILE_BYTES, describeRefusal, FileSystemPolicy, readNamedFile, type ReadOutcome, type Skipped } from '../workspace/fs-policy';
import { CONFIG_FILE_NAME, describeRoot, type WorkspaceRoot } from '../workspace/root';
import { UsageError } from './errors';
import { escapeTerminal } from './terminal';

export interface LoadOptions {
  cwd: string;
  today?: string;
  /** Used when neither `today` nor the config's `today` is set. */
  fallbackToday: string;
  maxFileSize?: number;
  /** --catalog files: the user's own choice, so they may lie outside the root (still regular files, size-checked). */
  catalogs: string[];
  /** Files named on the command line: read even when discovery would not list them; refusing one is fatal. */
  explicitFiles: string[];
  /** `-`: one document from standard input, standing for the file at `path`. */
  stdin?: { path: string; text: string };
}

/** What the commands that render one report (`report`, `role`) take from the command line besides the format. */
export interface RenderCommandOptions {
  out?: string;
  force?: boolean;
  today?: string;
  /** Today's date from the clock, used when neither --today nor the config sets one. */
  fallbackToday: string;
  workspace?: string;
  catalog: string[];
  maxFileSize?: number;
}

export interface LoadedWorkspace {
  root: WorkspaceRoot;
  /** "samples (holds .skillgap.yaml)": for messages that depend on where roles and catalogs were looked for. */
  rootDescription: string;
  config: WorkspaceConfig;
  workspace: Workspace;
  /** Absolute path → the key the file has in the Workspace (its display path). */
  keys: Map<string, string>;
  /** Real paths of every file read: `--out` refuses to replace one of them. */
  inputs: Set<string>;
  /** Files and folders not read, and why (already described for people). */
  notices: string[];
  nestedRoots: string[];
}

/** How a file is shown: relative to the working folder with forward slashes (like ESLint), else absolute. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' || rel.startsWith('..') || resolve(cwd, rel) !== path ? path : rel;
  return shown.split(sep).join('/');
}

export function loadWorkspace(root: WorkspaceRoot, options: LoadOptions): LoadedWorkspace {
  const { cwd } = options;
  const rootShown = displayPath(root.root, cwd) || '.';
  const rootDescription = describeRoot(root, rootShown === '' ? '.' : rootShown);
  const configPolicy = new FileSystemPolicy(root.root, DEFAULT_MAX_FILE_BYTES);
  const config = root.configFile ? readConfig(configPolicy, root.configFile, cwd) : EMPTY_CONFIG;
  const maxBytes = options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
  const policy = new FileSystemPolicy(root.root, maxBytes);
  const discovered = discoverSkillsFiles(policy, { ignore: config.ignore, nestedRoots: root.reason === 'option' ? 'include' : 'exclude' });

  const workspace = new Workspace({ today: options.today ?? config.today ?? options.fallbackToday, maxFileBytes: maxBytes });
  const keys = new Map<string, string>();
  const inputs = new Set<string>();
  const notices = discovered.skipped.map((s) => notRead(s, root.root, cwd));
  const texts: [string, string][] = [];
  const oversized: [string, number][] = [];
  const take = (outcome: ReadOutcome, path: string): boolean => {
    if (outcome.kind === 'refused') return false;
    const key = displayPath(path, cwd);
    keys.set(path, key);
    inputs.add(outcome.real);
    if (outcome.kind === 'text') texts.push([key, outcome.text]);
    else oversized.push([key, outcome.bytes]);
    return true;
  };
  const readInside = (path: string): ReadOutcome => {
    const outcome = policy.readText(path);
    take(outcome, path);
    return outcome;
  };

  for (const path of discovered.files) {
    const outcome = readInside(path);
    if (outcome.kind === 'refused') notices.push(notRead({ path, refusal: outcome.refusal }, root.root, cwd));
  }
  for (const written of config.catalogs) {
    const path = resolve(root.root, written);
    if (keys.has(path)) continue;
    const outcome = readInside(path);
    if (outcome.kind === 'refused') {
      throw new UsageError(`${escapeTerminal(displayPath(root.configFile!, cwd))}: catalog '${escapeTerminal(written)}' not read: ${escapeTerminal(describeRefusal(outcome.refusal, rootShown))}`);
    }
  }
  for (const path of options.explicitFiles) {
    if (keys.has(path) || options.stdin?.path === path) continue;
    // A file inside the root obeys the root's rule (a committed link cannot lead out of it); one the
    // user names outside the root (with --workspace) is their own choice, read as a --catalog file is.
    const outcome = policy.containsPath(path) ? readInside(path) : readNamedFile(path, maxBytes);
    take(outcome, path);
    if (outcome.kind === 'refused') {
      throw new UsageError(`${escapeTerminal(displayPath(path, cwd))}: not read: ${escapeTerminal(describeRefusal(outcome.refusal, rootShown))}`);
    }
  }
  for (const written of options.catalogs) {
    const path = resolve(cwd, written);
    if (keys.has(path)) continue;
    const outcome = readNamedFile(path, maxBytes);
    if (!take(outcome, path) && outcome.kind === 'refused') {
      throw new UsageError(`--catalog ${escapeTerminal(written)}: ${escapeTerminal(describeRefusal(outcome.refusal, rootShown))}`);
    }
  }
  if (options.stdin) {
    const key = displayPath(options.stdin.path, cwd);
    keys.set(options.stdin.path, key);
    const at = texts.findIndex(([k]) => k === key);
    if (at >= 0) texts.splice(at, 1);
    texts.push([key, options.stdin.text]);
  }
  workspace.setFiles(texts);
  for (const [key, bytes] of oversized) workspace.setOversizedFile(key, bytes);
  return { root, rootDescription, config, workspace, keys, inputs, notices, nestedRoots: discovered.nestedRoots };
}

function readConfig(policy: FileSystemPolicy, file: string, cwd: string) {
  const shown = escapeTerminal(displayPath(file, cwd));
  const outcome = policy.readText(file);
  if (outcome.kind === 'refused') throw new UsageError(`${shown}: not read: ${escapeTerminal(describeRefusal(outcome.refusal, policy.root))}`);
  if (outcome.kind === 'too-large') throw new UsageError(`${shown}: ${outcome.bytes} bytes is too large for a ${CONFIG_FILE_NAME}`);
  const { config, problems } = parseWorkspaceConfig(outcome.text);
  if (problems.length > 0) {
    throw new UsageError(problems.map((p) => `${shown}:${p.line}:${p.column}: ${escapeTerminal(p.message)}`).join('\n'));
  }
  return config;
}

function notRead(skipped: Skipped, root: string, cwd: string): string {
  return `not read: ${escapeTerminal(displayPath(skipped.path, cwd))}: ${escapeTerminal(describeRefusal(skipped.refusal, displayPath(root, cwd) || '.'))}`;
}
