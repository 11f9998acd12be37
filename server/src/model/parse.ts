// Text → yaml Documents, and the parser's errors and warnings as diagnostics.
import { isMap, parseAllDocuments, visit, YAMLParseError, type ErrorCode, type Node, type YAMLError } from 'yaml';
import { MAX_NESTING, documentSpans, scanDocument } from './nesting';
import { keyText, type YamlDocument } from './nodes';
import type { LineTable } from './ranges';
import type { Diagnostic, Range } from './types';

/** Alias expansions allowed per document before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** Values (YAML nodes, counted before parsing) a file may hold; the documents past this are not read. */
export const MAX_VALUES = 600_000;

export function parseYaml(text: string): { documents: YamlDocument[]; streamErrors: YAMLError[] } {
  const { readable, tooDeep } = blankUnreadable(text);
  // logLevel 'error': the library would print its warnings (e.g. collection keys) to stderr; we report them.
  const parsed = parseAllDocuments(readable, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if ('empty' in parsed) return { documents: [], streamErrors: [...tooDeep, ...parsed.errors] };
  return { documents: parsed, streamErrors: tooDeep };
}

/**
 * Documents the parser must not see are blanked (spaces, line breaks kept, so every offset still maps to
 * the same position) and reported, so the other documents of the file are still read: those nested
 * deeper than MAX_NESTING, and, once the values counted so far pass MAX_VALUES, the rest of the file
 * (the parser's time and memory grow with the number of values: 1.6 million one-letter list items in
 * 4.8 MB took 37 s and 2.3 GB).
 */
function blankUnreadable(text: string): { readable: string; tooDeep: YAMLError[] } {
  const tooDeep: YAMLError[] = [];
  // Pieces joined once at the end: rebuilding the whole text per blanked document was quadratic
  // (47,000 too-deep documents in 5 MB took minutes).
  const pieces: string[] = [];
  let copied = 0;
  const blank = (start: number, end: number) => {
    pieces.push(text.slice(copied, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    copied = end;
  };
  const spans = documentSpans(text);
  let values = 0;
  for (let d = 0; d < spans.length; d++) {
    const [start, end] = spans[d];
    const scan = scanDocument(text, start, end);
    if (scan.tooDeep !== undefined) {
      blank(start, end);
      const message = `collections nested more than ${MAX_NESTING} levels deep: this document is not checked`;
      tooDeep.push(new YAMLParseError([scan.tooDeep, Math.min(scan.tooDeep + 1, end)], 'NESTING_TOO_DEEP' as ErrorCode, message));
      continue;
    }
    values += scan.values;
    if (values <= MAX_VALUES) continue;
    blank(start, text.length);
    const rest = spans.length - d - 1;
    const which = rest === 0 ? 'this document is' : `this document and the ${rest === 1 ? 'one' : rest} after it are`;
    const message = `the file holds more than ${MAX_VALUES.toLocaleString('en-US')} values (YAML nodes) up to here: ${which} not checked`;
    const at = contentStart(text, start, end);
    tooDeep.push(new YAMLParseError([at, Math.min(at + 1, end)], 'TOO_MANY_VALUES' as ErrorCode, message));
    break;
  }
  if (pieces.length === 0) return { readable: text, tooDeep };
  pieces.push(text.slice(copied));
  return { readable: pieces.join(''), tooDeep };
}

/** Characters scanDocument may count a value at (besides a line's start), and the line breaks. */
const VALUE_MARKS = ['-', '?', ':', '[', '{', ',', '\n', '\r'];

/**
 * At least valuesInFile(text), quickly (a native search per character, about 10 times faster than the
 * exact scan): scanDocument counts at most one value per line of each document and one per character
 * it may count a value at. Only a text whose bound exceeds the budget needs the exact count (a 4 MB
 * catalog is well under).
 */
export function valuesAtMost(text: string): number {
  let marks = documentSpans(text).length;
  for (const mark of VALUE_MARKS) for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) marks++;
  return marks;
}

/** What markCounts counts: the value marks, then '.' (a document marker is `---` or `...`). */
const COUNTED = [...VALUE_MARKS, '.'];

/**
 * How often each of COUNTED occurs in text[from, to). Additive over pieces of a text, so an edit
 * updates a file's counts from the text it removed and inserted, and valuesBound of the counts is at
 * least valuesAtMost: each document marker after the first span takes three '-' or '.'.
 */
export function markCounts(text: string, from: number, to: number): number[] {
  return COUNTED.map((mark) => {
    let n = 0;
    for (let i = text.indexOf(mark, from); i >= 0 && i < to; i = text.indexOf(mark, i + 1)) n++;
    return n;
  });
}

export function valuesBound(counts: readonly number[]): number {
  const marks = counts.slice(0, VALUE_MARKS.length).reduce((a, b) => a + b, 0);
  return 1 + Math.floor((counts[VALUE_MARKS.indexOf('-')] + counts[COUNTED.length - 1]) / 3) + marks;
}

/** Values (YAML nodes, as scanDocument estimates them) in the parts of a file the parser reads. */
export function valuesInFile(text: string): number {
  let values = 0;
  for (const [start, end] of documentSpans(text)) {
    const scan = scanDocument(text, start, end);
    if (scan.tooDeep === undefined) values += scan.values;
  }
  return values;
}

/** The first character of a document's text that is not a blank or a line break (its start if none). */
function contentStart(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (!/\s/.test(text[i])) return i;
  return start;
}

/** Errors that leave the document's structure in doubt (unlike a duplicate key, whose value is still read). */
export function isStructural(error: YAMLError): boolean {
  return error.code !== 'DUPLICATE_KEY';
}

export function yamlDiagnostic(error: YAMLError, lines: LineTable, text: string, doc?: YamlDocument): Diagnostic {
  const [start, end] = error.pos;
  const severity = error.name === 'YAMLWarning' ? 'warning' : 'error';
  const duplicate = error.code === 'DUPLICATE_KEY' && doc ? duplicateKey(doc, start, lines) : undefined;
  const range = duplicate?.range ?? lines.range(start, Math.max(start, end));
  const message = duplicate?.message ?? firstLine(error.message);
  return { range, severity, code: 'yaml-syntax', message, data: { yamlCode: error.code } };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return line;
}

/**
 * "duplicate key 'id' (first on line 2)" on the whole repeated key. The parser usually reports the
 * repeated key's offset, but after an empty value (`a:` then `a:`) the end of that value: so take the
 * first repeated key at or after the offset, in the maps that contain it.
 */
function duplicateKey(doc: YamlDocument, offset: number, lines: LineTable): { message: string; range: Range } | undefined {
  let best: { keyStart: number; message: string; range: Range } | undefined;
  visit(doc, {
    Map(_, map) {
      if (!map.range || offset < map.range[0] || offset > map.range[2]) return undefined;
      map.items.forEach((pair, index) => {
        const keyNode = pair.key as Node | null;
        const keyStart = keyNode?.range?.[0];
        if (keyStart === undefined || keyStart < offset || (best && best.keyStart <= keyStart)) return;
        const key = keyText(pair);
        const first = map.items.find((p, i) => i < index && keyText(p) === key);
        const firstOffset = (first?.key as Node | undefined)?.range?.[0];
        if (firstOffset === undefined) return;
        best = {
          keyStart,
          message: `duplicate key '${key}' (first on line ${lines.position(firstOffset).line + 1})`,
          range: lines.range(keyStart, keyNode!.range![1]),
        };
      });
      return undefined;
    },
  });
  return best && { message: best.message, range: best.range };
}

/** The first alias node of a document, where an alias bomb is reported. */
export function firstAlias(doc: YamlDocument): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

