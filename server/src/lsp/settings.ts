// Settings come from two places, for clients other than VS Code too: `initializationOptions` at
// start-up, then the `skillgap` section of `workspace/configuration` when the client supports it
// (the later source wins key by key). Names, defaults and validation: protocol/settings.ts.
import { isAbsolute, resolve } from 'node:path';
import type { SkillgapSettings } from '../protocol/settings';

/** Absolute paths of the extra catalogs; relative ones are taken from `baseDir` (the first workspace folder). */
export function catalogPaths(settings: SkillgapSettings, baseDir: string | undefined): string[] {
  return settings.catalogs.map((c) => (isAbsolute(c) || !baseDir ? c : resolve(baseDir, c)));
}
