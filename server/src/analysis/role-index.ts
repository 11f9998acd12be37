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

  chain(start: Role): RoleChain {
    const ancestors: RoleDefinition[] = [];
    const seen = [start.id?.value ?? '(this role)'];
    let current = start;
    while (current.extends) {
      const parentId = current.extends.value;
      if (seen.includes(parentId)) return { ancestors, cycle: [...seen.slice(seen.indexOf(parentId)), parentId] };
      const parent = this.get(parentId);
      if (!parent) return { ancestors, unknownParent: parentId };
      ancestors.push(parent);
      seen.push(parentId);
      current = parent.role;
    }
    return { ancestors };
  }
}

function compareDefinitions(a: RoleDefinition, b: RoleDefinition): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
