// "Which YAML node is under the cursor": the path of keys and indexes from the document root,
// whether the cursor is on a key or a value, and that node's range. The typed model has no key
// ranges, so hover on keys and completion contexts read YAML here — but only the piece of text under
// the cursor: the model's outline (model/incremental.ts) says where each document and each item of
// its top-level list starts, so a hover in a 10,000-skill catalog reads one list item, not the file.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, Scalar, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { syntaxOutline, type SyntaxOutline } from '../model/incremental';
import type { ParsedFile, Position, Range } from '../model/types';
import { LineIndex } from './text-position';
import { linesOfText } from '../model/ranges';

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

function linesOf(parsed: ParsedFile): LineIndex {
  return linesOfText(parsed.text);
}

/** A few recently read pieces (hover and completion ask about the same place again and again). */
const pieces = new Map<string, Document.Parsed>();
function readPiece(text: string): Document.Parsed {
  let doc = pieces.get(text);
  if (!doc) {
    doc = parseDocument(text, { logLevel: 'error' }) as Document.Parsed;
    if (pieces.size >= 16) pieces.delete(pieces.keys().next().value!);
    pieces.set(text, doc);
  }
  return doc;
}

export function nodeAt(parsed: ParsedFile, position: Position): NodeAt | undefined {
  const lines = linesOf(parsed);
  const offset = lines.offsetAt(position);
  const outline = syntaxOutline(parsed);
  if (!outline) return nodeInWholeText(parsed.text, lines, offset);
  const at = locate(parsed, outline, offset);
  if (!at) return undefined;
  const { found, base } = at;
  return { docIndex: at.docIndex, path: found.path, isKey: found.isKey, range: lines.range(base + found.start, base + found.end), value: found.value };
}

/**
 * The ranges around a position, innermost first: the scalar, its key and value, the mappings and
 * lists holding it, the list item, the document, the whole text (for "expand selection").
 */
export function enclosingRanges(parsed: ParsedFile, position: Position): Range[] {
  const lines = linesOf(parsed);
  const offset = lines.offsetAt(position);
  const spans: [number, number][] = [];
  const outline = syntaxOutline(parsed);
  if (outline) {
    const at = locate(parsed, outline, offset, spans);
    if (at) {
      spans.reverse();
      for (const span of spans) { span[0] += at.base; span[1] += at.base; }
      spans.push(...at.outer);
    } else spans.length = 0;
  } else {
    for (const doc of wholeText(parsed.text)) {
      const [start, , end] = doc.range;
      if (offset < start || offset > end) continue;
      descend(doc.contents as Node | null, offset, [], spans);
      spans.reverse();
      spans.push([start, end]);
      break;
    }
  }
  spans.push([0, parsed.text.length]);
  const out: Range[] = [];
  let last: [number, number] | undefined;
  for (const [rawStart, rawEnd] of spans) {
    const [start, end] = trim(parsed.text, rawStart, rawEnd);
    // Each range holds the one before it (a parent never ends before its child, whatever the parser says).
    const span: [number, number] = last ? [Math.min(start, last[0]), Math.max(end, last[1])] : [start, end];
    if (last && span[0] === last[0] && span[1] === last[1]) continue;
    out.push(lines.range(span[0], span[1]));
    last = span;
  }
  return out;
}

/** A range starts and ends with content: not the indentation before it, nor the line breaks and blank lines after it. */
function trim(text: string, start: number, end: number): [number, number] {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1])) e--;
  let s = start;
  while (s < e && /\s/.test(text[s])) s++;
  return [s, e];
}

interface Located {
  docIndex: number;
  found: Found;
  /** Offset in the file of the piece of text read (`found` is relative to it). */
  base: number;
  /** Spans around that piece in the file, innermost first: the list item and the list, or the part of the document; the document. */
  outer: [number, number][];
}

/** The node at an offset, read from the smallest piece of text that holds it; `spans` receives the nodes on the way, relative to the piece. */
function locate(parsed: ParsedFile, outline: SyntaxOutline, offset: number, spans?: [number, number][]): Located | undefined {
  const docIndex = documentAt(outline, offset);
  const chunk = outline.documents[docIndex];
  const document: [number, number] = [chunk.start, chunk.end];
  const text = parsed.text;
  const list = chunk.list;
  const inItem = (i: number): Located | undefined | null => {
    // One item of the top-level list, read alone: a one-item sequence at the same indentation.
    const start = list!.items[i];
    const end = list!.items[i + 1] ?? list!.end;
    const itemText = text.slice(start, end);
    const seq = insideItem(itemText, list!.indent) ? readPiece(itemText).contents : undefined;
    if (!isSeq(seq) || seq.items.length !== 1) return null;   // does not read alone
    const found = descend(seq.items[0] as Node | null, offset - start, [list!.key, i], spans);
    // The list's key (`skills:`) comes before its first item: the pair `skills: [...]` is one more step out.
    const keyAt = text.lastIndexOf(`${list!.key}:`, list!.items[0]);
    const pair: [number, number][] = keyAt >= chunk.start ? [[keyAt, list!.end]] : [];
    return found && { docIndex, found, base: start, outer: [[start, end], [list!.items[0], list!.end], ...pair, document] };
  };
  if (list && list.items.length > 0 && offset >= list.items[0] && offset < list.end) {
    let i = list.items.length - 1;
    while (list.items[i] > offset) i--;
    const found = inItem(i);
    if (found !== null) return found;
  }
  // Before the list (up to its key) or after it (root keys), read alone; else the whole document.
  let [from, to] = [chunk.start, chunk.end];
  if (list && list.items.length > 0 && offset < list.items[0]) to = list.items[0];
  else if (list && list.items.length > 0 && offset >= list.end) from = list.end;
  const found = descend(readPiece(text.slice(from, to)).contents as Node | null, offset - from, [], spans);
  // A block scalar ending the last item takes in the line break, so the list's end is still inside it.
  if (!found && list && list.items.length > 0 && offset === list.end) return inItem(list.items.length - 1) ?? undefined;
  // Read without its items, the list's key has an empty value there: nothing to point at.
  if (!found || (to !== chunk.end && !found.isKey && found.path.length === 1 && found.path[0] === list?.key)) return undefined;
  return { docIndex, found, base: from, outer: from !== chunk.start || to !== chunk.end ? [[from, to], document] : [document] };
}

/** Every line after the item's `-` line is blank, a comment or indented under the dash: the item reads alone as it reads in the file. */
function insideItem(itemText: string, dashColumn: number): boolean {
  const lines = itemText.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const column = line.search(/[^ ]/);
    if (column < 0 || line[column] === '#' || line[column] === '\r') continue;
    if (column <= dashColumn) return false;
  }
  return true;
}

/** The document a position falls in (for completion in text too broken to locate a node). */
export function documentIndexAt(parsed: ParsedFile, position: Position): number {
  const offset = linesOf(parsed).offsetAt(position);
  const outline = syntaxOutline(parsed);
  if (outline) return documentAt(outline, offset);
  const docs = wholeText(parsed.text);
  const index = docs.findIndex((d) => offset >= d.range[0] && offset <= d.range[2]);
  return index < 0 ? Math.max(0, docs.length - 1) : index;
}

/** At the very start of a `---` line the cursor still ends the document before, as the parser sees it. */
function documentAt(outline: SyntaxOutline, offset: number): number {
  let i = outline.documents.length - 1;
  while (i > 0 && outline.documents[i].start >= offset) i--;
  return i;
}

/** Files the model read without an outline (directives, `...`): the whole text, as before. */
let whole: { text: string; docs: Document.Parsed[] } | undefined;
function wholeText(text: string): Document.Parsed[] {
  if (whole?.text !== text) {
    const docs = parseAllDocuments(text, { logLevel: 'error' }) as Document.Parsed[];
    whole = { text, docs: Array.isArray(docs) ? docs : [] };   // an empty stream parses to an EmptyStream
  }
  return whole.docs;
}

function nodeInWholeText(text: string, lines: LineIndex, offset: number): NodeAt | undefined {
  const docs = wholeText(text);
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

interface Found { path: PathSegment[]; isKey: boolean; start: number; end: number; value?: unknown }

/** The node at `offset`; `spans` (when given) receives the ranges of the nodes passed on the way, outermost first. */
function descend(node: Node | null, offset: number, path: PathSegment[], spans?: [number, number][]): Found | undefined {
  if (!node || !node.range) return undefined;
  const [start, valueEnd, nodeEnd] = node.range;
  if (isScalar(node)) {
    // A block scalar's range takes in its last line break, so its end is the start of the next line, which
    // belongs to what is written there (`- |` then `id: x` at column 0: the cursor before `id` is on the key).
    const endsAtLineStart = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    if (offset < start || offset > valueEnd || (endsAtLineStart && offset === valueEnd && valueEnd > start)) return undefined;
    spans?.push([start, valueEnd]);
    return { path, isKey: false, start, end: valueEnd, value: node.value };
  }
  spans?.push([start, nodeEnd]);
  const found = isMap(node) ? inMap(node, offset, path, spans) : isSeq(node) ? inSeq(node, offset, path, spans) : undefined;
  if (!found) spans?.pop();
  return found;
}

function inMap(node: YAMLMap, offset: number, path: PathSegment[], spans?: [number, number][]): Found | undefined {
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key = pair.key as Node | null;
    const name = isScalar(key) ? String(key.value) : undefined;
    const keyRange = key?.range;
    if (name === undefined) continue;
    const value = pair.value as Node | null;
    if (keyRange && offset >= keyRange[0] && offset <= keyRange[1]) {
      spans?.push([keyRange[0], value?.range ? value.range[2] : keyRange[1]], [keyRange[0], keyRange[1]]);
      return { path: [...path, name], isKey: true, start: keyRange[0], end: keyRange[1], value: name };
    }
    if (keyRange && value?.range) spans?.push([keyRange[0], value.range[2]]);
    const inner = descend(value, offset, [...path, name], spans);
    if (inner) return inner;
    if (keyRange && value?.range) spans?.pop();
  }
  return undefined;
}

function inSeq(node: YAMLSeq, offset: number, path: PathSegment[], spans?: [number, number][]): Found | undefined {
  for (let i = 0; i < node.items.length; i++) {
    const inner = descend(node.items[i] as Node | null, offset, [...path, i], spans);
    if (inner) return inner;
  }
  return undefined;
}
