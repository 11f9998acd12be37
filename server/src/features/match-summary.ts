// Per-target match summaries (code lens, role hover), read off the same report model the preview
// shows and worded by the same functions (analysis/wording.ts), so the editor and the report can
// never disagree.
import { mustHavesText, readinessShort } from '../analysis';
import type { Range } from '../model/types';
import type { Workspace } from '../workspace';

export interface MatchSummary {
  roleId: string;
  title: string;
  range: Range;           // the `targets` entry
  percent: number;
  readiness: 'ready' | 'not-ready';
  /** Unmet must-haves as "Skill current → required". */
  unmetMustHaves: string[];
  mustHavesTotal: number;
  /** "ready in 48 weeks", "ready now", "must-haves met in 28 weeks; not ready: experience short (3 of 5 years)". */
  ready: string;
  /** The report's headline sentence. */
  headline: string;
}

export function matchSummaries(workspace: Workspace, file: string, options: { today?: string } = {}): MatchSummary[] {
  const candidate = workspace.candidates(file)[0];
  if (!candidate) return [];
  const out: MatchSummary[] = [];
  for (const target of candidate.targets) {
    if (!workspace.role(target.value)) continue;
    const summary = matchSummary(workspace, file, target.value, options);
    if (summary) out.push({ ...summary, range: target.range });
  }
  return out;
}

export function matchSummary(workspace: Workspace, file: string, roleId: string, options: { today?: string } = {}): Omit<MatchSummary, 'range'> | undefined {
  try {
    const model = workspace.report(file, roleId, options);
    return {
      roleId,
      title: model.role.title,
      percent: model.match.percent,
      readiness: model.match.readiness,
      // Unmet, not only absent: a must-have held below its level is unmet too (the report's own count).
      unmetMustHaves: model.requirements.filter((r) => r.priority === 'must' && !r.met).map((r) => `${r.skills.join(' / ')} ${r.current} → ${r.level}`),
      mustHavesTotal: model.match.mustHaves.total,
      ready: readinessShort({ roleTitle: model.role.title, roadmap: model.roadmap }),
      headline: model.summary.headline,
    };
  } catch {
    return undefined;   // not a candidate file, or the role cannot be resolved: nothing to summarise
  }
}

/** "Senior AI Engineer: 20% · 6 of 7 must-haves unmet · ready in 48 weeks" — the code lens, and the hover's first line. */
export function summaryLine(s: Omit<MatchSummary, 'range'>): string {
  return `${s.title}: ${s.percent}% · ${mustHavesText(s.unmetMustHaves.length, s.mustHavesTotal)} · ${s.ready}`;
}
