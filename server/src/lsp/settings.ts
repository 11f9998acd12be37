// Settings come from two places, for clients other than VS Code too: `initializationOptions` at
// start-up, then the `skillgap` section of `workspace/configuration` when the client supports it
// (the later source wins key by key), asked once for the window and once per workspace folder, since
// `catalogs` is a resource setting. Names, defaults and validation: protocol/settings.ts.
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';

/** The `catalogs` one scope names: a workspace folder's (relative paths are taken from it), or the window's; `from`: a config file, not the settings. */
export interface ScopedCatalogs { folder?: string; catalogs: readonly string[]; from?: string }

/** An absolute catalog path, and where it was named (absent: the user's settings). */
export interface NamedPath { path: string; from?: string }

/**
 * Absolute paths of the extra catalogs, each once; `~/` is the home folder. A relative path with no
 * folder to resolve it against is returned in `unresolved` (the caller says so in the log).
 */
export function catalogPaths(scopes: readonly ScopedCatalogs[]): { paths: NamedPath[]; unresolved: string[] } {
  const paths = new Map<string, NamedPath>();
  const unresolved: string[] = [];
  for (const { folder, catalogs, from } of scopes) {
    for (const written of catalogs) {
      // `~/` is the user's home for the user's own settings only; a repository's config names files inside it.
      const path = from === undefined && (written === '~' || written.startsWith('~/')) ? resolve(homedir(), written.slice(2)) : written;
      const absolute = isAbsolute(path) ? resolve(path) : folder !== undefined ? resolve(folder, path) : undefined;
      if (absolute === undefined) unresolved.push(written);
      // Named by the settings and a config both: the settings' (wider) rule applies.
      else if (!paths.has(absolute) || from === undefined) paths.set(absolute, { path: absolute, from });
    }
  }
  return { paths: [...paths.values()], unresolved };
}
