// parseSkillsFile: one *.skills.yaml text → typed documents with ranges, syntax and schema diagnostics.
import { isMap, isScalar, visit, type Node } from 'yaml';
import { MAX_ALIAS_EXPANSION, type AliasExpansion } from './aliases';
import { buildDocument } from './build';
import { schemaDiagnostics } from './messages';
import { NodeReader, type YamlDocument } from './nodes';
import { MAX_ALIAS_COUNT, firstAlias, isStructural, parseYaml, yamlDiagnostic } from './parse';
import { coded } from './diagnostic-codes';
import { DEFAULT_MAX_BYTES } from './limits';
import { LineTable } from './ranges';
import { closest } from './suggest';
import { parseSuppressions } from './suppressions';
import type { Diagnostic, DocumentKind, ParsedDocument, ParsedFile, Range, Spanned } from './types';
import { schemaErrors } from './validate';

export interface ParseOptions {
  /** Files larger than this (UTF-8 bytes) are not parsed. Default: DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

const DOCUMENT_KINDS: readonly DocumentKind[] = ['candidate', 'role', 'catalog'];

const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Never throws. A leading BOM is dropped: `text` in the result and every range refer to the text
 * without it, as editors show it.
 */
export function parseSkillsFile(file: string, text: string, options: ParseOptions = {}): ParsedFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result: ParsedFile = { file, text: body, documents: [], diagnostics: [], suppressions: new Map() };
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const size = oversize(body, maxBytes);
    if (size !== undefined) return { ...oversizedFile(file, size, maxBytes), text: body };
    result.suppressions = parseSuppressions(body);
    const lines = new LineTable(body);
    const { documents, streamErrors } = parseYaml(body);
    for (const error of streamErrors) result.diagnostics.push(yamlDiagnostic(error, lines, body));
    documents.forEach((doc, index) => {
      const read = readYamlDocument(doc, index, lines, body);
      if (read.document) result.documents.push(read.document);
      result.diagnostics.push(...read.diagnostics);
    });
  } catch (error) {
    result.diagnostics.push(internalError(error, ORIGIN));
  }
  result.diagnostics.sort(byPosition);
  return result;
}

/** A file too large to analyse: no text, one `file-too-large` error (callers that never read it use this too). */
export function oversizedFile(file: string, size: number, maxBytes: number): ParsedFile {
  return {
    file, text: '', documents: [], suppressions: new Map(),
    diagnostics: [{
      range: ORIGIN, ...coded('file-too-large'),
      message: `file is ${size} bytes; skillgap checks files up to ${maxBytes} bytes`,
      data: { size, maxBytes },
    }],
  };
}

/** The UTF-8 size when it exceeds maxBytes. */
export function oversize(text: string, maxBytes: number): number | undefined {
  // A UTF-16 unit is at most 3 UTF-8 bytes, so most texts need no byte count at all.
  if (text.length * 3 <= maxBytes) return undefined;
  const size = Buffer.byteLength(text, 'utf8');
  return size > maxBytes ? size : undefined;
}

export interface DocumentResult { document?: ParsedDocument; diagnostics: Diagnostic[] }

/** One yaml Document → its ParsedDocument and diagnostics; never throws. `lines` maps the offsets of `doc`. */
export function readYamlDocument(doc: YamlDocument, index: number, lines: LineTable, text: string): DocumentResult {
  return guarded(() => readDocument(doc, index, lines, text), doc, lines);
}

function guarded(read: () => DocumentResult, doc: YamlDocument, lines: LineTable): DocumentResult {
  try {
    return read();
  } catch (error) {
    const start = lines.position(doc.range[0]);
    return { diagnostics: [internalError(error, { start, end: start })] };
  }
}

function readDocument(doc: YamlDocument, index: number, lines: LineTable, text: string): DocumentResult {
  const syntax = mergeRuns([...doc.errors, ...doc.warnings].map((e) => yamlDiagnostic(e, lines, text, doc)));
  const root = (doc.contents as Node | null) ?? null;
  if (root === null || (isScalar(root) && root.value === null && root.range?.[0] === root.range?.[1])) {
    return { diagnostics: syntax }; // an empty document (e.g. after a trailing `---`)
  }
  const docStart = lines.position(doc.range[0]);
  const document: ParsedDocument = {
    index,
    range: lines.range(doc.range[0], doc.range[1]),
    kindRange: { start: docStart, end: docStart },
    strings: collectStrings(doc, lines),
  };
  const structuralErrors = doc.errors.filter(isStructural);
  const findings = checkDocument(document, new NodeReader(doc, lines));
  if (structuralErrors.length === 0) return { document, diagnostics: [...syntax, ...findings] };
  // Where the parser had to recover, "missing" or "wrong type" is often the parser's doing, not the
  // author's: trust no schema finding on an error's line, nor on the line before when the error sits at
  // the start of a line (an unclosed `[` or a tab breaks the value that started above).
  const brokenLines = new Set(structuralErrors.flatMap((e) => {
    const { line, character } = lines.position(e.pos[0]);
    return character === 0 ? [line - 1, line] : [line];
  }));
  const trusted = findings.filter((d) => d.code !== 'schema' || (d.data?.missing === undefined && !brokenLines.has(d.range.start.line)));
  return { document, diagnostics: [...syntax, ...trusted] };
}

/** Kind, schema and typed model of one document; sets document.kindRange and document.doc. */
function checkDocument(document: ParsedDocument, reader: NodeReader): Diagnostic[] {
  const root = reader.resolve(reader.doc.contents);
  const schema = (range: Range, message: string, data?: Record<string, unknown>): Diagnostic =>
    ({ range, ...coded('schema'), message, ...(data && { data }) });
  if (!isMap(root)) {
    return [schema(reader.firstLine(root) ?? document.kindRange,
      'a skills document must be a mapping that starts with kind: candidate, role or catalog', { missing: 'kind' })];
  }
  const kindEntry = reader.entry(root, 'kind');
  if (!kindEntry) {
    return [schema(reader.headRange(root) ?? document.kindRange, "missing 'kind' (candidate, role or catalog)", { missing: 'kind' })];
  }
  document.kindRange = reader.range(kindEntry.source) ?? reader.keyRange(kindEntry.pair) ?? document.kindRange;
  const written = isScalar(kindEntry.node) ? kindEntry.node.value : undefined;
  if (!DOCUMENT_KINDS.includes(written as DocumentKind)) return [unknownKind(written, document.kindRange)];
  const kind = written as DocumentKind;

  const expansion = reader.aliases.expansion();
  if (!expansion.ok) return [aliasExpansionProblem(expansion, reader)];
  let value: unknown;
  try {
    value = reader.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return [aliasProblem(error, reader.range(firstAlias(reader.doc)) ?? document.kindRange)];
  }
  const findings = schemaDiagnostics(kind, schemaErrors(kind, value), reader);
  document.doc = buildDocument(kind, reader, findings.invalidPaths);
  return findings.diagnostics;
}

function aliasExpansionProblem(expansion: Exclude<AliasExpansion, { ok: true }>, reader: NodeReader): Diagnostic {
  const range = reader.range(expansion.alias) ?? ORIGIN;
  const message = expansion.reason === 'cycle'
    ? `alias *${expansion.alias.source} stands for a collection that contains it: this document is not checked`
    : `aliases expand this document by more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes: this document is not checked`;
  return { range, severity: 'error', code: 'yaml-syntax', message, data: { yamlCode: 'ALIAS_EXPANSION' } };
}

function aliasProblem(error: unknown, range: Range): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  const message = /excessive alias count/i.test(reason)
    ? `aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT} uses): this document is not checked`
    : `${reason}: this document is not checked`;
  return { range, ...coded('yaml-syntax'), message };
}

function unknownKind(written: unknown, range: Range): Diagnostic {
  const shown = typeof written === 'string' ? written : JSON.stringify(written ?? null);
  const suggestion = typeof written === 'string' ? closest(written, DOCUMENT_KINDS) : undefined;
  if (!suggestion) {
    return { range, ...coded('schema'), message: `unknown kind '${shown}' (expected candidate, role or catalog)` };
  }
  return {
    range, ...coded('schema'),
    message: `unknown kind '${shown}' — did you mean '${suggestion}'?`,
    fixes: [{ title: `Change to '${suggestion}'`, edits: [{ range, newText: suggestion }], preferred: true }],
    data: { suggestion },
  };
}

export function collectStrings(doc: YamlDocument, lines: LineTable): Spanned<string>[] {
  const strings: Spanned<string>[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      strings.push({ value: node.value, range: lines.range(node.range[0], node.range[1]) });
    },
  });
  return strings;
}

function internalError(error: unknown, range: Range): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return { range, ...coded('yaml-syntax'), message: `could not read this document: ${reason}` };
}

/** The parser reports `]]]` as three errors; one per run of identical, touching errors is enough. */
export function mergeRuns(diagnostics: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const last = out[out.length - 1];
    if (last && last.message === d.message && last.range.end.line === d.range.start.line && last.range.end.character === d.range.start.character) {
      out[out.length - 1] = { ...last, range: { start: last.range.start, end: d.range.end } };
    } else {
      out.push(d);
    }
  }
  return out;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
