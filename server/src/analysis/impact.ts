// Change impact (DESIGN §3.2): two versions of a workspace (a git base and the working tree) compared
// pair by pair — every (candidate, target role) whose match, readiness, must-haves met or readyWeek
// changed — plus the diagnostics the change introduces. Pure: the caller measures both sides.

import type { Severity } from '../model/types';
import type { Readiness } from './report-model';
import { compareText } from './skills';
import { weeksText } from './wording';

/** One candidate against one of its targets, as measured on one side. */
export interface PairStanding {
  candidate: string;
  file: string;
  roleId: string;
  roleTitle: string;
  percent: number;
  readiness: Readiness;
  mustHaves: { met: number; total: number };
  readyWeek: number;
  readyDate?: string;
  /** "ready in 12 weeks" (the code lens's words). */
  readyText: string;
}

/** A diagnostic as the impact lists it: 1-based line and column. */
export interface DiagnosticFact { file: string; line: number; column: number; severity: Severity; code: string; message: string }

export interface WorkspaceFacts { pairs: PairStanding[]; diagnostics: DiagnosticFact[] }

type PairChangeKind = 'changed' | 'added' | 'removed';

export interface PairChange {
  kind: PairChangeKind;
  candidate: string;
  file: string;
  roleId: string;
  roleTitle: string;
  before?: PairStanding;
  after?: PairStanding;
  /** after − before, for a changed pair. */
  delta?: { percent: number; mustHavesMet: number; readyWeek: number };
  /** "no longer ready", "now ready", "ready 12 weeks later", "match 5 points lower", "new target", "no longer a target". */
  verdict: string;
}

export interface ImpactModel {
  schemaVersion: 1;
  kind: 'change-impact';
  base: { label: string };
  head: { label: string };
  summary: {
    /** Pairs on either side. */
    pairs: number;
    changed: number;
    noLongerReady: number;
    nowReady: number;
    /** readyWeek later (sooner), readiness unchanged. */
    later: number;
    sooner: number;
    added: number;
    removed: number;
    diagnosticsIntroduced: Record<Severity, number>;
    diagnosticsResolved: number;
    headline: string;
  };
  /** Sorted by impact: readiness lost, readiness gained, then the largest move of readyWeek, match, must-haves. */
  changes: PairChange[];
  diagnostics: { introduced: DiagnosticFact[]; resolved: DiagnosticFact[] };
}

const pairKey = (p: { file: string; roleId: string }) => `${p.file}\u0000${p.roleId}`;
const diagnosticKey = (d: DiagnosticFact) => [d.file, d.severity, d.code, d.message].join('\u0000');

export function changeImpact(base: WorkspaceFacts, head: WorkspaceFacts, labels: { base: string; head: string }): ImpactModel {
  const before = new Map(base.pairs.map((p) => [pairKey(p), p]));
  const after = new Map(head.pairs.map((p) => [pairKey(p), p]));
  const changes: PairChange[] = [];
  for (const [key, a] of after) {
    const b = before.get(key);
    const ids = { candidate: a.candidate, file: a.file, roleId: a.roleId, roleTitle: a.roleTitle };
    if (!b) { changes.push({ kind: 'added', ...ids, after: a, verdict: 'new target' }); continue; }
    const delta = { percent: a.percent - b.percent, mustHavesMet: a.mustHaves.met - b.mustHaves.met, readyWeek: a.readyWeek - b.readyWeek };
    if (delta.percent === 0 && delta.mustHavesMet === 0 && delta.readyWeek === 0 && a.readiness === b.readiness && a.mustHaves.total === b.mustHaves.total) continue;
    changes.push({ kind: 'changed', ...ids, before: b, after: a, delta, verdict: verdictOf(b, a, delta) });
  }
  for (const [key, b] of before) {
    if (!after.has(key)) changes.push({ kind: 'removed', candidate: b.candidate, file: b.file, roleId: b.roleId, roleTitle: b.roleTitle, before: b, verdict: 'no longer a target' });
  }
  changes.sort(byImpact);

  const { introduced, resolved } = diagnosticsDiff(base.diagnostics, head.diagnostics);
  const count = (f: (c: PairChange) => boolean) => changes.filter(f).length;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of introduced) bySeverity[d.severity]++;
  const summary = {
    pairs: new Set([...before.keys(), ...after.keys()]).size,
    changed: changes.length,
    noLongerReady: count((c) => c.before?.readiness === 'ready' && c.after?.readiness === 'not-ready'),
    nowReady: count((c) => c.before?.readiness === 'not-ready' && c.after?.readiness === 'ready'),
    // Each pair counted once: a pair whose readiness flipped is counted as that, not as later or sooner.
    later: count((c) => (c.delta?.readyWeek ?? 0) > 0 && c.before?.readiness === c.after?.readiness),
    sooner: count((c) => (c.delta?.readyWeek ?? 0) < 0 && c.before?.readiness === c.after?.readiness),
    added: count((c) => c.kind === 'added'),
    removed: count((c) => c.kind === 'removed'),
    diagnosticsIntroduced: bySeverity,
    diagnosticsResolved: resolved.length,
    headline: '',
  };
  summary.headline = headlineOf(summary);
  return { schemaVersion: 1, kind: 'change-impact', base: { label: labels.base }, head: { label: labels.head }, summary, changes, diagnostics: { introduced, resolved } };
}

function verdictOf(b: PairStanding, a: PairStanding, delta: { percent: number; mustHavesMet: number; readyWeek: number }): string {
  if (b.readiness === 'ready' && a.readiness === 'not-ready') return 'no longer ready';
  if (b.readiness === 'not-ready' && a.readiness === 'ready') return 'now ready';
  if (delta.readyWeek !== 0) return `ready ${weeksText(Math.abs(delta.readyWeek))} ${delta.readyWeek > 0 ? 'later' : 'sooner'}`;
  if (delta.mustHavesMet !== 0) return `${Math.abs(delta.mustHavesMet)} ${delta.mustHavesMet > 0 ? 'more' : 'fewer'} must-have${Math.abs(delta.mustHavesMet) === 1 ? '' : 's'} met`;
  if (a.mustHaves.total !== b.mustHaves.total) return `${a.mustHaves.total} must-haves (were ${b.mustHaves.total})`;
  return `match ${Math.abs(delta.percent)} point${Math.abs(delta.percent) === 1 ? '' : 's'} ${delta.percent > 0 ? 'higher' : 'lower'}`;
}

function rank(c: PairChange): number {
  if (c.before?.readiness === 'ready' && c.after?.readiness === 'not-ready') return 0;
  if (c.before?.readiness === 'not-ready' && c.after?.readiness === 'ready') return 1;
  if (c.kind === 'changed') return 2;
  return c.kind === 'removed' ? 3 : 4;
}

function byImpact(x: PairChange, y: PairChange): number {
  const d = (c: PairChange) => c.delta ?? { percent: 0, mustHavesMet: 0, readyWeek: 0 };
  return rank(x) - rank(y) ||
    Math.abs(d(y).readyWeek) - Math.abs(d(x).readyWeek) ||
    Math.abs(d(y).percent) - Math.abs(d(x).percent) ||
    Math.abs(d(y).mustHavesMet) - Math.abs(d(x).mustHavesMet) ||
    compareText(x.candidate, y.candidate) || compareText(x.roleTitle, y.roleTitle) || compareText(x.file, y.file);
}

/** Diagnostics on the head side that the base did not have (as a multiset: lines move, so they are compared without positions), and the reverse. */
function diagnosticsDiff(base: DiagnosticFact[], head: DiagnosticFact[]): { introduced: DiagnosticFact[]; resolved: DiagnosticFact[] } {
  const take = (from: DiagnosticFact[], against: DiagnosticFact[]) => {
    const left = new Map<string, number>();
    for (const d of against) left.set(diagnosticKey(d), (left.get(diagnosticKey(d)) ?? 0) + 1);
    return from.filter((d) => {
      const n = left.get(diagnosticKey(d)) ?? 0;
      if (n > 0) { left.set(diagnosticKey(d), n - 1); return false; }
      return true;
    });
  };
  return { introduced: take(head, base), resolved: take(base, head) };
}

const SEVERITY_WORDS: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], information: ['information', 'information'], hint: ['hint', 'hints'] };

function headlineOf(s: Omit<ImpactModel['summary'], 'headline'>): string {
  const parts: string[] = [];
  if (s.changed === 0) parts.push(`No candidate's match, readiness, must-haves or ready week changes (${s.pairs} candidate–role pair${s.pairs === 1 ? '' : 's'} compared).`);
  else {
    const what = [
      s.noLongerReady > 0 ? `${s.noLongerReady} no longer ready` : '',
      s.nowReady > 0 ? `${s.nowReady} now ready` : '',
      s.later > 0 ? `${s.later} ready later` : '',
      s.sooner > 0 ? `${s.sooner} ready sooner` : '',
      s.added > 0 ? `${s.added} new` : '',
      s.removed > 0 ? `${s.removed} gone` : '',
    ].filter((p) => p !== '');
    parts.push(`${s.changed} of ${s.pairs} candidate–role pairs change${what.length > 0 ? `: ${what.join(', ')}` : ''}.`);
  }
  const introduced = (Object.keys(SEVERITY_WORDS) as Severity[]).filter((k) => s.diagnosticsIntroduced[k] > 0)
    .map((k) => `${s.diagnosticsIntroduced[k]} ${SEVERITY_WORDS[k][s.diagnosticsIntroduced[k] === 1 ? 0 : 1]}`);
  const total = (Object.values(s.diagnosticsIntroduced) as number[]).reduce((a, b) => a + b, 0);
  parts.push(total === 0 ? 'It introduces no diagnostics' : `It introduces ${total} diagnostic${total === 1 ? '' : 's'} (${introduced.join(', ')})`);
  parts[parts.length - 1] += s.diagnosticsResolved > 0 ? ` and resolves ${s.diagnosticsResolved}.` : '.';
  return parts.join(' ');
}
