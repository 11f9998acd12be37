// Property documentation straight from the published JSON Schemas (bundled as JSON), so hover and
// completion say exactly what the schema says and cannot drift from it.
import candidateSchema from '../../../schemas/candidate.schema.json';
import catalogSchema from '../../../schemas/catalog.schema.json';
import roleSchema from '../../../schemas/role.schema.json';
import type { DocumentKind } from '../model/types';
import type { PathSegment } from './yaml-locate';

interface SchemaNode {
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  $ref?: string;
}

const ROOTS: Record<DocumentKind, SchemaNode> = {
  candidate: candidateSchema as SchemaNode,
  role: roleSchema as SchemaNode,
  catalog: catalogSchema as SchemaNode,
};

export function schemaNodeAt(kind: DocumentKind, path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = ROOTS[kind];
  for (const segment of path) {
    if (!node) return undefined;
    node = typeof segment === 'number' ? node.items : node.properties?.[segment];
  }
  return node;
}

/** Markdown for a key: its name, the schema description and the first example. */
export function keyDocumentation(kind: DocumentKind, path: readonly PathSegment[]): string | undefined {
  const node = schemaNodeAt(kind, path);
  const key = path[path.length - 1];
  if (!node?.description || typeof key !== 'string') return undefined;
  const lines = [`**${key}** — ${node.description}`];
  const example = node.examples?.[0];
  if (example !== undefined) lines.push('', `Example: \`${JSON.stringify(example)}\``);
  return lines.join('\n');
}

export interface PropertyInfo { name: string; description?: string; required: boolean; isArray: boolean; isObject: boolean }

/** The properties allowed in the mapping at `path` (an empty path is the document root). */
export function propertiesAt(kind: DocumentKind, path: readonly PathSegment[]): PropertyInfo[] {
  const node = schemaNodeAt(kind, path);
  if (!node?.properties) return [];
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties).map(([name, prop]) => ({
    name,
    description: prop.description,
    required: required.has(name),
    isArray: prop.type === 'array',
    isObject: prop.type === 'object' || !!prop.properties,
  }));
}
