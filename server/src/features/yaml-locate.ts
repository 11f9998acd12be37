// "Which YAML node is under the cursor": the path of keys and indexes from the document root,
// whether the cursor is on a key or a value, and that node's range. The typed model has no key
// ranges, so hover on keys and completion contexts read the YAML tree here.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Position, Range } from '../model/types';
import { LineIndex } from './text-position';

export type PathSegment = string | number;

export interface NodeAt {
  docIndex: number;
  path: PathSegment[];
  /** True on a mapping key: `path` then ends with that key. */
  isKey: boolean;
  range: Range;
  /** The scalar value under the cursor (absent on collections). */
  value?: unknown;
}

interface Parsed { lines: LineIndex; docs: Document.Parsed[] }

let cache: { text: string; parsed: Parsed } | undefined;

function parseYamlTree(text: string): Parsed {
  if (cache?.text === text) return cache.parsed;
  const parsed = { lines: new LineIndex(text), docs: parseAllDocuments(text, { logLevel: 'error' }) as Document.Parsed[] };
  if (!Array.isArray(parsed.docs)) parsed.docs = [];   // an empty stream parses to an EmptyStream
  cache = { text, parsed };
  return parsed;
}

export function nodeAt(text: string, position: Position): NodeAt | undefined {
  const { lines, docs } = parseYamlTree(text);
  const offset = lines.offsetAt(position);
  for (let docIndex = 0; docIndex < docs.length; docIndex++) {
    const doc = docs[docIndex];
    const [start, , end] = doc.range;
    if (offset < start || offset > end) continue;
    const found = descend(doc.contents as Node | null, offset, []);
    if (!found) return undefined;
    return { docIndex, path: found.path, isKey: found.isKey, range: lines.range(found.start, found.end), value: found.value };
  }
  return undefined;
}

/** The document a position falls in (for completion in text too broken to locate a node). */
export function documentIndexAt(text: string, position: Position): number {
  const { lines, docs } = parseYamlTree(text);
  const offset = lines.offsetAt(position);
  const index = docs.findIndex((d) => offset >= d.range[0] && offset <= d.range[2]);
  return index < 0 ? Math.max(0, docs.length - 1) : index;
}

interface Found { path: PathSegment[]; isKey: boolean; start: number; end: number; value?: unknown }

function descend(node: Node | null, offset: number, path: PathSegment[]): Found | undefined {
  if (!node || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  if (isScalar(node)) {
    return offset >= start && offset <= valueEnd ? { path, isKey: false, start, end: valueEnd, value: node.value } : undefined;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const name = isScalar(key) ? String(key.value) : undefined;
      if (name === undefined) continue;
      if (key?.range && offset >= key.range[0] && offset <= key.range[1]) {
        return { path: [...path, name], isKey: true, start: key.range[0], end: key.range[1], value: name };
      }
      const inner = descend(pair.value as Node | null, offset, [...path, name]);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const inner = descend(node.items[i] as Node | null, offset, [...path, i]);
      if (inner) return inner;
    }
  }
  return undefined;
}
