// Calendar arithmetic on written dates, in UTC so that no time zone or clock enters a report.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** `date` (YYYY-MM-DD) plus `days`, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + days)).toISOString().slice(0, 10);
}

/**
 * Market data is stale when it dates from more than 12 months before `today`. A month-only `asOf`
 * (YYYY-MM) is compared by months, so "2025-11" is not yet stale during November 2026.
 */
export function isStale(asOf: string, today: string): boolean {
  const t = DATE.exec(today);
  if (!t) return false;
  const month = MONTH.exec(asOf);
  if (month) return (+t[1] * 12 + +t[2]) - (+month[1] * 12 + +month[2]) > 12;
  const day = DATE.exec(asOf);
  if (!day) return false;
  const yearBefore = `${String(+t[1] - 1).padStart(4, '0')}-${t[2]}-${t[3]}`;
  return `${day[1]}-${day[2]}-${day[3]}` < yearBefore;
}
