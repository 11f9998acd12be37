// Every semantic check of one file against the workspace (DESIGN §2), after syntax and schema.
import { LineTable } from '../model/ranges';
import { lineBreakOf } from '../model/yaml-scalar';
import type { Diagnostic, ParsedFile, Range, Spanned } from '../model/types';
import { capDiagnostics } from './cap';
import { checkCatalogDoc } from './catalogs';
import type { CheckContext } from './context';
import { checkControlCharacters } from './control-characters';
import { checkDuplicateSkills } from './duplicates';
import { checkMojibake, mayHoldMojibake } from './mojibake';
import { checkDuplicateRoleId, checkExtendsCycle, checkRoleReference, checkSalary, checkStaleMarket } from './roles';
import { addToCatalogFix, checkSkillName } from './skill-names';
import { applySuppressions } from './suppress';
import { checkTargets } from './targets';

export function checkFile(parsed: ParsedFile, ctx: CheckContext, textOf: (file: string) => string | undefined): Diagnostic[] {
  // A file above the size limit is not read at all: its one diagnostic, and not even a line table.
  if (parsed.diagnostics.some((d) => d.code === 'file-too-large')) return [...parsed.diagnostics];
  // Built when a check first needs a line (fixes, mojibake): a clean 4 MB catalog never does.
  let table: LineTable | undefined;
  const lines = () => (table ??= new LineTable(parsed.text));
  const lineText = (line: number) => parsed.text.slice(lines().lineStart(line), lines().lineEnd(line));
  const fileLines = { text: lineText, get count() { return lines().lineCount; } };
  const sourceText = (s: Spanned<string>) => parsed.text.slice(offsetOf(lines(), s.range.start), offsetOf(lines(), s.range.end));
  const addToCatalog = addToCatalogFix(ctx.catalogs, parsed.file, textOf);
  const out: Diagnostic[] = [...parsed.diagnostics, ...checkControlCharacters(parsed.text)];
  const nameCheck = (n: Spanned<string>) => checkSkillName(n, ctx.catalog, addToCatalog);
  const name = (n: Spanned<string>) => { const d = nameCheck(n); if (d) out.push(d); };

  const mojibake = mayHoldMojibake(parsed.text);
  for (const { doc, strings } of parsed.documents) {
    if (mojibake) out.push(...checkMojibake(strings, sourceText));
    if (!doc) continue;
    switch (doc.kind) {
      case 'candidate':
        doc.skills.forEach((s) => name(s.skill));
        out.push(...checkDuplicateSkills(doc.skills.map((s) => ({ name: s.skill, itemRange: s.range })), ctx.catalog, fileLines, parsed.file));
        for (const t of doc.targets) { const d = checkRoleReference(t, ctx.roles, 'target'); if (d) out.push(d); }
        out.push(...checkTargets(doc, ctx, lineText, lineBreakOf(parsed.text)));
        break;
      case 'role': {
        doc.requirements.forEach((r) => r.skills.forEach(name));
        const single = doc.requirements.filter((r) => !r.anyOf && r.skills.length === 1);
        out.push(...checkDuplicateSkills(single.map((r) => ({ name: r.skills[0], itemRange: r.range })), ctx.catalog, fileLines, parsed.file));
        doc.market?.stack.forEach(name);
        for (const d of [
          doc.extends && checkRoleReference(doc.extends, ctx.roles, 'parent'),
          checkDuplicateRoleId(doc, parsed.file, ctx.roles, ctx.display),
          checkExtendsCycle(doc, ctx.roles),
          checkSalary(doc),
          checkStaleMarket(doc, ctx.today),
        ]) if (d) out.push(d);
        break;
      }
      case 'catalog':
        out.push(...checkCatalogDoc(doc, parsed.file, ctx, nameCheck));
        break;
    }
  }
  return capDiagnostics(applySuppressions(out, parsed).sort(byPosition));
}

function offsetOf(lines: LineTable, p: Range['start']): number {
  return lines.lineStart(p.line) + p.character;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
    || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}
