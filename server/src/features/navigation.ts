// Definition, references and rename for role ids and skills. Skills are identified by the catalog
// entry they resolve to, so "k8s", "Kubernetes" and "kubernetes" are one symbol.
import { normalizeSkillName } from '../catalog';
import type { Position, Range } from '../model/types';
import type { Workspace } from '../workspace';
import { targetAt, type Target } from './locate';

export interface FileRange { file: string; range: Range }
export interface FileEdit extends FileRange { newText: string }

/** Rename is impossible here; the message says why. */
export class RenameRefused extends Error {}

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Symbol = { kind: 'role'; id: string } | { kind: 'skill'; id: string };

function symbolOf(workspace: Workspace, target: Target | undefined): Symbol | undefined {
  if (!target) return undefined;
  switch (target.type) {
    case 'role-ref':
    case 'role-id':
      return { kind: 'role', id: target.id };
    case 'catalog-skill-id':
      return { kind: 'skill', id: target.id };
    case 'skill': {
      const r = workspace.catalog().resolve(target.written);
      return r.status === 'exact' || r.status === 'alias' ? { kind: 'skill', id: r.entry.id } : undefined;
    }
    default:
      return undefined;
  }
}

function symbolAt(workspace: Workspace, file: string, position: Position): { symbol?: Symbol; target?: Target } {
  const parsed = workspace.parsed(file);
  const target = parsed ? targetAt(parsed, position) : undefined;
  return { symbol: symbolOf(workspace, target), target };
}

export function definitionAt(workspace: Workspace, file: string, position: Position): FileRange[] {
  const { symbol } = symbolAt(workspace, file, position);
  if (!symbol) return [];
  if (symbol.kind === 'role') {
    const role = workspace.role(symbol.id);
    return role ? [{ file: role.file, range: role.range }] : [];
  }
  const location = workspace.catalogEntryLocation(symbol.id);
  return location ? [location] : [];
}

export function referencesAt(workspace: Workspace, file: string, position: Position, includeDeclaration: boolean): FileRange[] {
  const { symbol } = symbolAt(workspace, file, position);
  if (!symbol) return [];
  if (symbol.kind === 'role') {
    return workspace.roleReferences(symbol.id)
      .filter((r) => includeDeclaration || r.kind !== 'definition')
      .map(({ file: f, range }) => ({ file: f, range }));
  }
  const definition = workspace.catalogEntryLocation(symbol.id);
  return workspace.skillReferences(symbol.id).filter((r) => includeDeclaration || !sameLocation(r, definition));
}

export function prepareRenameAt(workspace: Workspace, file: string, position: Position): { range: Range; placeholder: string } | undefined {
  const { symbol, target } = symbolAt(workspace, file, position);
  if (!symbol || !target) return undefined;
  refuseUnrenamable(workspace, symbol);
  const text = target.type === 'skill' ? target.written : symbol.id;
  return { range: target.range, placeholder: text };
}

/**
 * Rename a role id (its definition, every `targets` entry and `extends`) or a workspace catalog
 * skill id (its definition and every written name that resolves to it, whatever spelling was used).
 */
export function renameAt(workspace: Workspace, file: string, position: Position, newName: string): FileEdit[] {
  const { symbol } = symbolAt(workspace, file, position);
  if (!symbol) throw new RenameRefused('Nothing to rename here: place the cursor on a role id or a skill.');
  refuseUnrenamable(workspace, symbol);
  const name = newName.trim();
  if (!KEBAB_ID.test(name)) throw new RenameRefused(`'${newName}' is not a valid id: use kebab-case (lowercase letters and digits separated by hyphens).`);
  if (name !== symbol.id && (symbol.kind === 'role' ? workspace.role(name) : workspace.catalog().get(name))) {
    throw new RenameRefused(`A ${symbol.kind} with the id '${name}' already exists; renaming would merge the two.`);
  }
  const edits = (symbol.kind === 'role' ? workspace.roleReferences(symbol.id) : workspace.skillReferences(symbol.id))
    .map(({ file: f, range }) => ({ file: f, range: valueRange(workspace, f, range), newText: name }));
  if (symbol.kind === 'role') return edits;
  // Names and aliases still resolve after the id changes; only the places that wrote the id follow it.
  const oldKey = normalizeSkillName(symbol.id);
  return edits.filter((e) => normalizeSkillName(textAt(workspace, e.file, e.range)) === oldKey);
}

function refuseUnrenamable(workspace: Workspace, symbol: Symbol): void {
  if (symbol.kind === 'role' && !workspace.role(symbol.id)) {
    throw new RenameRefused(`No role '${symbol.id}' is defined in the workspace, so there is nothing to rename.`);
  }
  if (symbol.kind === 'skill' && !workspace.catalogEntryLocation(symbol.id)) {
    throw new RenameRefused(`'${symbol.id}' comes from the built-in catalog; only skills defined in a workspace catalog can be renamed.`);
  }
}

/** The range inside quotes, so a quoted value stays quoted after the edit. */
function valueRange(workspace: Workspace, file: string, range: Range): Range {
  const text = workspace.parsed(file)?.text;
  if (!text || range.start.line !== range.end.line) return range;
  const line = text.split(/\r?\n/)[range.start.line] ?? '';
  const first = line[range.start.character];
  const last = line[range.end.character - 1];
  if ((first === '"' || first === "'") && last === first && range.end.character - range.start.character >= 2) {
    return { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character - 1 } };
  }
  return range;
}

function textAt(workspace: Workspace, file: string, range: Range): string {
  const line = workspace.parsed(file)?.text.split(/\r?\n/)[range.start.line] ?? '';
  return range.start.line === range.end.line ? line.slice(range.start.character, range.end.character) : '';
}

function sameLocation(a: FileRange, b: FileRange | undefined): boolean {
  return !!b && a.file === b.file && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}
