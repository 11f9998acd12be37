// Turns the match's gaps into the planner's work list: missing prerequisites pulled in, a
// deterministic order (prerequisites first, then priority, gap size, name), and hours per gap from
// the catalog's resources or, for levels no resource covers, the effort model.

import type { Candidate, Priority, Resource } from '../model/types';
import type { Gap } from './report-model';
import { compareGaps, PRIORITY_RANK, type MatchGap } from './match';
import { effortCurve } from './effort';
import { candidateSkills, compareText, levelOf, resolveId, type SkillLookup, type SkillRef } from './skills';

export interface ChosenResource {
  resource: Resource;
  catalog: string;
  /** The levels (steps into level k) of this gap it covers. */
  levels: number[];
  /** Its cost, counted once for the plan even when it serves two gaps. */
  cost: number;
  currency: string;
  currencyAssumed: boolean;
}

export interface PlannedGap {
  ref: SkillRef;
  gap: Gap;
  resources: ChosenResource[];
  evidence?: string;
}

interface Node {
  ref: SkillRef;
  required: number;
  current: number;
  priority: Priority;
  prerequisite: boolean;
  prerequisiteOf: SkillRef[];
  requires: Set<string>;   // keys of gap nodes that must come first
}

export function planGaps(gaps: MatchGap[], candidate: Candidate, catalog: SkillLookup): PlannedGap[] {
  const nodes = withPrerequisites(gaps, candidate, catalog);
  const ordered = topologicalOrder(nodes);
  const budget = budgetOf(candidate);
  const providers = (candidate.preferences?.providers ?? []).map((p) => p.value.toLowerCase());
  const spent = new Map<string, number>();
  const paidFor = new Set<string>();
  return ordered.map((node) => {
    const entry = node.ref.entry;
    const { curve } = effortCurve(entry, node.ref.category);
    const stepHoursOf = (levels: number[]) => levels.reduce((sum, k) => sum + curve[k - 1], 0);
    const steps = range(node.current + 1, node.required);
    const resources = chooseResources(node, steps, providers, budget, spent, paidFor);
    const covered = new Set(resources.flatMap((r) => r.levels));
    const effortModelHours = stepHoursOf(steps.filter((k) => !covered.has(k)));
    const resourceHours = resources.reduce((sum, r) => sum + (r.resource.hours ?? stepHoursOf(r.levels)), 0);
    const gap: Gap = {
      skill: node.ref.name,
      ...(node.ref.id !== undefined ? { id: node.ref.id } : {}),
      required: node.required,
      current: node.current,
      gap: node.required - node.current,
      priority: node.priority,
      hours: Math.ceil(resourceHours + effortModelHours),
      hoursFrom: resources.length > 0 ? 'resources' : 'effort-model',
      effortModelHours,
      prerequisite: node.prerequisite,
      ...(node.prerequisiteOf.length > 0 ? { prerequisiteOf: node.prerequisiteOf.map((r) => r.name) } : {}),
      category: node.ref.category,
    };
    return { ref: node.ref, gap, resources, ...(entry?.evidence ? { evidence: entry.evidence } : {}) };
  });
}

function withPrerequisites(gaps: MatchGap[], candidate: Candidate, catalog: SkillLookup): Map<string, Node> {
  const held = candidateSkills(candidate, catalog);
  const nodes = new Map<string, Node>();
  for (const g of gaps) {
    nodes.set(g.skill.key, { ref: g.skill, required: g.required, current: g.current, priority: g.priority, prerequisite: false, prerequisiteOf: [], requires: new Set() });
  }
  const pending = [...nodes.values()];
  for (let node = pending.shift(); node; node = pending.shift()) {
    for (const need of node.ref.entry?.requires ?? []) {
      const ref = resolveId(catalog, need.skill);
      if (ref.key === node.ref.key || levelOf(held, ref.key) >= need.level) continue;
      let pre = nodes.get(ref.key);
      if (!pre) {
        pre = { ref, required: need.level, current: levelOf(held, ref.key), priority: node.priority, prerequisite: true, prerequisiteOf: [], requires: new Set() };
        nodes.set(ref.key, pre);
        pending.push(pre);
      }
      pre.required = Math.max(pre.required, need.level);
      if (!pre.prerequisiteOf.some((r) => r.key === node!.ref.key)) pre.prerequisiteOf.push(node.ref);
      node.requires.add(ref.key);
    }
  }
  // A pulled-in prerequisite is as urgent as the most urgent skill that needs it (transitively).
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes.values()) {
      if (!node.prerequisite) continue;
      for (const dependent of node.prerequisiteOf) {
        const p = nodes.get(dependent.key)!.priority;
        if (PRIORITY_RANK[p] < PRIORITY_RANK[node.priority]) { node.priority = p; changed = true; }
      }
    }
  }
  for (const node of nodes.values()) node.prerequisiteOf.sort((a, b) => compareText(a.name, b.name));
  return nodes;
}

function sizeOf(n: Node) {
  return { priority: n.priority, gap: n.required - n.current, skill: n.ref };
}

/**
 * Kahn's algorithm, always taking the most urgent ready node (priority, gap size, name), then every
 * other ready node of its category before moving on, so each category forms one block of phases
 * instead of alternating with others week by week. A `requires` cycle is broken at its first node.
 */
function topologicalOrder(nodes: Map<string, Node>): Node[] {
  const done = new Set<string>();
  const order: Node[] = [];
  const take = (n: Node) => { done.add(n.ref.key); order.push(n); };
  const ready = (category?: string) => [...nodes.values()]
    .filter((n) => !done.has(n.ref.key) && (category === undefined || n.ref.category === category) && [...n.requires].every((k) => done.has(k)))
    .sort((a, b) => compareGaps(sizeOf(a), sizeOf(b)));
  while (order.length < nodes.size) {
    const left = [...nodes.values()].filter((n) => !done.has(n.ref.key)).sort((a, b) => compareGaps(sizeOf(a), sizeOf(b)));
    const next = ready()[0] ?? left[0];
    take(next);
    for (let more = ready(next.ref.category)[0]; more; more = ready(next.ref.category)[0]) take(more);
  }
  return order;
}

interface Budget { amount: number; currency: string }

export function budgetOf(candidate: Candidate): Budget | undefined {
  const b = candidate.preferences?.budget;
  return b?.amount !== undefined && b.currency !== undefined ? { amount: b.amount.value, currency: b.currency.value } : undefined;
}

/** Steps a resource covers: [a, b] takes a learner from level a to level b, i.e. into levels a+1…b. */
export function stepsOf(resource: Resource): number[] {
  if (!resource.levels) return [];
  const [from, to] = resource.levels;
  return from === to ? [to] : range(Math.min(from, to) + 1, Math.max(from, to));
}

function chooseResources(
  node: Node,
  steps: number[],
  providers: string[],
  budget: Budget | undefined,
  spent: Map<string, number>,
  paidFor: Set<string>,
): ChosenResource[] {
  const entry = node.ref.entry;
  if (!entry || steps.length === 0) return [];
  const needed = new Set(steps);
  const preferred = (r: Resource) => (providers.includes(r.provider.toLowerCase()) ? 0 : 1);
  const price = (r: Resource) => (r.cost === undefined ? 0.5 : r.cost === 0 ? 0 : 1 + r.cost);
  const options = entry.resources
    .map((resource) => ({ resource, levels: stepsOf(resource).filter((k) => needed.has(k)) }))
    .filter((o) => o.levels.length > 0)
    .sort((a, b) =>
      preferred(a.resource) - preferred(b.resource) ||
      price(a.resource) - price(b.resource) ||
      b.levels.length - a.levels.length ||
      (a.resource.hours ?? Infinity) - (b.resource.hours ?? Infinity) ||
      compareText(a.resource.title, b.resource.title));
  const covered = new Set<number>();
  const chosen: ChosenResource[] = [];
  for (const { resource, levels } of options) {
    if (levels.every((k) => covered.has(k))) continue;
    const currency = resource.currency ?? budget?.currency ?? 'USD';
    const id = resourceKey(resource);
    const cost = paidFor.has(id) ? 0 : resource.cost ?? 0;
    if (cost > 0 && budget && (currency !== budget.currency || (spent.get(currency) ?? 0) + cost > budget.amount)) continue;
    spent.set(currency, (spent.get(currency) ?? 0) + cost);
    paidFor.add(id);
    levels.forEach((k) => covered.add(k));
    chosen.push({ resource, catalog: entry.origin.catalog, levels, cost, currency, currencyAssumed: cost > 0 && resource.currency === undefined });
  }
  return chosen;
}

export function resourceKey(r: Resource): string {
  return JSON.stringify([r.title, r.provider, r.url ?? '']);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}
