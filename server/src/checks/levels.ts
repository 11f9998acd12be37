import { LEVEL_LABELS } from '../model/types';

/** "4 (proficient)" — how every message states a level. */
export function describeLevel(level: number): string {
  const label = LEVEL_LABELS[level];
  return label === undefined ? String(level) : `${level} (${label})`;
}
