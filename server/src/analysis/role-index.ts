// The workspace's role index: every role document by id, and `extends` chains with cycles cut.
import type { Range, Role } from '../model/types';

export interface RoleDefinition { role: Role; file: string; range: Range; docIndex: number }

export interface RoleChain {
  /** The `extends` ancestors, nearest first, stopping before a cycle or an unknown id. */
  ancestors: RoleDefinition[];
  /** The ids of a loop when the chain runs into one, e.g. ['a', 'b', 'a']. */
  cycle?: string[];
  /** An `extends` id that no role defines. */
  unknownParent?: string;
}

export class RoleIndex {
  private readonly byId = new Map<string, RoleDefinition[]>();
  private sortedIds?: string[];

  constructor(definitions: Iterable<RoleDefinition>) {
    for (const d of definitions) {
      const id = d.role.id?.value;
      if (id === undefined) continue;
      const list = this.byId.get(id) ?? [];
      list.push(d);
      this.byId.set(id, list);
    }
    // The first definition in file order wins; later ones are reported as duplicates.
    for (const list of this.byId.values()) list.sort(compareDefinitions);
  }

  get(id: string): RoleDefinition | undefined { return this.byId.get(id)?.[0]; }
  definitions(id: string): readonly RoleDefinition[] { return this.byId.get(id) ?? []; }
  ids(): readonly string[] { return (this.sortedIds ??= [...this.byId.keys()].sort()); }

  /** Linear in the chain's length. */
  chain(start: Role): RoleChain {
    const ancestors: RoleDefinition[] = [];
    const order = [start.id?.value ?? '(this role)'];
    const position = new Map([[order[0], 0]]);
    let current = start;
    while (current.extends) {
      const parentId = current.extends.value;
      const at = position.get(parentId);
      if (at !== undefined) return { ancestors, cycle: [...order.slice(at), parentId] };
      const parent = this.get(parentId);
      if (!parent) return { ancestors, unknownParent: parentId };
      ancestors.push(parent);
      position.set(parentId, order.length);
      order.push(parentId);
      current = parent.role;
    }
    return { ancestors };
  }

  /**
   * The `extends` loop through a role id, starting at it (['a', 'b'] for a → b → a), or undefined when
   * the id is on no loop. Every loop of the index is found once, in one pass over all ids (each id is
   * walked once), so asking for every role of a 5,000-role loop stays linear.
   */
  loopThrough(id: string): { members: readonly string[]; start: number } | undefined {
    if (!this.loops) this.loops = this.findLoops();
    return this.loops.get(id);
  }

  private loops?: Map<string, { members: readonly string[]; start: number }>;

  private findLoops(): Map<string, { members: readonly string[]; start: number }> {
    const loops = new Map<string, { members: readonly string[]; start: number }>();
    const done = new Set<string>();
    for (const first of this.byId.keys()) {
      const path: string[] = [];
      const onPath = new Map<string, number>();
      let id: string | undefined = first;
      while (id !== undefined && !done.has(id) && !onPath.has(id)) {
        onPath.set(id, path.length);
        path.push(id);
        id = this.get(id)?.role.extends?.value;
        if (id !== undefined && !this.byId.has(id)) id = undefined;
      }
      const at = id === undefined ? undefined : onPath.get(id);
      if (at !== undefined) {
        const members = path.slice(at);
        members.forEach((m, i) => loops.set(m, { members, start: i }));
      }
      for (const p of path) done.add(p);
    }
    return loops;
  }
}

function compareDefinitions(a: RoleDefinition, b: RoleDefinition): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
