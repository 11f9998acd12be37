// Settings come from two places, for clients other than VS Code too: `initializationOptions` at
// start-up, then the `skillgap` section of `workspace/configuration` when the client supports it
// (the later source wins key by key). Values of the wrong type are ignored, not trusted.
import { isAbsolute, resolve } from 'node:path';

export interface ServerSettings {
  /** Largest file analysed, in bytes; larger files get one diagnostic and no analysis. */
  maxFileSize: number;
  /** Extra catalog files (absolute, or relative to the first workspace folder). */
  extraCatalogs: string[];
  /** Fixed "today" (YYYY-MM-DD) for reproducible reports and stale-data checks. */
  today?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export const DEFAULT_SETTINGS: ServerSettings = { maxFileSize: DEFAULT_MAX_FILE_SIZE, extraCatalogs: [] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function mergeSettings(base: ServerSettings, raw: unknown): ServerSettings {
  if (!raw || typeof raw !== 'object') return base;
  const input = raw as Record<string, unknown>;
  const merged = { ...base };
  if (typeof input.maxFileSize === 'number' && Number.isFinite(input.maxFileSize) && input.maxFileSize > 0) {
    merged.maxFileSize = input.maxFileSize;
  }
  if (Array.isArray(input.extraCatalogs)) {
    merged.extraCatalogs = input.extraCatalogs.filter((c): c is string => typeof c === 'string' && c.length > 0);
  }
  if (typeof input.today === 'string' && DATE.test(input.today)) merged.today = input.today;
  else if (input.today === null || input.today === '') merged.today = undefined;
  return merged;
}

export function catalogPaths(settings: ServerSettings, baseDir: string | undefined): string[] {
  return settings.extraCatalogs.map((c) => (isAbsolute(c) || !baseDir ? c : resolve(baseDir, c)));
}
