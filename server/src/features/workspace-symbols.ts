// Workspace symbols as plain data: every role (by id, with its title), every candidate (by name) and
// every skill of a workspace catalog (by name, found by id and aliases too), matched against the query
// as editors do: the query's characters in order, ignoring case ("sae" finds senior-ai-engineer).
import type { Range } from '../model/types';
import type { Workspace } from '../workspace';
import { candidatesOf, catalogsOf, rolesOf } from '../workspace/documents';
import { skillsFileStem } from '../protocol/skills-files';

export interface WorkspaceSymbolData {
  name: string;
  kind: 'role' | 'candidate' | 'skill';
  /** Shown beside the name: the role's title, the candidate's headline, the skill's catalog. */
  container: string;
  file: string;
  range: Range;
}

/** At most this many symbols: a query of one letter in a 10,000-skill catalog must stay a list, not a dump. */
const LIMIT = 500;

export function workspaceSymbols(workspace: Workspace, query: string): WorkspaceSymbolData[] {
  const wanted = query.trim().toLowerCase();
  const found: { symbol: WorkspaceSymbolData; score: number }[] = [];
  const consider = (symbol: WorkspaceSymbolData, ...searched: (string | undefined)[]) => {
    let best = Infinity;
    for (const text of searched) if (text !== undefined) best = Math.min(best, matchScore(text.toLowerCase(), wanted));
    if (best < Infinity) found.push({ symbol, score: best });
  };
  for (const file of workspace.files()) {
    const parsed = workspace.parsed(file);
    if (!parsed) continue;
    for (const { role } of rolesOf(parsed)) {
      if (role.id) consider({ name: role.id.value, kind: 'role', container: role.title?.value ?? 'role', file, range: role.id.range }, role.id.value, role.title?.value);
    }
    for (const { candidate, docIndex } of candidatesOf(parsed)) {
      const range = candidate.name?.range ?? parsed.documents.find((d) => d.index === docIndex)!.kindRange;
      const name = candidate.name?.value ?? skillsFileStem(workspace.displayPath(file));
      consider({ name, kind: 'candidate', container: candidate.headline?.value ?? 'candidate', file, range }, name);
    }
    for (const { doc } of catalogsOf(parsed)) {
      for (const skill of doc.skills) {
        const name = skill.name?.value ?? skill.id.value;
        consider({ name, kind: 'skill', container: `${doc.id?.value ?? 'workspace'} catalog`, file, range: skill.id.range },
          name, skill.id.value, ...skill.aliases.map((a) => a.value));
      }
    }
  }
  found.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name) || a.symbol.file.localeCompare(b.symbol.file));
  return found.slice(0, LIMIT).map((f) => f.symbol);
}

/** 0: starts with the query; 1: contains it; 2: holds its characters in order; Infinity: no match. */
function matchScore(text: string, query: string): number {
  if (query === '' || text.startsWith(query)) return 0;
  if (text.includes(query)) return 1;
  let at = 0;
  for (const c of text) if (c === query[at] && ++at === query.length) return 2;
  return Infinity;
}
