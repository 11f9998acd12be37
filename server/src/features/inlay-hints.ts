// Inlay hints as plain data: a level's label after a level written as a number (`level: 3` competent),
// and the catalog's canonical name after a skill written by an alias (`k8s` Kubernetes), the same
// names the `alias` diagnostic gives. Hints are never inserted text: applying one is the user's choice.
import { yamlScalar } from '../model/yaml-scalar';
import { LineTable } from '../model/ranges';
import { LEVEL_LABELS, type Position, type Range, type TextEdit } from '../model/types';
import type { Workspace } from '../workspace';
import { contains } from './text-position';
import { levelsIn, skillNamesIn } from './written';

export interface InlayHintData {
  position: Position;
  label: string;
  kind: 'level' | 'canonical-name';
  tooltip: string;
  /** What accepting the hint writes (double-click in VS Code): the canonical name in place of the alias. */
  edits?: TextEdit[];
}

export interface InlayHintOptions { levelLabels: boolean; canonicalNames: boolean }

export function inlayHints(workspace: Workspace, file: string, range: Range, options: InlayHintOptions): InlayHintData[] {
  const parsed = workspace.parsed(file);
  if (!parsed || (!options.levelLabels && !options.canonicalNames)) return [];
  const inRange = (r: Range) => contains(range, r.start) || contains(range, r.end);
  const hints: InlayHintData[] = [];
  if (options.levelLabels) {
    const lines = new LineTable(parsed.text);
    for (const level of levelsIn(parsed)) {
      if (!inRange(level.range)) continue;
      // A label written as a word already says it.
      const written = parsed.text.slice(lines.offsetAt(level.range.start), lines.offsetAt(level.range.end));
      if (!/^\d+$/.test(written.trim())) continue;
      const label = LEVEL_LABELS[level.value];
      if (label === undefined) continue;
      hints.push({ position: level.range.end, label, kind: 'level', tooltip: `Level ${level.value} is ${label} (${LEVEL_LABELS.map((l, i) => `${i} ${l}`).join(' · ')})` });
    }
  }
  if (options.canonicalNames) {
    const catalog = workspace.catalog();
    for (const name of skillNamesIn(parsed)) {
      if (!inRange(name.range)) continue;
      const r = catalog.resolve(name.value);
      const canonical = r.status === 'alias' || (r.status === 'exact' && r.matchedBy === 'name' && name.value.trim() !== r.entry.name) ? r.entry.name : undefined;
      if (canonical === undefined) continue;
      hints.push({
        position: name.range.end, label: canonical, kind: 'canonical-name',
        tooltip: r.status === 'alias' ? `${name.value} is an alias of ${canonical}` : `The catalog spells it ${canonical}`,
        edits: [{ range: name.range, newText: yamlScalar(canonical) }],
      });
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
