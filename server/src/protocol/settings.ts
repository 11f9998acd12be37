// The `skillgap` settings as a client sends them: VS Code's `skillgap.*` configuration, another
// editor's `initializationOptions` or `workspace/configuration` answer. One name per setting on
// both sides; values of the wrong type are ignored, not trusted.
import { DEFAULT_MAX_BYTES } from '../model/limits';

/** The configuration section the server asks for and the client contributes. */
export const SETTINGS_SECTION = 'skillgap';

/** Bytes; files above it get one `file-too-large` diagnostic and no analysis (the model's own default). */
export const DEFAULT_MAX_FILE_SIZE = DEFAULT_MAX_BYTES;

export interface SkillgapSettings {
  /** Largest file analysed, in bytes. */
  maxFileSize: number;
  /** Extra catalog files: absolute, or relative to the first workspace folder. */
  catalogs: string[];
  /** Fixed "today" (YYYY-MM-DD) for reproducible reports and stale-data checks (tests, CI). */
  today?: string;
}

export const DEFAULT_SETTINGS: SkillgapSettings = { maxFileSize: DEFAULT_MAX_FILE_SIZE, catalogs: [] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `base` with the valid values of `raw` over it, key by key. `extraCatalogs` is the name the
 * server documented before it read `catalogs`: still accepted, `catalogs` wins when both are sent.
 */
export function mergeSettings(base: SkillgapSettings, raw: unknown): SkillgapSettings {
  if (!raw || typeof raw !== 'object') return base;
  const input = raw as Record<string, unknown>;
  const merged = { ...base };
  if (typeof input.maxFileSize === 'number' && Number.isFinite(input.maxFileSize) && input.maxFileSize > 0) {
    merged.maxFileSize = input.maxFileSize;
  }
  const catalogs = Array.isArray(input.catalogs) ? input.catalogs : input.extraCatalogs;
  if (Array.isArray(catalogs)) merged.catalogs = catalogs.filter((c): c is string => typeof c === 'string' && c.length > 0);
  if (typeof input.today === 'string' && DATE.test(input.today)) merged.today = input.today;
  else if (input.today === null || input.today === '') merged.today = undefined;
  return merged;
}
