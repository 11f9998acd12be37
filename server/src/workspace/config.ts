// The workspace config file (`.skillgap.yaml`, schemas/skillgap-config.schema.json): read and checked
// here for every front end (CLI now, the language server later). Protocol-free, never throws.
import { isNode, LineCounter, parseDocument } from 'yaml';
import { configErrors } from '../model/validate';

export interface WorkspaceConfig {
  /** Extra catalog files, relative to the root (the caller keeps them inside it). */
  catalogs: string[];
  /** Globs relative to the root of files and folders that are not part of the workspace. */
  ignore: string[];
  today?: string;
  maxFileSize?: number;
  check: { format?: 'text' | 'json' | 'sarif'; maxWarnings?: number };
  report: { format?: 'md' | 'html' | 'json' | 'text' };
}

export const EMPTY_CONFIG: WorkspaceConfig = { catalogs: [], ignore: [], check: {}, report: {} };

/** A problem in the config file, at 1-based line and column. */
export interface ConfigProblem { line: number; column: number; message: string }

export function parseWorkspaceConfig(text: string): { config: WorkspaceConfig; problems: ConfigProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => { const p = lineCounter.linePos(offset); return { line: p.line, column: p.col }; };
  const syntax = [...doc.errors, ...doc.warnings].map((e) => ({ ...at(e.pos[0]), message: e.message.split('\n')[0] }));
  if (syntax.length > 0) return { config: EMPTY_CONFIG, problems: syntax };
  const value: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const problems: ConfigProblem[] = configErrors(value).map((error) => {
    const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const missingKey = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
    const node = doc.getIn(missingKey === undefined ? path : [...path, missingKey], true);
    const where = missingKey !== undefined ? keyOffset(doc.getIn(path, true), missingKey) : isNode(node) ? node.range?.[0] : undefined;
    const name = path.join('.') || 'the file';
    const message =
      missingKey !== undefined ? `unknown key '${missingKey}'${path.length ? ` in ${name}` : ''}`
      : error.keyword === 'enum' ? `${name} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`
      : `${name} ${error.message ?? 'is invalid'}`;
    return { ...at(where ?? 0), message };
  });
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) return { config: EMPTY_CONFIG, problems };
  const v = value as Partial<WorkspaceConfig>;
  return {
    config: { catalogs: v.catalogs ?? [], ignore: v.ignore ?? [], today: v.today, maxFileSize: v.maxFileSize, check: v.check ?? {}, report: v.report ?? {} },
    problems: [],
  };
}

/** Where a key is written in a map node, for an "unknown key" message. */
function keyOffset(map: unknown, key: string): number | undefined {
  if (!isNode(map) || !('items' in map)) return undefined;
  for (const pair of (map as { items: { key: unknown }[] }).items) {
    const k = pair.key;
    if (isNode(k) && 'value' in k && String((k as { value: unknown }).value) === key) return k.range?.[0];
  }
  return undefined;
}
