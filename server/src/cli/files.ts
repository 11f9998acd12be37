// Finding skills files for the command line: paths, folders (searched recursively) and globs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { expandGlobSync, findSkillsFilesSync } from '../workspace/discover';

export class UsageError extends Error {}

/** Absolute paths of the skills files the arguments name, sorted, without duplicates. */
export function findSkillsFiles(args: string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const arg of args.length > 0 ? args : ['.']) {
    if (/[*?[\]{}]/.test(arg)) {
      const matches = expandGlobSync(arg, cwd);
      if (matches.length === 0) throw new UsageError(`no files match '${arg}'`);
      matches.forEach((m) => found.add(resolve(m)));
      continue;
    }
    const path = resolve(cwd, arg);
    if (!existsSync(path)) throw new UsageError(`no such file or directory: ${arg}`);
    if (statSync(path).isDirectory()) {
      for (const m of findSkillsFilesSync(path)) found.add(resolve(m));
    } else {
      found.add(path);
    }
  }
  return [...found].sort();
}

/** How a file is shown: relative to the working folder with forward slashes, like ESLint. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' || rel.startsWith('..') ? path : rel;
  return shown.split(sep).join('/');
}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
