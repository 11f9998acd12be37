// `# skillgap-disable-next-line [code…]` comments: which line each applies to and for which codes.
const DIRECTIVE = /^\s*#\s*skillgap-disable-next-line\b(.*)$/;
const COMMENT_OR_BLANK = /^\s*(#.*)?$/;

/**
 * Line (0-based) → codes suppressed on it; an empty list means every code. A directive applies to the
 * next line that is neither blank nor a comment, so stacked directives add up. Text after `--` is a reason.
 */
export function parseSuppressions(text: string): Map<number, string[]> {
  const result = new Map<number, string[]>();
  if (!text.includes('skillgap-disable-next-line')) return result;
  const lines = text.split(/\r\n|\r|\n/);
  let pending: string[] | undefined;
  for (let line = 0; line < lines.length; line++) {
    const directive = DIRECTIVE.exec(lines[line]);
    if (directive) {
      const codes = directive[1].split('--')[0].split(/[\s,]+/).filter(Boolean);
      // Once any directive in the stack names no codes, everything is suppressed.
      pending = pending?.length === 0 || codes.length === 0 ? [] : [...(pending ?? []), ...codes];
      continue;
    }
    if (pending && !COMMENT_OR_BLANK.test(lines[line])) {
      result.set(line, pending);
      pending = undefined;
    }
  }
  return result;
}
