// Wording and number formatting shared by every renderer, so Markdown, HTML and text say the same thing
// in the same words. Formatting only: every number comes from the report model as is.

import type { Readiness } from '../analysis/report-model';
import { formatNumber } from '../analysis/wording';
import type { Priority } from '../model/types';

export { levelLabel } from '../model/levels';
export { formatNumber } from '../analysis/wording';

/** 120000 -> "120,000" without Intl, so output never depends on the ICU build. */
export function groupThousands(value: number): string {
  const [whole, fraction] = formatNumber(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

export function formatMoney(amount: number, currency: string): string {
  return `${groupThousands(amount)} ${currency}`;
}

export function formatHours(hours: number): string {
  return `${formatNumber(hours)} h`;
}

export function formatYears(years: number): string {
  return `${formatNumber(years)} ${years === 1 ? 'year' : 'years'}`;
}

export function weeksRange(startWeek: number, endWeek: number): string {
  return startWeek === endWeek ? `Week ${startWeek}` : `Weeks ${startWeek}–${endWeek}`;
}

export function dateRange(start?: string, end?: string): string | undefined {
  if (start === undefined) return undefined;
  return end === undefined || end === start ? start : `${start} – ${end}`;
}

export function readinessLabel(readiness: Readiness): string {
  return readiness === 'ready' ? 'Ready' : 'Not ready';
}

export const PRIORITY_LABEL: Record<Priority, string> = { must: 'Must-have', should: 'Should-have', nice: 'Nice-to-have' };

/** The http(s) URL to link to, or undefined when the text must be shown as text (javascript:, data:, junk). */
export function safeHttpUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
