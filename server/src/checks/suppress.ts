// `# skillgap-disable-next-line <code…>` removes the named diagnostics (or all) starting on the next line.
import type { Diagnostic, ParsedFile } from '../model/types';

export function applySuppressions(diagnostics: Diagnostic[], parsed: ParsedFile): Diagnostic[] {
  if (parsed.suppressions.size === 0) return diagnostics;
  return diagnostics.filter((d) => {
    const codes = parsed.suppressions.get(d.range.start.line);
    return codes === undefined || (codes.length > 0 && !codes.includes(d.code));
  });
}
