// Which workspace a skills file belongs to. The rule (README "Workspaces", docs/format.md):
// the root is the nearest folder, from the file's own folder upwards, that holds a Skillgap config
// file (`.skillgap.yaml`) or a `.git` entry; when there is none, the file's own folder. A workspace
// is the tree under its root minus nested folders that are roots themselves (they are workspaces of
// their own), so a repository may hold several independent sets of roles and candidates.
import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE_NAME = '.skillgap.yaml';

/** How a root was chosen: shown in messages so a user knows where roles and catalogs were looked for. */
type RootReason = 'config' | 'git' | 'folder' | 'option';

export interface WorkspaceRoot {
  /** Absolute path of the root folder. */
  root: string;
  reason: RootReason;
  /** The config file, when the root holds one (also with reason 'git' or 'option'). */
  configFile?: string;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Whether a folder starts a workspace of its own (it holds a config file or `.git`). */
export function isWorkspaceRoot(dir: string): boolean {
  return exists(join(dir, CONFIG_FILE_NAME)) || exists(join(dir, '.git'));
}

/** Finds roots; remembers every folder it has looked at, so grouping n files costs O(n · depth) at most once per folder. */
export class RootFinder {
  private readonly cache = new Map<string, WorkspaceRoot | null>();

  /** The workspace root of a folder (the folder of a file, or a folder named on the command line). */
  forFolder(folder: string): WorkspaceRoot {
    const start = resolve(folder);
    return this.nearest(start) ?? { root: start, reason: 'folder' };
  }

  /** A root the user chose (`--workspace`). */
  static chosen(dir: string): WorkspaceRoot {
    const root = resolve(dir);
    const configFile = join(root, CONFIG_FILE_NAME);
    return { root, reason: 'option', ...(exists(configFile) ? { configFile } : {}) };
  }

  private nearest(dir: string): WorkspaceRoot | undefined {
    const cached = this.cache.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let found: WorkspaceRoot | undefined;
    const configFile = join(dir, CONFIG_FILE_NAME);
    if (exists(configFile)) found = { root: dir, reason: 'config', configFile };
    else if (exists(join(dir, '.git'))) found = { root: dir, reason: 'git' };
    else {
      const parent = dirname(dir);
      found = parent === dir ? undefined : this.nearest(parent);
    }
    this.cache.set(dir, found ?? null);
    return found;
  }
}

/** How a root is described in messages: "samples (holds .skillgap.yaml)". */
export function describeRoot(root: WorkspaceRoot, shown: string): string {
  switch (root.reason) {
    case 'config': return `${shown} (holds ${CONFIG_FILE_NAME})`;
    case 'git': return `${shown} (the git repository)`;
    case 'option': return `${shown} (--workspace)`;
    case 'folder': return `${shown} (the file's folder: no ${CONFIG_FILE_NAME} or .git above it)`;
  }
}
