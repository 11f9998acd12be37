// Item-level incremental re-parsing inside one large document: the items of its top-level list
// (ITEM_LIST_KEY: catalog and candidate `skills`, role `requirements`) are read one by one, so an edit
// inside an item re-reads that item only. Used only while the document has no anchors or aliases and
// no syntax error that could spill past an item (an unclosed quote or bracket, a bad indent); anything
// else returns undefined and the caller re-reads the whole document.
import { isAlias, isMap, isSeq, visit, type Node } from 'yaml';
import { ITEM_LIST_KEY, buildListItems } from './build';
import { byPosition, collectStrings, mergeRuns } from './file';
import { schemaDiagnostics } from './messages';
import { NodeReader, keyText, type YamlDocument } from './nodes';
import { isStructural, parseYaml, yamlDiagnostic } from './parse';
import { ShiftedLines, isLineStart, lastAtOrBefore, lineDelta, shiftDiagnostics, shiftDocuments, shiftPositions, type Edit } from './incremental-text';
import type { LineTable } from './ranges';
import type { Diagnostic, DocumentKind, ParsedDocument, ParsedFile, Position, Range, Spanned } from './types';
import { schemaErrors } from './validate';

interface ItemChunk {
  /** Offset and line of the item's `-` line; the item's text runs to the next item's start (or the list end). */
  start: number;
  line: number;
  /** How many typed entries and string scalars the item contributed. */
  built: number;
  strings: number;
  /** A diagnostic of this item quotes its index (`skills[3] …`): moving the item changes the message. */
  indexed: boolean;
}

export interface ListState {
  kind: DocumentKind;
  key: 'skills' | 'requirements';
  /** Column of every item's `-`. */
  indent: number;
  items: ItemChunk[];
  /** Where the list's text ends (a line start, or the end of the file) and its line (Infinity at the end of the file). */
  end: number;
  endLine: number;
  /** String scalars before the first item. */
  headStrings: number;
  /** End of the list's value (its last item), and of the list with its trailing comments (which may end the document's range). */
  seqEnd: Position;
  seqNodeEnd: Position;
}

/** The typed document's array of list items (Candidate.skills, Role.requirements, CatalogDoc.skills). */
function itemArray(document: ParsedDocument, key: ListState['key']): unknown[] | undefined {
  const doc = document.doc as Record<string, unknown> | undefined;
  const value = doc?.[key];
  return Array.isArray(value) ? value : undefined;
}

function hasAnchorsOrAliases(doc: YamlDocument): boolean {
  let found = false;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) || (node as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

const positionOf = (r: { range: Range }) => r.range.start.line;

/**
 * The list state of a freshly read document, or undefined when item-level reuse is not safe for it.
 * `base` is the offset of `text` in the file and `chunkEnd` the offset (in `text`) where the document's text ends.
 */
export function buildListState(
  doc: YamlDocument, document: ParsedDocument | undefined, diagnostics: Diagnostic[],
  text: string, base: number, lines: LineTable, chunkEnd: number, atEndOfFile: boolean,
): ListState | undefined {
  const kind = document?.doc?.kind;
  if (!document || !kind || doc.errors.some(isStructural) || hasAnchorsOrAliases(doc)) return undefined;
  const root = doc.contents as Node | null;
  if (!isMap(root) || root.flow) return undefined;
  const key = ITEM_LIST_KEY[kind];
  const pairs = root.items.filter((p) => keyText(p) === key);
  if (pairs.length !== 1) return undefined;
  const pairIndex = root.items.indexOf(pairs[0]);
  const seq = pairs[0].value as Node | null;
  if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) return undefined;
  const next = root.items[pairIndex + 1]?.key as Node | undefined;
  const end = next ? next.range?.[0] : chunkEnd;
  if (end === undefined || !isLineStart(text, end)) return undefined;

  const first = seq.range[0];
  const indent = lines.position(first).character;
  const dashes = dashLines(text, first - indent, end, indent);
  if (!dashes || dashes.length !== seq.items.length) return undefined;
  for (let i = 0; i < dashes.length; i++) {
    const start = (seq.items[i] as Node | null)?.range?.[0];
    if (start === undefined || start < dashes[i] || start >= (dashes[i + 1] ?? end)) return undefined;
  }

  const typed = itemArray(document, key) as { range: Range }[] | undefined;
  if (!typed) return undefined;
  const items: ItemChunk[] = dashes.map((d) => ({ start: base + d, line: lines.position(d).line, built: 0, strings: 0, indexed: false }));
  const endLine = atEndOfFile && end === chunkEnd ? Infinity : lines.position(end).line;
  const chunkOf = (line: number) => (line >= items[0].line && line < endLine ? lastAtOrBefore(items, line, (c) => c.line) : -1);
  for (const entry of typed) {
    const c = chunkOf(positionOf(entry));
    if (c < 0) return undefined;
    items[c].built++;
  }
  let headStrings = 0;
  let last = -1;
  for (const s of document.strings) {
    const c = chunkOf(positionOf(s));
    if (c < 0) {
      if (s.range.start.line < items[0].line) headStrings++;
      continue;
    }
    if (c < last) return undefined; // strings out of text order: cannot be cut by item
    last = c;
    items[c].strings++;
  }
  if (headStrings + items.reduce((n, c) => n + c.strings, 0) > document.strings.length) return undefined;
  for (const d of diagnostics) {
    const c = chunkOf(d.range.start.line);
    if (c >= 0 && d.message.includes(`${key}[`)) items[c].indexed = true;
  }
  return { kind, key, indent, items, end: base + end, endLine, headStrings, seqEnd: lines.position(seq.range[1]), seqNodeEnd: lines.position(seq.range[2]) };
}

/**
 * Offsets of the lines in [from, to) that start an item (`-` at column `indent`), or undefined when a
 * line that is neither blank nor a comment sits at or left of that column (the text is not just list items).
 */
function dashLines(text: string, from: number, to: number, indent: number): number[] | undefined {
  const out: number[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let i = lineStart;
    while (i < to && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    const blankOrComment = i >= to || c === 10 || c === 13 || c === 35 /* # */;
    if (!blankOrComment && i - lineStart <= indent) {
      const next = text.charCodeAt(i + 1);
      const isDash = i - lineStart === indent && c === 45 /* - */ && (i + 1 >= text.length || next === 32 || next === 10 || next === 13);
      if (!isDash) return undefined;
      out.push(lineStart);
    }
    if (lineStart === from && out.length === 0) return undefined; // must begin with an item
    let e = i;
    while (e < to && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    if (e >= to) break;
    lineStart = text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
  return out;
}

/** The item index → typed-array and strings offsets of chunk `index`. */
function offsetsBefore(list: ListState, index: number): { built: number; strings: number } {
  let built = 0;
  let strings = list.headStrings;
  for (let i = 0; i < index; i++) {
    built += list.items[i].built;
    strings += list.items[i].strings;
  }
  return { built, strings };
}

/** A reader over a slice of the list that answers ajv's paths with the item's index in the whole list. */
class SliceReader extends NodeReader {
  constructor(doc: YamlDocument, lines: LineTable, private readonly key: string, private readonly firstIndex: number) {
    super(doc, lines);
  }

  override locate(segments: string[]) {
    if (segments[0] === this.key && segments.length > 1) {
      return super.locate([this.key, String(Number(segments[1]) - this.firstIndex), ...segments.slice(2)]);
    }
    return super.locate(segments);
  }
}

interface ReadItems {
  chunks: ItemChunk[];
  built: unknown[];
  strings: Spanned<string>[];
  diagnostics: Diagnostic[];
  seqStart?: Position;
  seqEnd?: Position;
  seqNodeEnd?: Position;
}

/** Reads the text of consecutive items (starting at file offset `base`, line `firstLine`) as items `firstIndex…`. */
function readItems(list: ListState, text: string, base: number, firstLine: number, firstIndex: number): ReadItems | undefined {
  if (text === '') return { chunks: [], built: [], strings: [], diagnostics: [] };
  const dashes = dashLines(text, 0, text.length, list.indent);
  if (!dashes || dashes[0] !== 0) return undefined;
  const header = `${list.key}:\n`;
  const synthetic = header + text;
  const { documents, streamErrors } = parseYaml(synthetic);
  if (documents.length !== 1 || streamErrors.length > 0) return undefined;
  const doc = documents[0];
  if (doc.errors.some(isStructural) || hasAnchorsOrAliases(doc)) return undefined;
  const root = doc.contents as Node | null;
  if (!isMap(root) || root.items.length !== 1) return undefined;
  const seq = root.items[0].value as Node | null;
  if (!isSeq(seq) || seq.flow || seq.items.length !== dashes.length || !seq.range) return undefined;
  for (let i = 0; i < dashes.length; i++) {
    const start = (seq.items[i] as Node | null)?.range?.[0];
    if (start === undefined || start < header.length + dashes[i] || start >= header.length + (dashes[i + 1] ?? text.length)) return undefined;
  }
  const lines = new ShiftedLines(synthetic, firstLine - 1);
  const reader = new SliceReader(doc, lines, list.key, firstIndex);
  const pattern = new RegExp(`^/${list.key}/(\\d+)(?=/|$)`);
  const errors = schemaErrors(list.kind, doc.toJS())
    .filter((e) => pattern.test(e.instancePath))
    .map((e) => ({ ...e, instancePath: e.instancePath.replace(pattern, (_, i: string) => `/${list.key}/${Number(i) + firstIndex}`) }));
  const findings = schemaDiagnostics(list.kind, errors, reader);
  const syntax = mergeRuns([...doc.errors, ...doc.warnings].map((e) => yamlDiagnostic(e, lines, synthetic, doc)));
  const diagnostics = [...syntax, ...findings.diagnostics].sort(byPosition);
  const perItem = buildListItems(list.kind, reader, findings.invalidPaths, firstIndex);
  const strings = collectStrings(doc, lines);
  const chunks: ItemChunk[] = dashes.map((d, i) => ({
    start: base + d, line: lines.position(header.length + d).line, built: perItem[i].length, strings: 0, indexed: false,
  }));
  const chunkOf = (line: number) => lastAtOrBefore(chunks, line, (c) => c.line);
  let last = 0;
  for (const s of strings) {
    const c = chunkOf(s.range.start.line);
    if (c < last) return undefined;
    last = c;
    chunks[c].strings++;
  }
  for (const d of diagnostics) {
    const c = chunkOf(d.range.start.line);
    if (c < 0) return undefined; // a finding outside the items (e.g. on the synthetic key)
    if (d.message.includes(`${list.key}[`)) chunks[c].indexed = true;
  }
  return {
    chunks, built: perItem.flat(), strings, diagnostics,
    seqStart: lines.position(seq.range[0]), seqEnd: lines.position(seq.range[1]), seqNodeEnd: lines.position(seq.range[2]),
  };
}

export interface ItemEditContext {
  previous: ParsedFile;
  /** The new text (without BOM) and where it differs from previous.text. */
  body: string;
  edit: Edit;
  /** Index of the document holding the list. */
  docIndex: number;
  list: ListState;
}

/**
 * The new ParsedFile (suppressions still to be recomputed) when the edit lies within the list's items
 * and reading just those items is safe; undefined otherwise, with nothing changed. On success `list`
 * is updated and the later documents' positions moved; the caller moves its own chunk records by the
 * returned line change. `items`: how many items were read.
 */
export function editItems(ctx: ItemEditContext): { parsed: ParsedFile; lineDelta: number; items: number } | undefined {
  const { previous, body, edit, list } = ctx;
  const items = list.items;
  if (edit.start < items[0].start || edit.oldEnd > list.end) return undefined;
  let a = lastAtOrBefore(items, edit.start, (c) => c.start);
  if (a > 0 && items[a].start === edit.start) a--;
  const b = lastAtOrBefore(items, edit.oldEnd, (c) => c.start);
  const charDelta = body.length - previous.text.length;
  const regionStart = items[a].start;
  const oldRegionEnd = b + 1 < items.length ? items[b + 1].start : list.end;
  const newRegionEnd = oldRegionEnd + charDelta;
  if (newRegionEnd < body.length && !isLineStart(body, newRegionEnd)) return undefined;
  const oldEndLine = b + 1 < items.length ? items[b + 1].line : list.endLine;
  const delta = lineDelta(previous.text, body, edit);
  const read = readItems(list, body.slice(regionStart, newRegionEnd), regionStart, items[a].line, a);
  if (!read) return undefined;
  const replaced = b - a + 1;
  const indexShift = read.chunks.length - replaced;
  const lastReplaced = b === items.length - 1;
  if (read.chunks.length === 0 && (lastReplaced || replaced === items.length)) return undefined;
  if (indexShift !== 0 && items.slice(b + 1).some((c) => c.indexed)) return undefined;
  const newEndLine = oldEndLine + delta;
  if (read.diagnostics.some((d) => d.range.start.line >= newEndLine)) return undefined;

  const document = previous.documents.find((d) => d.index === ctx.docIndex);
  const typed = document && itemArray(document, list.key);
  if (!document || !typed) return undefined;
  const docEndIsListEnd = samePosition(document.range.end, list.seqNodeEnd);
  if (!docEndIsListEnd && document.range.end.line < oldEndLine && lastReplaced) return undefined;
  if (a === 0 && read.chunks.length === 0) return undefined; // the list's start moves to a kept item: re-read the document

  // Everything is checked: from here on the previous result is reused and changed in place.
  const before = offsetsBefore(list, a);
  let oldBuilt = 0;
  let oldStrings = 0;
  for (let i = a; i <= b; i++) {
    oldBuilt += items[i].built;
    oldStrings += items[i].strings;
  }
  const seen = new Set<object>();
  const keptTyped = typed.slice(before.built + oldBuilt);
  const keptStrings = document.strings.slice(before.strings + oldStrings);
  const [head, tail] = splitDiagnostics(previous.diagnostics, items[a].line, oldEndLine);
  if (delta !== 0) {
    shiftPositions(keptTyped, delta, -Infinity);
    shiftPositions(keptStrings, delta, -Infinity);
    const { [list.key]: _items, ...rest } = document.doc as unknown as Record<string, unknown>;
    shiftPositions(rest, delta, oldEndLine);
    shiftPositions(document.range.end, delta, oldEndLine);
    shiftDocuments(previous.documents.filter((d) => d.index > ctx.docIndex), delta, seen);
    shiftDiagnostics(tail, delta, oldEndLine, seen);
  }
  const moved = (p: Position) => ({ line: p.line + delta, character: p.character });
  const seqEnd = lastReplaced ? read.seqEnd! : moved(list.seqEnd);
  const seqNodeEnd = lastReplaced ? read.seqNodeEnd! : moved(list.seqNodeEnd);
  const newDoc: Record<string, unknown> = { ...(document.doc as unknown as Record<string, unknown>) };
  newDoc[list.key] = [...typed.slice(0, before.built), ...read.built, ...keptTyped];
  if ('skillsRange' in newDoc) {
    const old = newDoc.skillsRange as Range;
    newDoc.skillsRange = { start: a === 0 ? read.seqStart! : old.start, end: { ...seqEnd } };
  }
  const newDocument: ParsedDocument = {
    ...document,
    range: { start: document.range.start, end: docEndIsListEnd ? { ...seqNodeEnd } : document.range.end },
    doc: newDoc as unknown as ParsedDocument['doc'],
    strings: [...document.strings.slice(0, before.strings), ...read.strings, ...keptStrings],
  };

  items.splice(a, replaced, ...read.chunks);
  for (let i = a + read.chunks.length; i < items.length; i++) {
    items[i].start += charDelta;
    items[i].line += delta;
  }
  list.end += charDelta;
  list.endLine += delta;
  list.seqEnd = seqEnd;
  list.seqNodeEnd = seqNodeEnd;

  return {
    lineDelta: delta,
    items: read.chunks.length,
    parsed: {
      file: previous.file,
      text: body,
      documents: previous.documents.map((d) => (d === document ? newDocument : d)),
      diagnostics: [...head, ...read.diagnostics, ...tail],
      suppressions: previous.suppressions, // recomputed by the caller
    },
  };
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** Diagnostics before line `from`, and from line `to` on (those in between are replaced). */
export function splitDiagnostics(diagnostics: Diagnostic[], from: number, to: number): [Diagnostic[], Diagnostic[]] {
  const head = lastAtOrBefore(diagnostics, from - 1, (d) => d.range.start.line) + 1;
  const tail = lastAtOrBefore(diagnostics, to - 1, (d) => d.range.start.line) + 1;
  return [diagnostics.slice(0, head), diagnostics.slice(tail)];
}
