// One lens per candidate target: the match at a glance, and the way into the full report.
import type { Range } from '../model/types';
import type { Workspace } from '../workspace';
import { matchSummaries, mustHavesText } from './match-summary';

export interface LensData { range: Range; title: string; roleId: string }

export function codeLenses(workspace: Workspace, file: string, options: { today?: string } = {}): LensData[] {
  return matchSummaries(workspace, file, options).map((s) => ({
    range: s.range,
    roleId: s.roleId,
    title: `Match ${s.percent}% · ${mustHavesText(s.missingMustHaves.length)} · Open report`,
  }));
}
