// Document links as plain data: web addresses written as values (resource URLs, market sources, ESCO
// and O*NET references) and references to other files — a role id in `targets` or `extends` links to
// the role's definition, a skill name to its entry in a workspace catalog. Only http(s) addresses are
// links: never `command:`, `file:`, `javascript:` or `data:` from a file's text.
import { LineTable } from '../model/ranges';
import type { Range } from '../model/types';
import type { Workspace } from '../workspace';
import { candidatesOf, rolesOf } from '../workspace/documents';
import { skillNamesIn } from './written';

export type LinkData =
  | { range: Range; url: string; tooltip: string }
  | { range: Range; file: string; at: Range; tooltip: string };

const WEB_ADDRESS = /https?:\/\/[^\s"'<>`]+/i;

export function documentLinks(workspace: Workspace, file: string): LinkData[] {
  const parsed = workspace.parsed(file);
  if (!parsed) return [];
  const lines = new LineTable(parsed.text);
  const links: LinkData[] = [];
  for (const { strings } of parsed.documents) {
    for (const s of strings) {
      // The whole value must be the address (a sentence that mentions one is text, not a link).
      const source = parsed.text.slice(lines.offsetAt(s.range.start), lines.offsetAt(s.range.end));
      const match = WEB_ADDRESS.exec(source);
      if (!match || match[0] !== s.value.trim() || !/^https?:\/\/[^/]/i.test(match[0])) continue;
      const start = lines.offsetAt(s.range.start) + match.index;
      links.push({ range: lines.range(start, start + match[0].length), url: match[0], tooltip: 'Open in the browser' });
    }
  }
  const roleLink = (ref: { value: string; range: Range }) => {
    const role = workspace.role(ref.value);
    if (role) links.push({ range: ref.range, file: role.file, at: role.range, tooltip: `Go to the role ${ref.value} (${workspace.displayPath(role.file)})` });
  };
  for (const { candidate } of candidatesOf(parsed)) candidate.targets.forEach(roleLink);
  for (const { role } of rolesOf(parsed)) if (role.extends) roleLink(role.extends);
  const catalog = workspace.catalog();
  for (const name of skillNamesIn(parsed)) {
    const r = catalog.resolve(name.value);
    if (r.status !== 'exact' && r.status !== 'alias') continue;
    const entry = workspace.catalogEntryLocation(r.entry.id);
    if (entry) links.push({ range: name.range, file: entry.file, at: entry.range, tooltip: `Go to ${r.entry.name} in the ${r.entry.origin.catalog} catalog (${workspace.displayPath(entry.file)})` });
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
