// Aliases of one document, resolved once. The yaml library resolves each alias by walking the whole
// document again (Alias.resolve), and limits only the number of alias uses, not what they expand to:
// `x: &r [200,000 items]` used 99 times is 20 million values for the schema check and costs seconds per
// keystroke. Here every alias is resolved in one pass, and the nodes the aliases add when expanded are
// counted (each anchored node's expanded size computed once), so a document whose aliases add more
// than MAX_ALIAS_EXPANSION nodes is reported and never expanded.
import { isAlias, isCollection, isPair, isScalar, visit, type Alias, type Node } from 'yaml';
import type { YamlDocument } from './nodes';

/** Nodes that aliases may add to one document when expanded (its expanded size minus its written size). */
export const MAX_ALIAS_EXPANSION = 100_000;

/** What the aliases of a document would add when expanded, and where the budget ran out. */
export type AliasExpansion =
  | { ok: true; added: number }
  | { ok: false; alias: Alias; reason: 'budget'; added: number }
  | { ok: false; alias: Alias; reason: 'cycle' };

export class AliasTable {
  private readonly targets = new Map<Alias, Node>();
  /** Aliases in document order. */
  private readonly aliases: Alias[] = [];
  /** Expanded size of every node that an alias targets (and of their descendants), once computed. */
  private readonly sizes = new Map<Node, number>();

  constructor(doc: YamlDocument) {
    // The last anchor of that name before the alias, as YAML (and the yaml library) define it.
    const anchors = new Map<string, Node>();
    visit(doc, {
      Node: (_, node) => {
        if (isAlias(node)) {
          this.aliases.push(node);
          const target = anchors.get(node.source);
          if (target) this.targets.set(node, target);
        } else if ((node as { anchor?: string }).anchor) {
          anchors.set((node as { anchor: string }).anchor, node);
        }
      },
    });
  }

  get isEmpty(): boolean { return this.aliases.length === 0; }

  /** The node an alias stands for (undefined when no anchor of that name precedes it). */
  target(alias: Alias): Node | undefined { return this.targets.get(alias); }

  /**
   * The nodes the aliases add, in document order, stopping at the alias that takes the total past
   * `budget` or that stands for a collection containing it (a cycle, infinite when expanded).
   * Linear in the document's written size: each anchored node's expanded size is computed once.
   */
  expansion(budget = MAX_ALIAS_EXPANSION): AliasExpansion {
    let added = 0;
    for (const alias of this.aliases) {
      const target = this.targets.get(alias);
      if (!target) continue; // the parser reports an alias without anchor
      const size = this.expandedSize(target, budget);
      if (size === undefined) return { ok: false, alias, reason: 'cycle' };
      added += size - 1;
      if (added > budget) return { ok: false, alias, reason: 'budget', added };
    }
    return { ok: true, added };
  }

  /**
   * Nodes in `node` with aliases expanded, counted up to `budget + 1` (enough to know it is too many);
   * undefined when an alias inside stands for a node being counted (a cycle). Recursion follows the
   * written tree (at most MAX_NESTING deep) and aliases only through memoised sizes, so it is shallow.
   */
  private expandedSize(node: Node, budget: number, open = new Set<Node>()): number | undefined {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) return undefined;
    let size = 1;
    if (isAlias(node)) {
      const target = this.targets.get(node);
      if (!target) return 1;
      const inner = this.expandedSize(target, budget, open);
      if (inner === undefined) return undefined;
      size = inner;
    } else if (isCollection(node)) {
      open.add(node);
      for (const item of node.items) {
        const parts = isPair(item) ? [item.key, item.value] : [item];
        for (const part of parts) {
          if (part === null || part === undefined || isScalar(part) && !(part as { anchor?: string }).anchor) {
            size += part === null || part === undefined ? 0 : 1;
            continue;
          }
          const inner = this.expandedSize(part as Node, budget, open);
          if (inner === undefined) { open.delete(node); return undefined; }
          size = Math.min(size + inner, budget + 2);
        }
      }
      open.delete(node);
    }
    this.sizes.set(node, size);
    return size;
  }
}
