// Finding the workspace's *.skills.yaml files on disk.
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';

export const SKILLS_FILE_GLOBS = ['**/*.skills.yaml', '**/*.skills.yml'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export function isSkillsFile(path: string): boolean {
  return /\.skills\.ya?ml$/i.test(path);
}

export async function findSkillsFiles(folder: string): Promise<string[]> {
  const found = await glob(SKILLS_FILE_GLOBS, { cwd: folder, ignore: IGNORED, absolute: true, dot: true, followSymbolicLinks: false });
  return found.sort();
}

/** The file's text, or undefined when it cannot be read (deleted meanwhile, a directory…). */
export async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
