// Text → yaml Documents, and the parser's errors and warnings as diagnostics.
import { isMap, parseAllDocuments, visit, YAMLParseError, type ErrorCode, type Node, type YAMLError } from 'yaml';
import { MAX_NESTING, documentSpans, firstTooDeep } from './nesting';
import { keyText, type YamlDocument } from './nodes';
import type { LineTable } from './ranges';
import type { Diagnostic, Range } from './types';

/** Alias expansions allowed per document before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export function parseYaml(text: string): { documents: YamlDocument[]; streamErrors: YAMLError[] } {
  const { readable, tooDeep } = blankTooDeep(text);
  // logLevel 'error': the library would print its warnings (e.g. collection keys) to stderr; we report them.
  const parsed = parseAllDocuments(readable, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if ('empty' in parsed) return { documents: [], streamErrors: [...tooDeep, ...parsed.errors] };
  return { documents: parsed, streamErrors: tooDeep };
}

/**
 * Documents nested deeper than MAX_NESTING are blanked (spaces, line breaks kept, so every offset
 * still maps to the same position) and reported, so the other documents of the file are still read.
 */
function blankTooDeep(text: string): { readable: string; tooDeep: YAMLError[] } {
  const tooDeep: YAMLError[] = [];
  let readable = text;
  for (const [start, end] of documentSpans(text)) {
    const at = firstTooDeep(text, start, end);
    if (at === undefined) continue;
    readable = readable.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + readable.slice(end);
    const message = `collections nested more than ${MAX_NESTING} levels deep: this document is not checked`;
    tooDeep.push(new YAMLParseError([at, Math.min(at + 1, end)], 'NESTING_TOO_DEEP' as ErrorCode, message));
  }
  return { readable, tooDeep };
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

