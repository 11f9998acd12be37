// How one role's effective requirements differ from another's: the step up a career ladder (parent →
// child through `extends`) and the side-by-side comparison of any two roles. Requirements are paired
// the way `extends` overrides them (requirements.ts): by a shared skill, so a restated skill is one
// row whatever its alternatives.

import type { Priority } from '../model/types';
import type { EffectiveRequirement } from './requirements';
import { PRIORITY_RANK } from './match';

export type RequirementChange = 'added' | 'raised' | 'lowered' | 'unchanged' | 'removed';

interface RequirementSide { level: number; priority: Priority; skills: string[]; anyOf: boolean }

export interface RequirementDiffRow {
  change: RequirementChange;
  /** The requirement's skills (the `to` side's, or the `from` side's for a removed one). */
  skills: string[];
  anyOf: boolean;
  from?: RequirementSide;
  to?: RequirementSide;
  /** Set when the priority differs between the two sides (a requirement may change priority at the same level). */
  priorityChanged: boolean;
  /** `to` side: the role that states the requirement (the child itself, or an ancestor it inherits from). */
  statedBy?: string;
  /** `to` side: where it is written. */
  file?: string;
  line?: number;
}

const CHANGE_ORDER: Record<RequirementChange, number> = { added: 0, raised: 1, lowered: 2, removed: 3, unchanged: 4 };

function side(r: EffectiveRequirement): RequirementSide {
  return { level: r.level, priority: r.priority, skills: r.alternatives.map((a) => a.name), anyOf: r.anyOf };
}

/**
 * Every requirement of `to` against `from`: added (no shared skill), raised or lowered (the level),
 * unchanged (same level; `priorityChanged` says when the priority moved), and every requirement of
 * `from` that `to` does not state, removed. Ordered by change (added, raised, lowered, removed,
 * unchanged), then priority, then `to`'s order.
 */
export function compareRequirements(from: EffectiveRequirement[], to: EffectiveRequirement[]): RequirementDiffRow[] {
  const rows: { row: RequirementDiffRow; order: number }[] = [];
  const paired = new Set<EffectiveRequirement>();
  to.forEach((t, order) => {
    const keys = new Set(t.alternatives.map((a) => a.key));
    const counterparts = from.filter((f) => f.alternatives.some((a) => keys.has(a.key)));
    for (const c of counterparts) paired.add(c);
    const location = { statedBy: t.inheritedFrom ?? t.roleId, file: t.file, line: t.requirement.range.start.line };
    if (counterparts.length === 0) {
      rows.push({ order, row: { change: 'added', skills: side(t).skills, anyOf: t.anyOf, to: side(t), priorityChanged: false, ...location } });
      return;
    }
    // Several requirements restated as one (an anyOf naming two inherited skills): compared with the highest.
    const before = counterparts.reduce((a, b) => (b.level > a.level || (b.level === a.level && PRIORITY_RANK[b.priority] < PRIORITY_RANK[a.priority]) ? b : a));
    const change: RequirementChange = t.level > before.level ? 'raised' : t.level < before.level ? 'lowered' : 'unchanged';
    rows.push({ order, row: { change, skills: side(t).skills, anyOf: t.anyOf, from: side(before), to: side(t), priorityChanged: before.priority !== t.priority, ...location } });
  });
  from.forEach((f, i) => {
    if (!paired.has(f)) rows.push({ order: to.length + i, row: { change: 'removed', skills: side(f).skills, anyOf: f.anyOf, from: side(f), priorityChanged: false } });
  });
  const priorityOf = (r: RequirementDiffRow) => PRIORITY_RANK[(r.to ?? r.from)!.priority];
  return rows
    .sort((a, b) => CHANGE_ORDER[a.row.change] - CHANGE_ORDER[b.row.change] || priorityOf(a.row) - priorityOf(b.row) || a.order - b.order)
    .map((r) => r.row);
}

/** How many rows of each kind: "adds 3, raises 1, keeps 7". */
function changeCounts(rows: RequirementDiffRow[]): Record<RequirementChange, number> {
  const counts: Record<RequirementChange, number> = { added: 0, raised: 0, lowered: 0, unchanged: 0, removed: 0 };
  for (const r of rows) counts[r.change]++;
  return counts;
}

/** "adds 3, raises 1 and keeps 7": the one wording of a step's size (report, hover). */
export function changeSummary(rows: RequirementDiffRow[]): string {
  const c = changeCounts(rows);
  const parts = [
    c.added > 0 ? `adds ${c.added}` : '',
    c.raised > 0 ? `raises ${c.raised}` : '',
    c.lowered > 0 ? `lowers ${c.lowered}` : '',
    c.removed > 0 ? `drops ${c.removed}` : '',
    c.unchanged > 0 ? `keeps ${c.unchanged}` : '',
  ].filter((p) => p !== '');
  if (parts.length === 0) return 'no requirements on either side';
  const reprioritised = rows.filter((r) => r.priorityChanged).length;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${list} requirement${rows.length === 1 ? '' : 's'}${reprioritised > 0 ? ` (${reprioritised} with a new priority)` : ''}`;
}
