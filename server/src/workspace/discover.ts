// Finding skills files on disk, for the language server's indexer and the CLI alike: the rules
// (protocol/skills-files.ts) and the search options live here once, so both find the same files.
import { glob, globSync, type GlobOptions } from 'tinyglobby';
import { IGNORED_GLOBS, SKILLS_FILE_PATTERNS } from '../protocol/skills-files';

/** Dot-folders are searched (`.github/`); symbolic links to folders are not followed (no loops, no escaping the folder). */
function options(cwd: string): GlobOptions {
  return { cwd, ignore: [...IGNORED_GLOBS], absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false };
}

/** Absolute paths of the skills files under `folder`, sorted. */
export async function findSkillsFiles(folder: string): Promise<string[]> {
  return (await glob([...SKILLS_FILE_PATTERNS], options(folder))).sort();
}

export function findSkillsFilesSync(folder: string): string[] {
  return globSync([...SKILLS_FILE_PATTERNS], options(folder)).sort();
}

/** Files matching a user's glob (relative to `cwd`), with the same ignore rules, sorted. */
export function expandGlobSync(pattern: string, cwd: string): string[] {
  return globSync(pattern, options(cwd)).sort();
}
