// Reading skills files and catalogs from disk (which files: workspace/discover.ts).
import { readFile } from 'node:fs/promises';

/** The file's text, or undefined when it cannot be read (deleted meanwhile, a directory…). */
export async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
