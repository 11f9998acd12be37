import { LEVEL_LABELS } from './types';

/** "4 (proficient)", how every message, hover and report states a level; off the 0–5 scale, the bare number. */
export function levelLabel(level: number): string {
  const name = Number.isInteger(level) ? LEVEL_LABELS[level] : undefined;
  return name === undefined ? (Number.isInteger(level) ? String(level) : level.toFixed(1)) : `${level} (${name})`;
}
