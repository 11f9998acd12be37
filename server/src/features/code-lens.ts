// Code lenses: on each candidate target, the match and readiness at a glance; on each role's id, the
// role at a glance ("7 candidates · 2 ready · coverage 64%"). Each opens the matching preview.
import type { Range } from '../model/types';
import type { Workspace } from '../workspace';
import { rolesOf } from '../workspace/documents';
import { matchSummaries, summaryLine } from './match-summary';

export interface LensData { range: Range; title: string; roleId: string }

export function codeLenses(workspace: Workspace, file: string, options: { today?: string } = {}): LensData[] {
  const targets = matchSummaries(workspace, file, options).map((s) => ({ range: s.range, roleId: s.roleId, title: summaryLine(s) }));
  return [...roleLenses(workspace, file, options), ...targets];
}

function roleLenses(workspace: Workspace, file: string, options: { today?: string }): LensData[] {
  const parsed = workspace.parsed(file);
  if (!parsed) return [];
  const defined = new Set(workspace.rolesDefinedIn(file).map((r) => r.id));
  return rolesOf(parsed).flatMap(({ role }) => {
    const id = role.id;
    if (id === undefined || !defined.has(id.value)) return [];
    return [{ range: id.range, roleId: id.value, title: workspace.roleReport(id.value, options).summary.line }];
  });
}
