// The outline: one node per YAML document (by kind), with its skills, requirements and targets.
import { levelLabel } from '../model/levels';
import type { ParsedFile, Range } from '../model/types';

export type SymbolKindName = 'candidate' | 'role' | 'catalog' | 'document' | 'skill' | 'requirement' | 'target';

export interface SymbolNode {
  name: string;
  detail?: string;
  kind: SymbolKindName;
  range: Range;
  selectionRange: Range;
  children: SymbolNode[];
}

export function documentSymbols(parsed: ParsedFile): SymbolNode[] {
  return parsed.documents.map((d) => {
    const doc = d.doc;
    if (!doc) return { name: `document ${d.index + 1}`, detail: 'no kind', kind: 'document', range: d.range, selectionRange: d.kindRange, children: [] };
    if (doc.kind === 'candidate') {
      return {
        name: doc.name?.value ?? 'candidate', detail: 'candidate', kind: 'candidate', range: d.range, selectionRange: doc.name?.range ?? d.kindRange,
        children: [
          ...doc.skills.map((s): SymbolNode => leaf(s.skill.value, s.level ? levelDetail(s.level.value) : undefined, 'skill', s.range, s.skill.range)),
          ...doc.targets.map((t): SymbolNode => leaf(t.value, 'target', 'target', t.range, t.range)),
        ],
      };
    }
    if (doc.kind === 'role') {
      return {
        name: doc.id?.value ?? doc.title?.value ?? 'role', detail: doc.title?.value ?? 'role', kind: 'role', range: d.range, selectionRange: doc.id?.range ?? d.kindRange,
        children: doc.requirements.filter((r) => r.skills.length > 0).map((r) => leaf(
          r.skills.map((s) => s.value).join(' | '),
          [r.level ? levelDetail(r.level.value) : undefined, r.priority].filter(Boolean).join(' · '),
          'requirement', r.range, r.skills[0].range)),
      };
    }
    return {
      name: doc.id?.value ?? 'catalog', detail: 'catalog', kind: 'catalog', range: d.range, selectionRange: doc.id?.range ?? d.kindRange,
      children: doc.skills.map((s) => leaf(s.id.value, s.name?.value, 'skill', s.range, s.id.range)),
    };
  });
}

function leaf(name: string, detail: string | undefined, kind: SymbolKindName, range: Range, selectionRange: Range): SymbolNode {
  return { name, detail, kind, range, selectionRange, children: [] };
}

function levelDetail(level: number): string {
  return `level ${levelLabel(level)}`;
}
