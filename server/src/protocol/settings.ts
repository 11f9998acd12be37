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
  /** Extra catalog files: absolute (`~/` for the home folder), or relative to the workspace folder whose setting names them. */
  catalogs: string[];
  /** Fixed "today" (YYYY-MM-DD) for reproducible reports and stale-data checks (tests, CI). */
  today?: string;
  /** Inlay hints: the level's label after a number (`level: 3` ▸ competent), the canonical name after an alias. */
  inlayHints: { levelLabels: boolean; canonicalNames: boolean };
}

export const DEFAULT_SETTINGS: SkillgapSettings = {
  maxFileSize: DEFAULT_MAX_FILE_SIZE, catalogs: [], inlayHints: { levelLabels: true, canonicalNames: true },
};

/**
 * Settings that name files: VS Code ignores a workspace's value for them until the workspace is
 * trusted (`restrictedConfigurations` in package.json; a test holds the two lists equal), so an
 * untrusted repository cannot make the server read a file of its choosing, nor raise the size limit.
 */
export const RESTRICTED_SETTINGS = ['catalogs', 'maxFileSize'] as const;

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
  const hints = input.inlayHints as Record<string, unknown> | undefined;
  if (hints && typeof hints === 'object') {
    merged.inlayHints = {
      levelLabels: typeof hints.levelLabels === 'boolean' ? hints.levelLabels : base.inlayHints.levelLabels,
      canonicalNames: typeof hints.canonicalNames === 'boolean' ? hints.canonicalNames : base.inlayHints.canonicalNames,
    };
  }
  return merged;
}
