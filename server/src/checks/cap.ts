// At most MAX_DIAGNOSTICS_PER_FILE diagnostics per file, then one that counts the rest: a generated or
// hostile file can hold 100,000 problems, which no one reads and which cost the editor (and a CI log)
// more than the check itself. The most severe are kept, so an error is never hidden behind hints.
import { coded } from '../model/diagnostic-codes';
import type { Diagnostic, Severity } from '../model/types';

export const MAX_DIAGNOSTICS_PER_FILE = 1000;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** `diagnostics` sorted by position; returns them (sorted) or the kept ones and a `too-many-problems` summary. */
export function capDiagnostics(diagnostics: Diagnostic[], max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const rank = (d: Diagnostic) => SEVERITIES.indexOf(d.severity);
  // A stable sort: by severity, and by position within one severity.
  const kept = new Set([...diagnostics].sort((a, b) => rank(a) - rank(b)).slice(0, max));
  const hidden = diagnostics.filter((d) => !kept.has(d));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, hidden.filter((d) => d.severity === s).length])) as Record<Severity, number>;
  const severity = SEVERITIES.find((s) => counts[s] > 0)!;
  const listed = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s].toLocaleString('en-US')} ${plural(s, counts[s])}`);
  const summary: Diagnostic = {
    range: hidden[0].range,
    ...coded('too-many-problems'),
    severity,
    message: `${hidden.length.toLocaleString('en-US')} more ${hidden.length === 1 ? 'problem in this file is' : 'problems in this file are'} not listed (${listed.join(', ')}): skillgap lists ${max.toLocaleString('en-US')} per file, the most severe first; the first one not listed is here`,
    data: { hidden: counts },
  };
  return [...diagnostics.filter((d) => kept.has(d)), summary];
}

function plural(severity: Severity, n: number): string {
  const word = severity === 'information' ? 'information' : severity;
  return n === 1 || word === 'information' ? word : `${word}s`;
}

/** How many problems of each severity the diagnostics stand for (a `too-many-problems` summary for those it counts). */
export function problemCounts(diagnostics: Iterable<Diagnostic>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of diagnostics) {
    const hidden = d.code === 'too-many-problems' ? d.data?.hidden as Record<Severity, number> | undefined : undefined;
    if (!hidden) { counts[d.severity]++; continue; }
    for (const s of SEVERITIES) counts[s] += hidden[s] ?? 0;
  }
  return counts;
}
