// ajv errors → one diagnostic per mistake, with the exact range and a message written for people.
import type { ErrorObject } from 'ajv';
import { isMap, isScalar, stringify, type Node } from 'yaml';
import { anchorOf, schemaAtPath, type JsonSchema } from './schemas';
import { NodeReader, escapePointer, isBlockCollection, keyText, splitPointer } from './nodes';
import { closest } from './suggest';
import type { Diagnostic, DocumentKind, Fix, Range } from './types';
import { LEVEL_LABELS } from './types';
import { coded } from './diagnostic-codes';
import { NON_DECREASING, RISING_RANGE } from './format-rules';

export interface SchemaFindings {
  diagnostics: Diagnostic[];
  /** JSON pointers of values the schema rejected; the typed model omits them. */
  invalidPaths: Set<string>;
}

const LEVEL_MESSAGE_SUFFIX = 'must be 0–5 (0 none … 5 expert)';

export function schemaDiagnostics(kind: DocumentKind, errors: ErrorObject[], reader: NodeReader): SchemaFindings {
  const diagnostics: Diagnostic[] = [];
  const invalidPaths = new Set<string>();
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  // ajv also reports why each branch of a oneOf failed; the combinator's own error says it once.
  const inBranch = (e: ErrorObject) =>
    combinators.some((c) => c !== e && e.schemaPath.startsWith(c.schemaPath + '/') && e.instancePath.startsWith(c.instancePath));
  const valueErrors = new Map<string, ErrorObject[]>();

  for (const error of errors) {
    if (inBranch(error)) continue;
    const segments = splitPointer(error.instancePath);
    if (error.keyword === 'additionalProperties') {
      const d = unknownKey(kind, error, segments, reader);
      if (d) diagnostics.push(d);
    } else if (error.keyword === 'required') {
      const prop = String(error.params.missingProperty);
      diagnostics.push(at(requiredTarget(segments, reader), `missing required '${prop}'`, { data: { missing: prop } }));
    } else if (error.keyword === 'oneOf' && alternativesOf(kind, error)) {
      const d = alternatives(kind, error, segments, reader, invalidPaths);
      if (d) diagnostics.push(d);
    } else {
      const list = valueErrors.get(error.instancePath);
      if (list) list.push(error);
      else valueErrors.set(error.instancePath, [error]);
    }
  }

  for (const [pointer, group] of valueErrors) {
    invalidPaths.add(pointer);
    diagnostics.push(valueDiagnostic(kind, group, splitPointer(pointer), reader));
  }
  return { diagnostics, invalidPaths };
}

function at(range: Range, message: string, extra?: Partial<Diagnostic>): Diagnostic {
  return { range, ...coded('schema'), message, ...extra };
}

function unknownKey(kind: DocumentKind, error: ErrorObject, segments: string[], reader: NodeReader): Diagnostic | undefined {
  const key = String(error.params.additionalProperty);
  const here = reader.locate(segments);
  const pair = reader.entry(here?.node ?? null, key)?.pair;
  const range = reader.keyRange(pair) ?? requiredTarget(segments, reader);
  const objectSchema = schemaAtPath(kind, error.schemaPath.replace(/\/additionalProperties$/, ''));
  const allowed = Object.keys((objectSchema?.properties as JsonSchema | undefined) ?? {});
  const present = new Set(isMap(here?.node) ? here.node.items.map(keyText) : []);
  const suggestion = closest(key, allowed.filter((k) => !present.has(k)));
  if (suggestion) {
    const fix: Fix = { title: `Rename to '${suggestion}'`, edits: [{ range, newText: suggestion }], preferred: true };
    return at(range, `unknown key '${key}' — did you mean '${suggestion}'?`, { fixes: [fix], data: { key, suggestion } });
  }
  return at(range, `unknown key '${key}' (expected one of: ${allowed.join(', ')})`, { data: { key } });
}

/** Where to report something missing from an object: its key, else (list item, root) its `kind` or first key. */
function requiredTarget(segments: string[], reader: NodeReader): Range {
  const here = reader.locate(segments);
  return (
    reader.keyRange(here?.pair) ??
    reader.headRange(here?.node ?? null) ??
    reader.firstLine(reader.doc.contents as Node | null) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
  );
}

/** The property names of a `oneOf: [{required: [a]}, {required: [b]}]`, i.e. "exactly one of a, b". */
function alternativesOf(kind: DocumentKind, error: ErrorObject): string[] | undefined {
  const branches: unknown = schemaAtPath(kind, error.schemaPath);
  if (!Array.isArray(branches)) return undefined;
  const names = branches.map((b: JsonSchema) => (Array.isArray(b.required) && b.required.length === 1 ? String(b.required[0]) : undefined));
  return names.every((n): n is string => n !== undefined) ? names : undefined;
}

function alternatives(
  kind: DocumentKind, error: ErrorObject, segments: string[], reader: NodeReader, invalidPaths: Set<string>,
): Diagnostic | undefined {
  const names = alternativesOf(kind, error) ?? [];
  const quoted = names.map((n) => `'${n}'`);
  if (error.params.passingSchemas == null) {
    return at(requiredTarget(segments, reader), `missing required ${quoted[0]} (or ${quoted.slice(1).join(' or ')})`, { data: { missing: names[0] } });
  }
  // Several present: blame the one written last, and keep the first in the typed model.
  const here = reader.locate(segments);
  const pairs = names
    .map((n) => reader.entry(here?.node ?? null, n))
    .filter((e) => e?.pair)
    .sort((a, b) => (a!.pair!.key as Node).range![0] - (b!.pair!.key as Node).range![0]);
  const last = pairs[pairs.length - 1];
  const lastName = last?.pair ? keyText(last.pair) : undefined;
  if (lastName) invalidPaths.add(`${error.instancePath}/${escapePointer(lastName)}`);
  return at(reader.keyRange(last?.pair) ?? requiredTarget(segments, reader), `use either ${quoted.join(' or ')}, not both`);
}

function label(segments: string[]): string {
  const last = segments[segments.length - 1] ?? 'document';
  if (/^\d+$/.test(last) && segments.length > 1) return `${segments[segments.length - 2]}[${last}]`;
  return last;
}

function valueDiagnostic(kind: DocumentKind, group: ErrorObject[], segments: string[], reader: NodeReader): Diagnostic {
  const here = reader.locate(segments);
  const node = here?.node ?? null;
  const written = isScalar(node) ? node.value : undefined;
  const isEmpty = node === null || (isScalar(node) && node.value === null);
  const range = valueRange(segments, reader);
  const name = label(segments);
  const anchored = group.find((e) => anchorOf(e.schemaPath));
  const error = anchored ?? group.find((e) => e.keyword === 'type') ?? group[0];
  const anchor = anchored ? anchorOf(anchored.schemaPath) : undefined;

  if (error.keyword === NON_DECREASING || error.keyword === RISING_RANGE) return at(range, error.message ?? 'is not valid');
  if (anchor === 'level') {
    const hint = typeof written === 'string' ? closest(written, LEVEL_LABELS) : undefined;
    if (hint) return withReplacement(range, `${name} ${LEVEL_MESSAGE_SUFFIX} — did you mean '${hint}'?`, hint);
    return at(range, `${name} ${LEVEL_MESSAGE_SUFFIX}`);
  }
  if (error.keyword === 'type' && anchor !== 'levelRange') {
    return at(range, typeMessage(name, String(error.params.type), written, isEmpty, schemaExample(kind, error)));
  }
  const shape = anchor ? ANCHOR_MESSAGES[anchor] : undefined;
  if (shape) return at(range, `${name} ${shape}`);
  switch (error.keyword) {
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const hint = typeof written === 'string' ? closest(written, allowed) : undefined;
      const message = `${name} must be one of: ${allowed.join(', ')}`;
      return hint ? withReplacement(range, `${message} — did you mean '${hint}'?`, hint) : at(range, message);
    }
    case 'minimum': return at(range, `${name} must be at least ${error.params.limit}`);
    case 'maximum': return at(range, `${name} must be at most ${error.params.limit}`);
    case 'exclusiveMinimum': return at(range, `${name} must be more than ${error.params.limit}`);
    case 'minItems':
      if (name === 'anyOf') return at(range, `anyOf must list at least ${error.params.limit} skills (use 'skill' for one)`);
      return at(range, `${name} must list ${exactCount(kind, error) ?? 'at least'} ${error.params.limit} items`);
    case 'maxItems': return at(range, `${name} must list ${exactCount(kind, error) ?? 'at most'} ${error.params.limit} items`);
    case 'minLength': return at(range, `${name} must not be empty`);
    default: return at(range, `${name} ${error.message ?? 'is not valid'}`);
  }
}

/** 'exactly' when the list's schema asks as many items at least as at most (effort `hours`: five). */
function exactCount(kind: DocumentKind, error: ErrorObject): string | undefined {
  const schema = schemaAtPath(kind, error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/')));
  return schema !== undefined && schema.minItems !== undefined && schema.minItems === schema.maxItems ? 'exactly' : undefined;
}

const ANCHOR_MESSAGES: Record<string, string> = {
  levelRange: 'must be two levels [from, to], e.g. [1, 2]',
  text: 'must not be empty',
  skillName: 'must not be empty',
  kebabId: 'must be kebab-case (lowercase letters and digits joined by single hyphens), e.g. senior-ai-engineer',
  date: 'must be a date written YYYY-MM-DD, e.g. 2026-12-07',
  monthOrDate: 'must be YYYY-MM or YYYY-MM-DD, e.g. 2026-10',
  currency: 'must be a three-letter currency code, e.g. USD',
  url: 'must be an http(s) URL, e.g. https://example.com/course',
};

function typeMessage(name: string, type: string, written: unknown, isEmpty: boolean, example: string | undefined): string {
  const empty = isEmpty ? ' (it has no value)' : '';
  switch (type) {
    case 'number': return `${name} must be a number${empty}`;
    case 'integer': return `${name} must be a whole number${empty}`;
    case 'boolean': return `${name} must be true or false${empty}`;
    case 'array': return `${name} must be a list${empty}${example ? `, e.g. ${example}` : ''}`;
    case 'object': return `${name} must be a mapping (key: value)${empty}${example ? `, e.g. ${example}` : ''}`;
    case 'string': {
      const quote = typeof written === 'number' || typeof written === 'boolean' ? ' — put it in quotes' : '';
      return `${name} must be text${empty}${quote}`;
    }
    default: return `${name} must be ${type}${empty}`;
  }
}

/** The schema's first example, written as flow YAML, to show what a mapping or list should look like. */
function schemaExample(kind: DocumentKind, error: ErrorObject): string | undefined {
  const schema = schemaAtPath(kind, error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/')));
  const examples = schema?.examples;
  if (!Array.isArray(examples) || examples.length === 0) return undefined;
  return stringify(examples[0], { collectionStyle: 'flow' }).trim();
}

function withReplacement(range: Range, message: string, replacement: string): Diagnostic {
  const fix: Fix = { title: `Change to '${replacement}'`, edits: [{ range, newText: replacement }], preferred: true };
  return at(range, message, { fixes: [fix] });
}

/** A wrong value's range; a block collection or an empty value is reported on its key instead. */
function valueRange(segments: string[], reader: NodeReader): Range {
  const here = reader.locate(segments);
  const source = here?.source ?? null;
  const keyRange = reader.keyRange(here?.pair);
  const emptyScalar = isScalar(source) && source.range && source.range[0] === source.range[1];
  if (keyRange && (source === null || emptyScalar || isBlockCollection(source))) return keyRange;
  return reader.firstLine(source) ?? keyRange ?? requiredTarget(segments.slice(0, -1), reader);
}
