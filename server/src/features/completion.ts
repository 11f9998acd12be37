// Completion candidates from the text before the cursor: skill names (with aliases), levels, role
// ids, enum values and schema keys, with whole-entry snippets for the main lists. Works on the raw
// line because the text being typed is rarely valid YAML yet.
import { LEVEL_LABELS, type DocumentKind, type ParsedFile, type Position, type Range } from '../model/types';
import { yamlScalar } from '../model/yaml-scalar';
import type { Workspace } from '../workspace';
import { propertiesAt, schemaNodeAt } from './schema-docs';
import { LineIndex } from './text-position';
import { linesOfText } from '../model/ranges';
import { documentIndexAt, type PathSegment } from './yaml-locate';

export interface CompletionCandidate {
  label: string;
  kind: 'skill' | 'alias' | 'level' | 'role' | 'key' | 'value' | 'snippet';
  detail?: string;
  /** Shown right after the label (the alias a skill was matched by). */
  labelDetail?: string;
  documentation?: string;
  insertText: string;
  snippet: boolean;
  /** The text the item replaces: what was typed of the word so far. */
  replace: Range;
  filterText?: string;
  sortText: string;
}

const SKILL_CONTEXT = /(?:^|[\s{,])skill:\s*(["']?)([^,}\]"']*)$/;
const FLOW_LIST_CONTEXT = /(anyOf|stack|targets|trends):\s*\[(?:[^\]]*,)?\s*(["']?)([^,\]"']*)$/;
const VALUE_CONTEXT = /(?:^|[\s{,])([A-Za-z]+):\s*(["']?)([^,}\]"':]*)$/;
const BLOCK_ITEM = /^(\s*)-\s+(["']?)([^:"']*)$/;
const KEY_CONTEXT = /^(\s*)(-\s+)?([A-Za-z]*)$/;

const ENTRY_SNIPPETS: Record<string, { label: string; lines: string[] }> = {
  'candidate:skills': { label: 'skill entry', lines: ['skill: $1', 'level: ${2|0,1,2,3,4,5|}'] },
  'role:requirements': { label: 'requirement', lines: ['skill: $1', 'level: ${2|0,1,2,3,4,5|}', 'priority: ${3|must,should,nice|}'] },
  'catalog:skills': { label: 'catalog skill', lines: ['id: $1', 'name: $2', 'category: $3'] },
};

export function completionsAt(workspace: Workspace, file: string, position: Position, options: { snippets: boolean }): CompletionCandidate[] {
  const parsed = workspace.parsed(file);
  if (!parsed) return [];
  const lines = linesOfText(parsed.text);
  const before = lines.lineText(position.line).slice(0, position.character);
  const kind = kindAt(parsed, position);
  const word = (start: number): Range => ({ start: { line: position.line, character: start }, end: position });

  let m = SKILL_CONTEXT.exec(before);
  if (m) return skills(workspace, m[2], word(position.character - m[2].length), m[1] !== '', false);
  m = FLOW_LIST_CONTEXT.exec(before);
  if (m) {
    const range = word(position.character - m[3].length);
    return m[1] === 'targets' ? roles(workspace, m[3], range) : m[1] === 'trends' ? [] : skills(workspace, m[3], range, m[2] !== '', true);
  }
  m = BLOCK_ITEM.exec(before);
  if (m) {
    const owner = blockListOwner(lines, position.line, m[1].length);
    const range = word(position.character - m[3].length);
    if (owner === 'targets') return roles(workspace, m[3], range);
    if (owner === 'anyOf' || owner === 'stack') return skills(workspace, m[3], range, m[2] !== '', false);
  }
  m = VALUE_CONTEXT.exec(before);
  if (m) {
    const range = word(position.character - m[3].length);
    if (m[1] === 'level') return levels(range);
    if (m[1] === 'extends') return roles(workspace, m[3], range, ownRoleId(parsed, position));
    if (m[1] === 'kind') return enumValues(['candidate', 'role', 'catalog'], range);
    const path = containerPath(lines, position.line, before.length - before.trimStart().length, false);
    const node = kind && path ? schemaNodeAt(kind, [...path, m[1]]) : undefined;
    return node?.enum ? enumValues(node.enum.filter((v): v is string => typeof v === 'string'), range) : [];
  }
  m = KEY_CONTEXT.exec(before);
  if (m && kind) {
    const dashed = m[2] !== undefined;
    const keyColumn = m[1].length + (m[2]?.length ?? 0);
    const path = containerPath(lines, position.line, dashed ? m[1].length : keyColumn, dashed);
    if (!path) return [];
    const present = siblingKeys(lines, position.line, keyColumn, dashed);
    return keys(kind, path, word(position.character - m[3].length), keyColumn, dashed, options.snippets)
      .filter((c) => c.kind !== 'key' || !present.has(c.label));
  }
  if (m && !kind) return [{ label: 'kind', kind: 'key', insertText: 'kind: ', snippet: false, replace: word(position.character - m[3].length), sortText: '0' }];
  return [];
}

function kindAt(parsed: ParsedFile, position: Position): DocumentKind | undefined {
  const index = documentIndexAt(parsed, position);
  return parsed.documents.find((d) => d.index === index)?.doc?.kind;
}

/** A role cannot extend itself. */
function ownRoleId(parsed: ParsedFile, position: Position): string | undefined {
  const index = documentIndexAt(parsed, position);
  const doc = parsed.documents.find((d) => d.index === index)?.doc;
  return doc?.kind === 'role' ? doc.id?.value : undefined;
}

function skills(workspace: Workspace, typed: string, replace: Range, quoted: boolean, inFlow: boolean): CompletionCandidate[] {
  // One item per skill, labelled with its canonical name; when only an alias matched what was typed, the
  // alias is shown beside the label and is what the editor filters on ("k8" keeps Kubernetes via "k8s").
  return workspace.catalog().complete(typed, 50).map((c, i) => ({
    label: c.label,
    kind: c.alias !== undefined ? 'alias' : 'skill',
    detail: c.alias !== undefined ? `alias ${c.alias} · ${c.entry.category}` : c.entry.category,
    ...(c.alias !== undefined ? { labelDetail: ` (${c.alias})` } : {}),
    documentation: c.entry.description,
    insertText: quoted ? c.entry.name : yamlScalar(c.entry.name, inFlow),
    snippet: false,
    replace,
    filterText: c.alias ?? c.label,
    sortText: String(i).padStart(4, '0'),
  }));
}

function roles(workspace: Workspace, typed: string, replace: Range, exclude?: string): CompletionCandidate[] {
  return workspace.roleIds().filter((id) => id !== exclude && id.startsWith(typed.trim())).map((id, i) => ({
    label: id, kind: 'role', detail: workspace.role(id)?.role.title?.value, insertText: id, snippet: false, replace, sortText: String(i).padStart(4, '0'),
  }));
}

function levels(replace: Range): CompletionCandidate[] {
  const numbers = LEVEL_LABELS.map((label, n): CompletionCandidate => ({
    label: String(n), kind: 'level', detail: label, insertText: String(n), snippet: false, replace, sortText: `0${n}`,
  }));
  const labels = LEVEL_LABELS.map((label, n): CompletionCandidate => ({
    label, kind: 'level', detail: `level ${n}`, insertText: label, snippet: false, replace, sortText: `1${n}`,
  }));
  return [...numbers, ...labels];
}

function enumValues(values: string[], replace: Range): CompletionCandidate[] {
  return values.map((v, i) => ({ label: v, kind: 'value', insertText: v, snippet: false, replace, sortText: String(i).padStart(4, '0') }));
}

function keys(kind: DocumentKind, path: PathSegment[], replace: Range, keyColumn: number, dashed: boolean, snippets: boolean): CompletionCandidate[] {
  const out: CompletionCandidate[] = propertiesAt(kind, path).map((p, i) => ({
    label: p.name, kind: 'key', detail: p.required ? 'required' : undefined, documentation: p.description,
    insertText: `${p.name}:${p.isArray || p.isObject ? '' : ' '}`, snippet: false, replace, sortText: `1${String(i).padStart(3, '0')}`,
  }));
  if (!snippets) return out;
  // A whole entry of a main list: on a new `- ` item, or on an empty line right under the list's key.
  const listPath = dashed ? path.slice(0, -1) : path;
  const entry = ENTRY_SNIPPETS[`${kind}:${listPath.join('.')}`];
  const isList = schemaNodeAt(kind, listPath)?.type === 'array';
  if (entry && isList && (dashed || propertiesAt(kind, path).length === 0)) {
    const column = dashed ? keyColumn : keyColumn + 2;
    const body = entry.lines.join(`\n${' '.repeat(column)}`);
    out.unshift({ label: entry.label, kind: 'snippet', detail: 'whole entry', insertText: dashed ? body : `- ${body}`, snippet: true, replace, sortText: '0000' });
  }
  return out;
}

/**
 * The key path of the mapping (or list) that the line `lineNo` belongs to, from indentation alone.
 * `column` is where the key starts, or where the `-` is when the line starts a list item.
 */
export function containerPath(lines: LineIndex, lineNo: number, column: number, dashed: boolean): PathSegment[] | undefined {
  const path: PathSegment[] = dashed ? [0] : [];
  let col = column;
  let lookingForListOwner = dashed;
  for (let l = lineNo - 1; l >= 0; l--) {
    const text = lines.lineText(l);
    if (/^\s*(#.*)?$/.test(text)) continue;
    if (/^(---|\.\.\.)/.test(text)) break;
    // `s`: a line may hold a lone CR or U+2028, which `.` would not match.
    const m = /^(\s*)(-\s+)?(.*)$/s.exec(text)!;
    const indent = m[1].length;
    const content = indent + (m[2]?.length ?? 0);
    const key = /^([A-Za-z][\w-]*):\s*(#.*)?$/.exec(m[3])?.[1];
    if (lookingForListOwner) {
      if (indent >= col && (m[2] || indent > col)) continue;         // sibling items and their contents
      if (!key || m[2]) return undefined;
      path.unshift(key);
      col = indent;
      lookingForListOwner = false;
      continue;
    }
    if (m[2] && content === col) { path.unshift(0); col = indent; lookingForListOwner = true; continue; }
    if (content >= col) continue;
    if (!key) return undefined;
    path.unshift(key);
    if (m[2]) { path.unshift(0); col = indent; lookingForListOwner = true; } else col = indent;
  }
  return lookingForListOwner ? undefined : path;
}

/** Keys already written in the mapping the cursor line belongs to (offering them again would duplicate them). */
export function siblingKeys(lines: LineIndex, lineNo: number, column: number, dashed: boolean): Set<string> {
  const found = new Set<string>();
  const visit = (l: number, upward: boolean): boolean => {
    const text = lines.lineText(l);
    if (/^\s*(#.*)?$/.test(text)) return true;
    if (/^(---|\.\.\.)/.test(text)) return false;
    const m = /^(\s*)(-\s+)?([A-Za-z][\w-]*)?\s*:?/.exec(text)!;
    const content = m[1].length + (m[2]?.length ?? 0);
    if (content < column) return false;
    if (content > column) return true;
    if (m[2] && !upward) return false;       // the next list item starts
    if (m[3]) found.add(m[3]);
    return !m[2];                            // going up, a `- key:` line is where this item starts
  };
  if (!dashed) for (let l = lineNo - 1; l >= 0 && visit(l, true); l--);
  for (let l = lineNo + 1; l < lines.lineCount && visit(l, false); l++);
  return found;
}

function blockListOwner(lines: LineIndex, lineNo: number, dashColumn: number): string | undefined {
  const path = containerPath(lines, lineNo, dashColumn, true);
  const owner = path?.[path.length - 2];
  return typeof owner === 'string' ? owner : undefined;
}
