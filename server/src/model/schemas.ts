// The published JSON Schemas, bundled so messages can name allowed keys and hovers can show descriptions.
import candidateSchema from '../../../schemas/candidate.schema.json';
import roleSchema from '../../../schemas/role.schema.json';
import catalogSchema from '../../../schemas/catalog.schema.json';
import commonSchema from '../../../schemas/common.schema.json';
import skillsSchema from '../../../schemas/skills.schema.json';
import workspaceConfigSchema from '../../../schemas/skillgap-config.schema.json';
import type { DocumentKind } from './types';

export type JsonSchema = { [keyword: string]: unknown };

/**
 * The schemas' `$id`s are relative ("candidate.schema.json"): a tool resolves them, and the `$ref`s between
 * them, against wherever it read the files from, so they work offline and from any copy. The base is empty.
 */
export const SCHEMA_BASE = '';

const schemasByKind: Record<DocumentKind, JsonSchema> = {
  candidate: candidateSchema as JsonSchema,
  role: roleSchema as JsonSchema,
  catalog: catalogSchema as JsonSchema,
};

const commonDefinitions = commonSchema as JsonSchema;
export const entrySchema = skillsSchema as JsonSchema;
export const allSchemas: JsonSchema[] = [commonDefinitions, ...Object.values(schemasByKind), entrySchema];
/** The workspace config file's schema (`.skillgap.yaml`), not a skills document. */
export const configSchema = workspaceConfigSchema as JsonSchema;

const byFileName = new Map<string, JsonSchema>(
  allSchemas.map((s) => [String(s.$id).slice(SCHEMA_BASE.length), s]),
);

/**
 * The subschema an ajv `schemaPath` points at. ajv writes paths relative to the validated root
 * ("#/properties/skills/items/required") or, inside a $ref, relative to the referenced file
 * ("common.schema.json#level/enum", anchors included).
 */
export function schemaAtPath(kind: DocumentKind, schemaPath: string): JsonSchema | undefined {
  const hash = schemaPath.indexOf('#');
  const fileName = schemaPath.slice(0, hash);
  let node: unknown = fileName ? byFileName.get(fileName) : schemasByKind[kind];
  const fragment = schemaPath.slice(hash + 1);
  const segments = fragment.split('/');
  if (segments[0] !== '') {
    node = findAnchor(node as JsonSchema, segments[0]);
  }
  for (const raw of segments.slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

function findAnchor(root: JsonSchema | undefined, anchor: string): JsonSchema | undefined {
  const defs = root?.$defs as Record<string, JsonSchema> | undefined;
  return defs ? Object.values(defs).find((d) => d.$anchor === anchor) : undefined;
}

/** The `$anchor` named in a schemaPath such as "common.schema.json#level/enum", if any. */
export function anchorOf(schemaPath: string): string | undefined {
  const m = /#([A-Za-z][\w.-]*)/.exec(schemaPath);
  return m?.[1];
}

/**
 * The schema of the value at a document path (keys and list indexes, e.g. ["skills", "0", "level"]),
 * with a `$ref` resolved and the referring schema's own keywords (description, examples) taking
 * precedence — what a hover or a completion wants to show. Undefined for paths the schema does not know.
 */
export function schemaForPath(kind: DocumentKind, path: readonly string[]): JsonSchema | undefined {
  let schema: JsonSchema | undefined = schemasByKind[kind];
  let file = `${kind}.schema.json`;
  for (const segment of path) {
    if (!schema) return undefined;
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    const next: JsonSchema | undefined = /^\d+$/.test(segment) && schema.type === 'array'
      ? (schema.items as JsonSchema | undefined)
      : properties?.[segment] ?? (typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as JsonSchema) : undefined);
    const resolved: { schema: JsonSchema; file: string } | undefined = next && dereference(next, file);
    schema = resolved?.schema;
    file = resolved?.file ?? file;
  }
  return schema;
}

function dereference(schema: JsonSchema, file: string): { schema: JsonSchema; file: string } {
  if (typeof schema.$ref !== 'string') return { schema, file };
  const [refFile, fragment] = schema.$ref.split('#');
  const targetFile = refFile || file;
  const target = schemaAtPath('candidate', `${targetFile}#${fragment ?? ''}`);
  if (!target) return { schema, file };
  const { $ref: _ref, ...own } = schema;
  return dereference({ ...target, ...own }, targetFile);
}
