// Role references and role documents: unknown-role, duplicate-id, cycle, salary-range, stale-market-data.
import { closest, distance } from 'fastest-levenshtein';
import type { Diagnostic, Fix, Role, Spanned } from '../model/types';
import type { RoleIndex } from '../analysis/role-index';
import { coded } from '../model/diagnostic-codes';

export function checkRoleReference(ref: Spanned<string>, roles: RoleIndex, what: 'target' | 'parent'): Diagnostic | undefined {
  if (roles.get(ref.value)) return undefined;
  const ids = roles.ids();
  const suggestion = ids.length > 0 ? closest(ref.value, ids) : undefined;
  const near = suggestion !== undefined && distanceOk(ref.value, suggestion) ? suggestion : undefined;
  const fixes: Fix[] = near ? [{ title: `Replace with '${near}'`, edits: [{ range: ref.range, newText: near }], preferred: true }] : [];
  return {
    range: ref.range, ...coded('unknown-role'),
    message: near
      ? `Unknown role '${ref.value}' — did you mean '${near}'?`
      : `Unknown role '${ref.value}': no role in the workspace has this id${what === 'parent' ? ' (extends)' : ''}`,
    data: { suggestions: near ? [near] : [] },
    fixes,
  };
}

function distanceOk(a: string, b: string): boolean {
  const d = distance(a, b);
  return d <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 4));
}


export function checkDuplicateRoleId(role: Role, file: string, roles: RoleIndex, display: (file: string) => string): Diagnostic | undefined {
  if (!role.id) return undefined;
  const defs = roles.definitions(role.id.value);
  const first = defs[0];
  if (defs.length < 2 || (first.file === file && sameStart(first.range, role.id.range))) return undefined;
  return {
    range: role.id.range, ...coded('duplicate-id'),
    message: `Role id '${role.id.value}' is already defined in ${display(first.file)}:${first.range.start.line + 1}`,
    related: [{ file: first.file, range: first.range, message: 'first definition' }],
  };
}

/** Loops longer than this are named by their first steps and their size, not spelled out whole. */
const MAX_SPELLED_LOOP = 50;

export function checkExtendsCycle(role: Role, roles: RoleIndex): Diagnostic | undefined {
  const id = role.id?.value;
  if (!role.extends || id === undefined) return undefined;
  // Reported on every role in the loop, each at its own `extends`, the loop read from that role.
  // A second definition of an id (a duplicate-id error) is not in the index: its own chain is walked.
  const loop = roles.get(id)?.role === role ? roles.loopThrough(id) : ownLoop(role, roles);
  if (!loop) return undefined;
  const { members, start } = loop;
  const at = (i: number) => members[(start + i) % members.length];
  const cycle = members.length <= MAX_SPELLED_LOOP
    ? [...members.slice(start), ...members.slice(0, start), id]
    : [at(0), at(1), `… (a loop through ${members.length} roles)`, id];
  return {
    range: role.extends.range, ...coded('cycle'),
    message: `extends loops: ${cycle.join(' → ')}`,
    data: { cycle },
  };
}

function ownLoop(role: Role, roles: RoleIndex): { members: readonly string[]; start: number } | undefined {
  const cycle = roles.chain(role).cycle;
  return cycle && cycle[0] === role.id?.value ? { members: cycle.slice(0, -1), start: 0 } : undefined;
}

export function checkSalary(role: Role): Diagnostic | undefined {
  const s = role.market?.salary;
  if (!s?.min || !s.max || s.min.value <= s.max.value) return undefined;
  return {
    range: s.min.range, ...coded('salary-range'),
    message: `salary min ${s.min.value} is greater than max ${s.max.value}`,
    related: [],
  };
}

/** asOf is YYYY-MM or YYYY-MM-DD; stale when more than 12 months before today. */
export function checkStaleMarket(role: Role, today: string | undefined): Diagnostic | undefined {
  const asOf = role.market?.asOf;
  if (!asOf || !today) return undefined;
  const [y, m] = asOf.value.split('-').map(Number);
  const [ty, tm] = today.split('-').map(Number);
  if (!y || !m || !ty || !tm) return undefined;
  const months = (ty - y) * 12 + (tm - m);
  if (months <= 12) return undefined;
  return {
    range: asOf.range, ...coded('stale-market-data'),
    message: `Market data is from ${asOf.value}, ${months} months before ${today}: older than 12 months; refresh the figures and asOf`,
    data: { months },
  };
}

function sameStart(a: { start: { line: number; character: number } }, b: { start: { line: number; character: number } }): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character;
}
