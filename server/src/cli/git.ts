// The skills files of a workspace as a git revision has them, read by spawning `git` (no git library):
// `ls-tree` lists the tree under the workspace root, `cat-file --batch` reads every blob in one process.
// The same rules as discovery on disk (workspace/discovery.ts): skills-file names, node_modules/ and .git/
// never entered, the base's own ignore globs, nested workspaces (a folder with its own .skillgap.yaml, or a
// submodule) left out; links and submodules are never read; files above the size limit are not read.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { ALWAYS_IGNORED_FOLDERS, isSkillsFile } from '../protocol/skills-files';
import { CONFIG_FILE_NAME } from '../workspace/root';
import { EMPTY_CONFIG, parseWorkspaceConfig, type WorkspaceConfig } from '../workspace/config';
import { UsageError } from './errors';
import { escapeTerminal } from './terminal';

export interface RevisionFiles {
  /** The full commit id the revision names. */
  commit: string;
  /** Root-relative posix path → text, or the size of a file too large to read. */
  files: Map<string, { text: string } | { bytes: number }>;
  /** The base's `.skillgap.yaml` (empty when it has none or it does not parse). */
  config: WorkspaceConfig;
}

function git(cwd: string, args: string[], input?: string): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(missing ? 'skillgap diff needs git on the PATH' : `git failed: ${escapeTerminal(r.error.message)}`);
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

interface TreeEntry { mode: string; type: string; object: string; size: number; path: string }

/** The workspace rooted at `root` as revision `rev` of the repository holding it. */
export function readRevision(root: string, rev: string, maxBytes: number): RevisionFiles {
  const top = git(root, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) throw new UsageError(`${escapeTerminal(root)} is not in a git repository: skillgap diff compares the working tree with a git revision`);
  const topDir = top.stdout.toString('utf8').trim();
  if (rev.startsWith('-')) throw new UsageError(`not a git revision: '${escapeTerminal(rev)}'`);
  const commit = git(topDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (commit.status !== 0) throw new UsageError(`unknown git revision '${escapeTerminal(rev)}' in ${escapeTerminal(topDir)}`);
  const id = commit.stdout.toString('utf8').trim();
  const prefix = relative(realpathSync(topDir), realpathSync(root)).split(sep).join('/');

  const tree = git(topDir, ['ls-tree', '-r', '-l', '-z', '--full-tree', id, '--', prefix === '' ? '.' : prefix]);
  if (tree.status !== 0) throw new UsageError(`git ls-tree failed: ${escapeTerminal(tree.stderr.trim())}`);
  const entries: TreeEntry[] = tree.stdout.toString('utf8').split('\0').filter((l) => l !== '').map((line) => {
    const tab = line.indexOf('\t');
    const [mode, type, object, size] = line.slice(0, tab).split(/\s+/);
    const path = line.slice(tab + 1);
    return { mode, type, object, size: Number(size), path: prefix === '' ? path : path.slice(prefix.length + 1) };
  });

  const configEntry = entries.find((e) => e.path === CONFIG_FILE_NAME && e.type === 'blob');
  const blobs = new Map<string, string>();
  const read = (list: TreeEntry[]) => {
    const wanted = list.filter((e) => !blobs.has(e.object));
    if (wanted.length === 0) return;
    const out = git(topDir, ['cat-file', '--batch'], wanted.map((e) => e.object).join('\n') + '\n');
    if (out.status !== 0) throw new UsageError(`git cat-file failed: ${escapeTerminal(out.stderr.trim())}`);
    let at = 0;
    for (const e of wanted) {
      const headerEnd = out.stdout.indexOf(0x0a, at);
      const size = Number(out.stdout.subarray(at, headerEnd).toString('utf8').split(' ')[2]);
      blobs.set(e.object, out.stdout.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
      at = headerEnd + 1 + size + 1;
    }
  };
  if (configEntry && configEntry.size <= maxBytes) read([configEntry]);
  const configText = configEntry ? blobs.get(configEntry.object) : undefined;
  // A base whose config does not parse is compared without its ignore globs and catalogs.
  const config = configText === undefined ? EMPTY_CONFIG : parseWorkspaceConfig(configText).config;
  const ignored = config.ignore.length === 0 ? () => false : picomatch(config.ignore, { dot: true });
  const extraPaths = config.catalogs.map((c) => posix.normalize(c.replace(/\\/g, '/')).replace(/^\.\//, ''));

  // Nested workspaces: folders holding their own config file, and submodules (a .git of their own).
  const nested = entries.filter((e) => (e.type === 'commit') || (e.path.endsWith(`/${CONFIG_FILE_NAME}`))).map((e) => (e.type === 'commit' ? e.path : posix.dirname(e.path)));
  const inNested = (path: string) => nested.some((n) => path.startsWith(`${n}/`));
  const inIgnoredFolder = (path: string) => path.split('/').slice(0, -1).some((segment, i, all) =>
    (ALWAYS_IGNORED_FOLDERS as readonly string[]).includes(segment) || ignored(all.slice(0, i + 1).join('/')));
  const selected = entries.filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755') &&
    (extraPaths.includes(e.path) || (isSkillsFile(posix.basename(e.path)) && !ignored(e.path) && !inIgnoredFolder(e.path) && !inNested(e.path))));
  read(selected.filter((e) => e.size <= maxBytes));
  const files = new Map<string, { text: string } | { bytes: number }>();
  for (const e of selected) files.set(e.path, e.size <= maxBytes ? { text: blobs.get(e.object)! } : { bytes: e.size });
  return { commit: id, files, config };
}
