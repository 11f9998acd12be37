// Incremental re-parsing: given the previous ParsedFile of a file and its new text, re-read only what
// the edit touched — the YAML documents it falls in and, inside a large document, the items of its
// top-level list (see incremental-items.ts) — and splice the results into the previous ones, moving
// what follows by the number of lines the edit added. The result deep-equals parseSkillsFile(new text)
// (test/unit/perf checks this over random edit sequences); when reuse cannot be shown safe (a syntax
// error that may run on past the next `---`, directives, an oversize file) it re-reads more, up to the
// whole file.
import { byPosition, oversize, parseSkillsFile, readYamlDocument, type ParseOptions } from './file';
import { DEFAULT_MAX_BYTES } from './limits';
import { buildListState, editItems, splitDiagnostics, type ListState } from './incremental-items';
import { ShiftedLines, findEdit, isDocumentMarker, lastAtOrBefore, lineDelta, shiftDiagnostics, shiftDocuments } from './incremental-text';
import { MAX_VALUES, isStructural, markCounts, parseYaml, valuesAtMost, valuesBound, valuesInFile } from './parse';
import { parseSuppressions } from './suppressions';
import type { Diagnostic, ParsedDocument, ParsedFile } from './types';

/** One YAML document's text: from its `---` line (or the file start) to the next document's. */
interface DocChunk {
  start: number;
  line: number;
  /** The document has a syntax error: its reading may depend on text past its `---` (an unclosed quote looks for its end). */
  broken: boolean;
  list?: ListState;
}

interface FileState {
  chunks: DocChunk[];
  maxBytes: number;
  /** markCounts of the text, once counted (kept up to date by each edit): bounds the value count without a scan. */
  marks?: number[];
}

const states = new WeakMap<ParsedFile, FileState>();

/** What the last re-parse re-read: list items of one document, whole documents, or the file. */
export type ReparseScope = { reread: 'items'; items: number } | { reread: 'documents'; documents: number } | { reread: 'file' };
const scopes = new WeakMap<ParsedFile, ReparseScope>();

/** How `parsed` was produced by reparseSkillsFile (for tests and the benchmark); undefined for other results. */
export function reparseScope(parsed: ParsedFile): ReparseScope | undefined {
  return scopes.get(parsed);
}

/** Where each YAML document's text starts, and the items of its top-level list (offsets in `parsed.text`). */
export interface SyntaxOutline {
  documents: { start: number; end: number; list?: { key: string; indent: number; items: number[]; end: number } }[];
}

/**
 * The document and list-item boundaries this module keeps for re-parsing, so that a feature can read
 * just the piece of text under the cursor; undefined for a file it did not produce (or an oversize one).
 */
export function syntaxOutline(parsed: ParsedFile): SyntaxOutline | undefined {
  const state = states.get(parsed);
  if (!state) return undefined;
  const { chunks } = state;
  return {
    documents: chunks.map((c, i) => ({
      start: c.start,
      end: i + 1 < chunks.length ? chunks[i + 1].start : parsed.text.length,
      ...(c.list && { list: { key: c.list.key, indent: c.list.indent, items: c.list.items.map((item) => item.start), end: c.list.end } }),
    })),
  };
}

/** Directives and document-end markers change how the next document reads: files with them are re-read whole. */
const STREAM_SYNTAX = /^(%|\.\.\.)/m;

/**
 * parseSkillsFile(file, text), re-using `previous` (the result for the same file's previous text, as
 * returned by this function). `previous` is consumed: its unchanged parts move into the result and are
 * changed in place, so it must not be used afterwards.
 */
export function reparseSkillsFile(previous: ParsedFile | undefined, file: string, text: string, options: ParseOptions = {}): ParsedFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const state = previous && states.get(previous);
  if (previous && state && previous.file === file && state.maxBytes === maxBytes) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body === previous.text) return previous;
    if (oversize(body, maxBytes) === undefined && !mayHoldTooManyValues(body, previous.text, state)) {
      const result = attempt(() => applyEdit(previous, state, body));
      if (result) {
        states.delete(previous);
        states.set(result, state);
        return result;
      }
    }
  }
  return parseWithState(file, text, maxBytes);
}

/**
 * A file over the value budget has its documents past the budget blanked, which depends on the whole
 * file: it is re-read whole (quickly: those documents are not parsed). A text can hold at most about
 * one value per character (at most length + 1), so only texts that long are counted: first a bound,
 * then, if the bound is over the budget, the exact count.
 */
function mayHoldTooManyValues(body: string, before?: string, state?: FileState): boolean {
  if (body.length + 1 <= MAX_VALUES) return false;
  if (state && before !== undefined) {
    // An edit of a counted text: its count updated from what the edit removed and inserted (a 4 MB
    // text is not scanned again for a keystroke).
    const edit = findEdit(before, body);
    const [removed, inserted] = [markCounts(before, edit.start, edit.oldEnd), markCounts(body, edit.start, edit.newEnd)];
    state.marks = state.marks ? state.marks.map((n, i) => n - removed[i] + inserted[i]) : markCounts(body, 0, body.length);
    if (valuesBound(state.marks) <= MAX_VALUES) return false;
  }
  return valuesAtMost(body) > MAX_VALUES && valuesInFile(body) > MAX_VALUES;
}

/** parseSkillsFile never throws; neither does this: an unexpected failure means a full parse instead. */
function attempt(run: () => ParsedFile | undefined): ParsedFile | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** A full parse that also records the document and item boundaries for later edits. */
function parseWithState(file: string, text: string, maxBytes: number): ParsedFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (oversize(body, maxBytes) !== undefined || STREAM_SYNTAX.test(body) || mayHoldTooManyValues(body)) return parseSkillsFile(file, text, { maxBytes });
  const region = readRegion(body, 0, 0, 0, body.length);
  if (!region?.chunks) return parseSkillsFile(file, text, { maxBytes });
  const result: ParsedFile = {
    file, text: body, documents: region.documents, diagnostics: region.diagnostics, suppressions: parseSuppressions(body),
  };
  states.set(result, { chunks: region.chunks, maxBytes });
  scopes.set(result, { reread: 'file' });
  return result;
}

interface Region {
  documents: ParsedDocument[];
  diagnostics: Diagnostic[];
  /** Undefined when the documents' boundaries are not plain `---` lines (then nothing is reused later). */
  chunks?: DocChunk[];
  /** The last document has a syntax error: in the whole file it may run on into the next document. */
  openEnded: boolean;
  /** The first document has a syntax error, which the whole file may give to the document before. */
  brokenStart: boolean;
}

/** Reads body[start, end) — whole documents starting on line `line` — as documents `firstIndex…`. */
function readRegion(body: string, start: number, line: number, firstIndex: number, end: number): Region | undefined {
  const text = body.slice(start, end);
  const { documents: docs, streamErrors } = parseYaml(text);
  if (docs.length === 0 || streamErrors.length > 0) return undefined;
  const lines = new ShiftedLines(text, line);
  const documents: ParsedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const starts = docs.map((doc, j) => (j === 0 ? 0 : doc.range[0]));
  let chunksValid = starts.every((s, j) => j === 0 || isDocumentMarker(text, s));
  const chunks: DocChunk[] = [];
  docs.forEach((doc, j) => {
    const read = readYamlDocument(doc, firstIndex + j, lines, text);
    if (read.document) documents.push(read.document);
    diagnostics.push(...read.diagnostics);
    if (!chunksValid) return;
    const chunkEnd = starts[j + 1] ?? text.length;
    const chunkLine = lines.position(starts[j]).line;
    const endLine = j + 1 < docs.length || start + text.length < body.length ? lines.position(chunkEnd).line : Infinity;
    if (read.diagnostics.some((d) => d.range.start.line < chunkLine || d.range.start.line >= endLine)) chunksValid = false;
    const atEndOfFile = start + chunkEnd === body.length;
    const list = buildListState(doc, read.document, read.diagnostics, text, start, lines, chunkEnd, atEndOfFile);
    chunks.push({ start: start + starts[j], line: chunkLine, broken: doc.errors.some(isStructural), ...(list && { list }) });
  });
  diagnostics.sort(byPosition);
  // An unclosed quote or bracket runs on into (or reports at) the next `---`: read alone, the last
  // document cannot show that, so any error in it makes the caller read the next document too.
  const openEnded = docs[docs.length - 1].errors.some(isStructural);
  // The parser gives an error just after a `---` (before the content) to the document before it: read
  // alone, the first document would keep it, so any error in it makes the caller read the one before too.
  const brokenStart = docs[0].errors.some(isStructural);
  return { documents, diagnostics, chunks: chunksValid ? chunks : undefined, openEnded, brokenStart };
}

function applyEdit(previous: ParsedFile, state: FileState, body: string): ParsedFile | undefined {
  const old = previous.text;
  const edit = findEdit(old, body);
  const chunks = state.chunks;
  let a = Math.max(0, lastAtOrBefore(chunks, edit.start, (c) => c.start));
  if (a > 0 && chunks[a].start === edit.start) a--;
  while (a > 0 && chunks[a - 1].broken) a--; // (then a < b: whole documents are re-read)
  let b = Math.max(a, lastAtOrBefore(chunks, edit.oldEnd, (c) => c.start));
  const charDelta = body.length - old.length;
  const delta = lineDelta(old, body, edit);

  const list = chunks[a].list;
  if (a === b && list) {
    const done = editItems({ previous, body, edit, docIndex: a, list });
    if (done) {
      for (let i = a + 1; i < chunks.length; i++) moveChunk(chunks[i], charDelta, done.lineDelta);
      scopes.set(done.parsed, { reread: 'items', items: done.items });
      return withSuppressions(done.parsed, body);
    }
  }

  // Re-read whole documents a…b, and more while the last one may run on into the next.
  if (a > 0 && !isDocumentMarker(body, chunks[a].start)) return undefined;
  for (;;) {
    const oldEnd = b + 1 < chunks.length ? chunks[b + 1].start : old.length;
    const newEnd = oldEnd + charDelta;
    if (STREAM_SYNTAX.test(body.slice(chunks[a].start, newEnd))) return undefined;
    const region = readRegion(body, chunks[a].start, chunks[a].line, a, newEnd);
    if (!region?.chunks) return undefined;
    if (region.openEnded && b + 1 < chunks.length) {
      b++;
      continue;
    }
    if (region.brokenStart && a > 0) {
      a--;
      continue;
    }
    const parsed = spliceDocuments(previous, state, body, a, b, region, region.chunks, delta, charDelta);
    scopes.set(parsed, { reread: 'documents', documents: region.chunks.length });
    return parsed;
  }
}

/** A document after the edit moves by the edit's size: its start, and its list's item offsets and lines with it. */
function moveChunk(chunk: DocChunk, chars: number, lines: number): void {
  chunk.start += chars;
  chunk.line += lines;
  const list = chunk.list;
  if (!list) return;
  for (const item of list.items) {
    item.start += chars;
    item.line += lines;
  }
  list.end += chars;
  list.endLine += lines;   // Infinity (the list ends the file) stays Infinity
  list.seqEnd.line += lines;
  list.seqNodeEnd.line += lines;
}

function spliceDocuments(
  previous: ParsedFile, state: FileState, body: string, a: number, b: number,
  region: Region, newChunks: DocChunk[], delta: number, charDelta: number,
): ParsedFile {
  const chunks = state.chunks;
  const oldEndLine = b + 1 < chunks.length ? chunks[b + 1].line : Infinity;
  const [head, tail] = splitDiagnostics(previous.diagnostics, chunks[a].line, oldEndLine);
  const indexShift = newChunks.length - (b - a + 1);
  const kept = previous.documents.filter((d) => d.index < a);
  const after = previous.documents.filter((d) => d.index > b);
  const seen = new Set<object>();
  if (delta !== 0) {
    shiftDocuments(after, delta, seen);
    shiftDiagnostics(tail, delta, oldEndLine, seen);
  }
  for (const d of after) d.index += indexShift;
  for (let i = b + 1; i < chunks.length; i++) moveChunk(chunks[i], charDelta, delta);
  chunks.splice(a, b - a + 1, ...newChunks);
  return withSuppressions({
    file: previous.file,
    text: body,
    documents: [...kept, ...region.documents, ...after],
    diagnostics: [...head, ...region.diagnostics, ...tail],
    suppressions: previous.suppressions,
  }, body);
}

function withSuppressions(parsed: ParsedFile, body: string): ParsedFile {
  parsed.suppressions = parseSuppressions(body);
  return parsed;
}
