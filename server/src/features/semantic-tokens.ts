// Skill names by how they resolve in the catalog, for editors that colour them (semantic tokens):
// known (by id or canonical name), alias, ambiguous, unknown. Names spanning lines are left to the grammar.
import type { Range } from '../model/types';
import type { Workspace } from '../workspace';
import { skillNamesIn } from './written';

export type SkillNameState = 'known' | 'alias' | 'ambiguous' | 'unknown';

export interface SkillNameToken { range: Range; state: SkillNameState }

export function skillNameTokens(workspace: Workspace, file: string): SkillNameToken[] {
  const parsed = workspace.parsed(file);
  if (!parsed) return [];
  const catalog = workspace.catalog();
  const tokens: SkillNameToken[] = [];
  for (const name of skillNamesIn(parsed)) {
    if (name.range.start.line !== name.range.end.line || name.range.end.character === name.range.start.character) continue;
    const r = catalog.resolve(name.value);
    const state: SkillNameState = r.status === 'exact'
      ? (r.matchedBy === 'name' && name.value.trim() !== r.entry.name ? 'alias' : 'known')
      : r.status;
    tokens.push({ range: name.range, state });
  }
  return tokens.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
