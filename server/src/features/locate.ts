// "What is at this position": the one lookup hover, completion, navigation and rename share.
import { LEVEL_LABELS, type DocumentKind, type ParsedFile, type Position, type Range } from '../model/types';
import { nodeAt, type PathSegment } from './yaml-locate';

export type Target =
  | { type: 'skill'; written: string; range: Range; kind: DocumentKind; docIndex: number; path: PathSegment[] }
  | { type: 'level'; level: number; range: Range }
  | { type: 'role-ref'; id: string; range: Range; via: 'target' | 'extends' }
  | { type: 'role-id'; id: string; range: Range }
  | { type: 'catalog-skill-id'; id: string; range: Range; docIndex: number }
  | { type: 'key'; kind: DocumentKind; path: PathSegment[]; range: Range };

// Value positions by document kind; `#` stands for any list index.
const SKILL_PATHS: Record<DocumentKind, string[]> = {
  candidate: ['skills.#.skill'],
  role: ['requirements.#.skill', 'requirements.#.anyOf.#', 'market.stack.#'],
  catalog: ['skills.#.requires.#.skill'],
};
const LEVEL_PATHS: Record<DocumentKind, string[]> = {
  candidate: ['skills.#.level'],
  role: ['requirements.#.level'],
  catalog: ['skills.#.requires.#.level', 'skills.#.resources.#.levels.#'],
};

function pattern(path: readonly PathSegment[]): string {
  return path.map((s) => (typeof s === 'number' ? '#' : s)).join('.');
}

export function targetAt(parsed: ParsedFile, position: Position): Target | undefined {
  const node = nodeAt(parsed, position);
  if (!node) return undefined;
  const kind = parsed.documents.find((d) => d.index === node.docIndex)?.doc?.kind;
  if (!kind) return undefined;
  if (node.isKey) return { type: 'key', kind, path: node.path, range: node.range };
  const shape = pattern(node.path);
  const value = node.value;
  if (SKILL_PATHS[kind].includes(shape) && typeof value === 'string') {
    return { type: 'skill', written: value, range: node.range, kind, docIndex: node.docIndex, path: node.path };
  }
  if (LEVEL_PATHS[kind].includes(shape)) {
    const level = levelOf(value);
    return level === undefined ? undefined : { type: 'level', level, range: node.range };
  }
  if (typeof value !== 'string') return undefined;
  if (kind === 'candidate' && shape === 'targets.#') return { type: 'role-ref', id: value, range: node.range, via: 'target' };
  if (kind === 'role' && shape === 'extends') return { type: 'role-ref', id: value, range: node.range, via: 'extends' };
  if (kind === 'role' && shape === 'id') return { type: 'role-id', id: value, range: node.range };
  if (kind === 'catalog' && shape === 'skills.#.id') return { type: 'catalog-skill-id', id: value, range: node.range, docIndex: node.docIndex };
  return undefined;
}

function levelOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < LEVEL_LABELS.length) return value;
  if (typeof value === 'string') {
    const index = (LEVEL_LABELS as readonly string[]).indexOf(value.trim().toLowerCase());
    return index < 0 ? undefined : index;
  }
  return undefined;
}

