// Per-target match summaries (code lens, role hover), read off the same report model the preview
// shows, so the editor and the report can never disagree.
import type { Range } from '../model/types';
import type { Workspace } from '../workspace';

export interface MatchSummary {
  roleId: string;
  title: string;
  range: Range;           // the `targets` entry
  percent: number;
  readiness: 'ready' | 'not-ready';
  missingMustHaves: string[];
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
      missingMustHaves: model.requirements.filter((r) => r.priority === 'must' && !r.met).map((r) => `${r.skills.join(' / ')} ${r.current} → ${r.level}`),
    };
  } catch {
    return undefined;   // not a candidate file, or the role cannot be resolved: nothing to summarise
  }
}

export function mustHavesText(unmet: number): string {
  if (unmet === 0) return 'all must-haves met';
  return `${unmet} must-have${unmet === 1 ? '' : 's'} unmet`;
}
