// Settings come from two places, for clients other than VS Code too: `initializationOptions` at
// start-up, then the `skillgap` section of `workspace/configuration` when the client supports it
// (the later source wins key by key), asked once for the window and once per workspace folder, since
// `catalogs` is a resource setting. Names, defaults and validation: protocol/settings.ts.
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';

/** The `catalogs` one scope names: a workspace folder's (relative paths are taken from it), or the window's. */
export interface ScopedCatalogs { folder?: string; catalogs: readonly string[] }

/**
 * Absolute paths of the extra catalogs, each once; `~/` is the home folder. A relative path with no
 * folder to resolve it against is returned in `unresolved` (the caller says so in the log).
 */
export function catalogPaths(scopes: readonly ScopedCatalogs[]): { paths: string[]; unresolved: string[] } {
  const paths = new Set<string>();
  const unresolved: string[] = [];
  for (const { folder, catalogs } of scopes) {
    for (const written of catalogs) {
      const path = written === '~' || written.startsWith('~/') ? resolve(homedir(), written.slice(2)) : written;
      if (isAbsolute(path)) paths.add(resolve(path));
      else if (folder !== undefined) paths.add(resolve(folder, path));
      else unresolved.push(written);
    }
  }
  return { paths: [...paths], unresolved };
}
