// One lens per candidate target: the match and readiness at a glance, and the way into the full report.
import type { Range } from '../model/types';
import type { Workspace } from '../workspace';
import { matchSummaries, summaryLine } from './match-summary';

export interface LensData { range: Range; title: string; roleId: string }

export function codeLenses(workspace: Workspace, file: string, options: { today?: string } = {}): LensData[] {
  return matchSummaries(workspace, file, options).map((s) => ({ range: s.range, roleId: s.roleId, title: summaryLine(s) }));
}
