// Navigation over the yaml package's node tree: aliases resolved, ranges converted, JSON-pointer lookup.
import { isAlias, isCollection, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { AliasTable } from './aliases';
import type { LineTable } from './ranges';
import type { Range } from './types';

export type YamlDocument = Document.Parsed;

/** What a JSON pointer (as ajv reports it) points at in the YAML tree. */
export interface Located {
  /** The value as written (possibly an alias). */
  source: Node | null;
  /** The value with an alias resolved. */
  node: Node | null;
  /** The map entry holding the value, when its parent is a map. */
  pair?: Pair;
}

export class NodeReader {
  /** Every alias resolved once (the yaml library's Alias.resolve walks the whole document each time). */
  readonly aliases: AliasTable;

  constructor(readonly doc: YamlDocument, readonly lines: LineTable) {
    this.aliases = new AliasTable(doc);
  }

  resolve(node: unknown): Node | null {
    if (isAlias(node)) return this.aliases.target(node) ?? null;
    return (node as Node | null) ?? null;
  }

  /** The entry for `key` in a map node; the last one wins, as in the parsed value. */
  entry(map: Node | null, key: string): Located | undefined {
    if (!isMap(map)) return undefined;
    for (let i = map.items.length - 1; i >= 0; i--) {
      const pair = map.items[i];
      if (keyText(pair) === key) {
        const source = (pair.value as Node | null) ?? null;
        return { source, node: this.resolve(source), pair };
      }
    }
    return undefined;
  }

  /** Follows the segments of an ajv instancePath ("/skills/0/level"). */
  locate(segments: string[]): Located | undefined {
    const root = (this.doc.contents as Node | null) ?? null;
    let here: Located = { source: root, node: this.resolve(root) };
    for (const segment of segments) {
      const { node } = here;
      if (isSeq(node)) {
        const source = (node.items[Number(segment)] as Node | undefined) ?? null;
        here = { source, node: this.resolve(source) };
      } else {
        const next = this.entry(node, segment);
        if (!next) return undefined;
        here = next;
      }
    }
    return here;
  }

  /** A node's range from its first character to the end of its value (trailing comments excluded). */
  range(node: Node | null | undefined): Range | undefined {
    const r = node?.range;
    return r ? this.lines.range(r[0], r[1]) : undefined;
  }

  keyRange(pair: Pair | undefined): Range | undefined {
    return pair ? this.range(pair.key as Node | null) : undefined;
  }

  /** Range of the first key of a map, else of the node itself clipped to its first line. */
  headRange(node: Node | null): Range | undefined {
    if (isMap(node) && node.items.length > 0) {
      const kind = this.entry(node, 'kind');
      return this.keyRange(kind?.pair ?? node.items[0]);
    }
    return this.firstLine(node);
  }

  /** The node's range, clipped to the line it starts on (block collections span many lines). */
  firstLine(node: Node | null | undefined): Range | undefined {
    const r = this.range(node);
    if (!r || r.start.line === r.end.line) return r;
    return { start: r.start, end: this.lines.position(this.lines.lineEnd(r.start.line)) };
  }
}

export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key) && key.value !== null && typeof key.value !== 'object') return String(key.value);
  return undefined;
}

export function isBlockCollection(node: Node | null): boolean {
  return isCollection(node) && !node.flow;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
